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
        // Every round says whether it passes the talking piece, so a World Café round added
        // after a check-in circle does not inherit the circle's.
        add.talking_piece = method.talking_piece ? RoundTalkingPiece::on : RoundTalkingPiece::off;
        add.speaker_s = method.talking_piece ? method.speaker_s : 0;
        add.rank = rank;
        rank += rank_step;
        adds.push_back(std::move(add));
    }
    return adds;
}

}  // namespace hostspace
