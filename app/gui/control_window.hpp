#pragma once
// The facilitator's control window: the start screen, or the open session's board.
#include "app/gui/fonts.hpp"
#include "app/gui/frame_requests.hpp"
#include "app/gui/session_controller.hpp"
#include "app/gui/ui_state.hpp"

namespace hostspace::gui {

// One frame of the whole window. Reads the controller (never changes it); requests go to `out`.
void draw_control_window(const SessionController& controller, const FontManager& fonts,
                         ControlUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
