#pragma once
// The agenda against the clock: when each round is planned to start and end. Pure arithmetic,
// no clock: how far ahead or behind the running session is lives beside the timer
// (schedule_drift_s in core/timer/timer_reading.hpp), because it needs the timer's state.
#include <cstdint>
#include <string>
#include <vector>

#include "core/agenda/agenda.hpp"

namespace hostspace {

struct PlannedRound {
    std::string round_id;
    std::int64_t start_ms = 0;  // Unix ms (or ms from 0 when the agenda has no start)
    std::int64_t end_ms = 0;
};

// Live rounds in agenda order, back to back from the agenda's planned start. Without a start
// (start_ms == 0) the times count from 0, so a view can still show offsets and lengths.
std::vector<PlannedRound> plan_schedule(const Agenda& agenda);

// The sum of the live rounds' durations.
std::int64_t agenda_duration_s(const Agenda& agenda);

// The planned end of the session: start + agenda_duration_s (from 0 without a start).
std::int64_t planned_end_ms(const Agenda& agenda);

}  // namespace hostspace
