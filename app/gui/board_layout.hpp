#pragma once
// Where everything on the board goes this frame, in board units: each live note with its
// measured height, each live group's title band and the region around its notes.
#include <vector>

#include "app/gui/board_geometry.hpp"
#include "app/gui/note_paint.hpp"
#include "core/board/board.hpp"

namespace hostspace::gui {

struct PlacedNote {
    const Note* note = nullptr;
    NoteLook look;
    Rect rect;
};

struct PlacedGroup {
    const Group* group = nullptr;
    Rect header;  // the title band
    Rect region;  // header and member notes, with a margin
};

struct BoardLayout {
    std::vector<PlacedNote> notes;    // board order (later ones paint on top)
    std::vector<PlacedGroup> groups;  // board order
    Rect extent;                      // everything, from (0, 0)

    // What a new note must not cover.
    std::vector<Rect> taken() const;
};

BoardLayout lay_out_board(const Board& board, const Fonts& fonts, float scale);

}  // namespace hostspace::gui
