#pragma once
// Who is in the room, inside the Session details window: each participant's name,
// organisation and role as fields, a row to add the next one from the keyboard, Remove, and the
// removed ones with Restore. The talking piece goes round them in this order.
#include "app/gui/session/session_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

void draw_participants(const PanelFrame& frame, SessionUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
