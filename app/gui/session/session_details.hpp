#pragma once
// The Session details window: what the session is (title, calling question, date, venue,
// hosts) and who is in the room. Opened from the top bar (the title, or Session details) or
// with Ctrl+I; every edit is an op and one undo step.
#include "app/gui/import/import_ui_state.hpp"
#include "app/gui/session/session_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

void open_session_details(SessionUiState& ui);

// Draws the window while it is open. Its "Import participants…" opens the import dialog.
void draw_session_details(const PanelFrame& frame, SessionUiState& ui, ImportUiState& import,
                          FrameRequests& out);

}  // namespace hostspace::gui
