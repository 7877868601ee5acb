#include "core/harvest/ranked.hpp"

#include <optional>

#include "core/agenda/agenda.hpp"

namespace hostspace {

std::vector<RankChange> moves_to_index(std::vector<RankedItem> order, const std::string& id,
                                       std::size_t index) {
    const auto it = std::find_if(order.begin(), order.end(),
                                 [&](const RankedItem& item) { return item.id == id; });
    if (it == order.end()) return {};
    const std::size_t from = static_cast<std::size_t>(it - order.begin());
    index = std::min(index, order.size() - 1);
    if (index == from) return {};
    const RankedItem moving = *it;
    order.erase(it);
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(index), moving);

    std::optional<double> before, after;
    if (index > 0) before = order[index - 1].rank;
    if (index + 1 < order.size()) after = order[index + 1].rank;
    const double rank = rank_between(before, after);
    const bool fits = (!before || *before < rank) && (!after || rank < *after);
    if (fits) return {RankChange{id, rank}};

    // No double lies between the neighbours (or they share a rank): spread them all out.
    std::vector<RankChange> changes;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double spread = static_cast<double>(i + 1);
        if (order[i].rank != spread || order[i].id == id) changes.push_back({order[i].id, spread});
    }
    return changes;
}

}  // namespace hostspace
