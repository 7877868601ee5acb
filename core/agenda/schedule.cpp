#include "core/agenda/schedule.hpp"

namespace hostspace {

std::vector<PlannedRound> plan_schedule(const Agenda& agenda) {
    std::vector<PlannedRound> plan;
    std::int64_t at = agenda.start_ms.value;
    for (const Round* round : rounds_in_order(agenda)) {
        const std::int64_t end = at + round_duration_s(*round) * 1000;
        plan.push_back({round->id, at, end});
        at = end;
    }
    return plan;
}

std::int64_t agenda_duration_s(const Agenda& agenda) {
    std::int64_t total = 0;
    for (const Round* round : rounds_in_order(agenda)) total += round_duration_s(*round);
    return total;
}

std::int64_t planned_end_ms(const Agenda& agenda) {
    return agenda.start_ms.value + agenda_duration_s(agenda) * 1000;
}

}  // namespace hostspace
