#pragma once
// What each timer button and key does, as ops: one pure function serves the GUI's buttons and
// keys alike, so F5 and the Start button can never disagree. Each action is one change, one
// undo step.
#include <cstdint>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

enum class TimerAction {
    start_pause_resume,  // idle: start the selected round (or the first); else pause / resume
    pause,
    resume,
    next_step,
    next_speaker,  // talking-piece mode only
    minus_minute,
    plus_minute,
    restart_step,
    stop,
};

// The ops for `action` now; empty when it does nothing in this state (Next with the timer
// idle, Start with an empty agenda).
std::vector<OpPayload> timer_action_ops(const Session& session, TimerAction action,
                                        const std::string& selected_round, std::int64_t now_ms);

// The round Start would start: the selected one if it is live, else the first in order; ""
// for an empty agenda.
std::string round_to_start(const Agenda& agenda, const std::string& selected_round);

}  // namespace hostspace
