#include "core/agenda/rounds_from_method.hpp"

namespace hostspace {

std::vector<AddRound> rounds_from_method(const Method& method,
                                         const std::function<std::string()>& new_id,
                                         double first_rank, double rank_step) {
    std::vector<AddRound> adds;
    double rank = first_rank;
    for (const auto& round : method.rounds) {
        AddRound add;
        add.id = new_id();
        add.title = round.title;
        add.question = round.question;
        add.method_id = method.id;
        add.duration_s = round.duration_s;
        for (const auto& step : round.steps) add.steps.push_back({step.title, step.duration_s});
        add.rank = rank;
        rank += rank_step;
        adds.push_back(std::move(add));
    }
    return adds;
}

}  // namespace hostspace
