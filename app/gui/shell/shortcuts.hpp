#pragma once
// Window-wide keyboard shortcuts: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Ctrl+= / Ctrl++ /
// Ctrl+- / Ctrl+0 text size, Ctrl+Q quit.
#include "app/gui/board/board_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"

namespace hostspace::gui {

// Call early in the frame. Undo and redo go to the board unless a text field is being typed
// in: then they stay with the field (an empty "new note" field does not count, so adding a
// note and pressing Ctrl+Z takes the note back).
void handle_shortcuts(BoardUiState& board, bool session_open, FrameRequests& out);

// A text field has the keyboard and is being typed in. The empty "new note" field, which has
// the keyboard at startup and after every note, does not count: keys then go to the session.
bool typing_in_field(const BoardUiState& board);

}  // namespace hostspace::gui
