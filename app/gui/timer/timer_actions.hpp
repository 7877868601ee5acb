#pragma once
// The timer's actions as changes: the buttons (timer_controls.cpp) and the keys
// (timer_shortcuts.cpp) commit core's timer_action_ops, and auto-advance commits by itself.
#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/timer/timer_ui_state.hpp"
#include "core/session/session.hpp"
#include "core/timer/timer_actions.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {

// Commits the action's ops as one change, if there are any.
void run_timer_action(const Session& session, TimerAction action, const std::string& selected_round,
                      std::int64_t now_ms, FrameRequests& out);

// Auto-advance: when the reading says a step is due to move on, commit NextStep once for that
// step (TimerUiState::advanced_from remembers it), whatever frames come before it is saved.
void auto_advance_if_due(const Session& session, const TimerReading& reading, std::int64_t now_ms,
                         TimerUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
