#pragma once
// Where everything on the board goes, in board units: each live note with its measured height,
// each live group's title band and the region around its notes. The notes of a collapsed group
// are left out (neither drawn nor hit-tested nor fitted); the group counts them.
#include <functional>
#include <string>
#include <vector>

#include "app/gui/board/note_paint.hpp"
#include "app/gui/board/note_text_cache.hpp"
#include "core/board/board.hpp"
#include "core/board/geometry.hpp"

namespace hostspace::gui {

struct PlacedNote {
    const Note* note = nullptr;
    NoteLook look;
    Rect rect;
};

struct PlacedGroup {
    const Group* group = nullptr;
    Rect header;     // the title band
    Rect region;     // header and member notes, with a margin (collapsed: the header's)
    int hidden = 0;  // live notes left out of the layout because the group is collapsed

    bool collapsed() const { return group->collapsed.value; }
    // The collapse toggle at the title band's right end.
    Rect chevron() const;
};

struct BoardLayout {
    std::vector<PlacedNote> notes;    // board order (later ones paint on top)
    std::vector<PlacedGroup> groups;  // board order
    Rect extent;                      // everything, from (0, 0)
    Rect content;                     // the live notes and groups only (zero size: none)

    // What a new note must not cover.
    std::vector<Rect> taken() const;
};

// What a collapsed group shows after its title: "1 note", "6 notes".
std::string collapsed_count_text(int notes);

// How a layout gets each laid-out note's look (its text and height).
using MeasureNote = std::function<NoteLook(const Note&)>;

// Text layouts come from `texts`, so only notes whose text changed are measured again.
BoardLayout lay_out_board(const Board& board, const Fonts& fonts, float scale,
                          NoteTextCache& texts);
// Looks come from `measure` (the projector's: without bylines, or without text at all).
BoardLayout lay_out_board(const Board& board, const Fonts& fonts, float scale,
                          const MeasureNote& measure);

}  // namespace hostspace::gui
