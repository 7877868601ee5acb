#include "core/agenda/agenda.hpp"

#include <algorithm>
#include <tuple>

namespace hostspace {

const Round* Agenda::find_round(const std::string& id) const {
    // Agendas hold tens of rounds, not thousands: a scan is simpler than an index to keep.
    for (const auto& round : rounds) {
        if (round.id == id) return &round;
    }
    return nullptr;
}

Round* Agenda::find_round(const std::string& id) {
    return const_cast<Round*>(static_cast<const Agenda&>(*this).find_round(id));
}

std::vector<RoundStep> round_steps(const Round& round) {
    std::vector<RoundStep> steps = round.steps.value;
    if (steps.empty()) steps.push_back({round.title.value, round.duration_s.value});
    for (auto& step : steps) step.duration_s = std::max(step.duration_s, 0);
    return steps;
}

std::int64_t round_duration_s(const Round& round) {
    std::int64_t total = 0;
    for (const auto& step : round_steps(round)) total += step.duration_s;
    return total;
}

std::vector<const Round*> rounds_in_order(const Agenda& agenda) {
    std::vector<const Round*> order;
    for (const auto& round : agenda.rounds) {
        if (!round.removed.value) order.push_back(&round);
    }
    // The id breaks ties, so two devices that gave rounds the same rank agree on the order.
    std::sort(order.begin(), order.end(), [](const Round* a, const Round* b) {
        return std::tie(a->rank.value, a->id) < std::tie(b->rank.value, b->id);
    });
    return order;
}

double rank_between(std::optional<double> before, std::optional<double> after) {
    if (before && after) return *before + (*after - *before) / 2;
    if (before) return *before + 1;
    if (after) return *after - 1;
    return 0;
}

double rank_after_last(const Agenda& agenda) {
    if (agenda.rounds.empty()) return 0;
    double last = agenda.rounds.front().rank.value;
    for (const auto& round : agenda.rounds) last = std::max(last, round.rank.value);
    return last + 1;
}

std::vector<MoveRound> move_round_to(const Agenda& agenda, const std::string& id,
                                     std::size_t index) {
    std::vector<const Round*> order = rounds_in_order(agenda);
    const auto it = std::find_if(order.begin(), order.end(),
                                 [&](const Round* round) { return round->id == id; });
    if (it == order.end()) return {};
    const std::size_t from = static_cast<std::size_t>(it - order.begin());
    index = std::min(index, order.size() - 1);
    if (index == from) return {};
    const Round* moving = *it;
    order.erase(it);
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(index), moving);

    std::optional<double> before, after;
    if (index > 0) before = order[index - 1]->rank.value;
    if (index + 1 < order.size()) after = order[index + 1]->rank.value;
    const double rank = rank_between(before, after);
    const bool fits = (!before || *before < rank) && (!after || rank < *after);
    if (fits) return {MoveRound{id, rank}};

    // No double lies between the neighbours (or they share a rank): spread them all out.
    std::vector<MoveRound> moves;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double spread = static_cast<double>(i + 1);
        if (order[i]->rank.value != spread || order[i] == moving) {
            moves.push_back(MoveRound{order[i]->id, spread});
        }
    }
    return moves;
}

}  // namespace hostspace
