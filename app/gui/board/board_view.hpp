#pragma once
// The board: the "new note" row, the canvas with groups and notes, the note menu and the
// in-place editor. Free functions over the const session; they change nothing but the
// transient BoardUiState and emit ops into FrameRequests.
#include "app/gui/board/board_layout.hpp"
#include "app/gui/board/board_ui_state.hpp"
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

struct BoardFrame {
    const Session& session;
    const BoardLayout& layout;
    const Fonts& fonts;
    float scale;  // pixels per board unit at 100 % zoom (the UI scale)
};

// The row where notes are typed: Enter adds the note in a free spot and keeps the keyboard in
// the field for the next one.
void draw_new_note_bar(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out);

// The canvas, `height` pixels tall (0: the rest of the window). `has_keys` false: the agenda
// has the keyboard, so the board's keys (Delete, Enter, F2, Escape, ...) leave it alone.
// The layout in `frame` must be `ui.cache`'s, refreshed this frame.
void draw_board(const BoardFrame& frame, float height, bool has_keys, BoardUiState& ui,
                FrameRequests& out);

// Parts of the board (board_view.cpp, note_menu.cpp, note_editor.cpp).
void start_editing(BoardUiState& ui, const Note& note);
// The body of the note menu (inside its popup) for `note`, acting on the whole selection.
void draw_note_menu(const BoardFrame& frame, const Note& note, BoardUiState& ui,
                    FrameRequests& out);
// The editor over the note at `top_left` (screen), `height` board units tall, at `zoom`.
void draw_note_editor(const BoardFrame& frame, const Note& note, ImVec2 top_left, float height,
                      float zoom, BoardUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
