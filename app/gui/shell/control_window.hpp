#pragma once
// The facilitator's control window: the start screen, or the open session's board.
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/ui_state.hpp"

namespace hostspace::gui {

// One frame of the whole window. Reads the controller (never changes it); requests go to `out`.
void draw_control_window(const SessionController& controller, const FontManager& fonts,
                         ControlUiState& ui, FrameRequests& out);

// Commits every agenda and timer field still being typed in, and hands over again any text
// whose save failed: called by draw_control_window on a frame that quits or closes the
// session, so what was typed is saved before the loop carries the command out.
void flush_pending_edits(const Session& session, ControlUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
