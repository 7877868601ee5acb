#pragma once
// "Sync…" (Ctrl+Shift+S): sync the session with other laptops through a WebDAV server, from
// the window. The server's address, user, password and the event's name; a server check; the
// certificate setting (red while checking is off); start, stop, sync now; the state and what
// to do when sync is paused.
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/shell/session_controller.hpp"
#include "app/gui/sync/sync_ui_state.hpp"

namespace hostspace::gui {

// Opens the dialog, its fields filled from the session's saved settings (an event name made
// from the title the first time).
void open_sync_dialog(SyncUiState& ui, const SessionController& controller);

void draw_sync_dialog(const PanelFrame& frame, const SessionController& controller, SyncUiState& ui,
                      FrameRequests& out);

}  // namespace hostspace::gui
