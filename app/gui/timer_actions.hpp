#pragma once
// What each timer button and key does, as ops: the same function serves the buttons
// (timer_controls.cpp) and the keys (timer_shortcuts.cpp), so F5 and the Start button can
// never disagree. Each action is one change, one undo step.
#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/agenda_ui_state.hpp"
#include "app/gui/frame_requests.hpp"
#include "core/session/session.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {

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

// Commits the action's ops as one change, if there are any.
void run_timer_action(const Session& session, TimerAction action, const std::string& selected_round,
                      std::int64_t now_ms, FrameRequests& out);

// The round Start would start: the selected one if it is live, else the first in order; ""
// for an empty agenda.
std::string round_to_start(const Agenda& agenda, const std::string& selected_round);

// Auto-advance: when the reading says a step is due to move on, commit NextStep once for that
// step (TimerUiState::advanced_from remembers it), whatever frames come before it is saved.
void auto_advance_if_due(const Session& session, const TimerReading& reading, std::int64_t now_ms,
                         TimerUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
