#pragma once
// The start screen: open a session (a path, or one of the recent ones, listed by title) or
// create one; and, when a session would not open because it is damaged, the offer to repair it.
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/ui_state.hpp"

namespace hostspace::gui {

void draw_start_view(const SessionController& controller, const Fonts& fonts, float scale,
                     StartUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
