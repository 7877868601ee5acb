#pragma once
// A method from the library as agenda rounds: the bridge between the method library and the
// agenda's operations.
#include <functional>
#include <string>
#include <vector>

#include "core/agenda/agenda.hpp"
#include "core/methods/method.hpp"

namespace hostspace {

// One AddRound per round of the method, in order, with the method's titles, questions, steps
// and timings, and its talking piece (on, with the method's time per speaker, for a circle;
// off for every other method). `new_id` makes each round's id (new_uuid in the app, a counter in
// tests). Ranks are first_rank, first_rank + rank_step, ...: to insert between two rounds, pick a
// first_rank and a step that keep every rank below the next round's (or use rank_after_last()).
// Commit them as one change, so one undo removes the whole method.
std::vector<AddRound> rounds_from_method(const Method& method,
                                         const std::function<std::string()>& new_id,
                                         double first_rank, double rank_step = 1.0);

}  // namespace hostspace
