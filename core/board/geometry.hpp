#pragma once
// Board geometry in board units (a logical pixel at UI scale 1): the footprint of a note, the
// band above a group's notes where its title goes, and where something new can go. Shared by
// the CSV import's layout and the GUI, so imported and typed notes line up.
#include <functional>
#include <vector>

#include "core/board/board.hpp"

namespace hostspace {

inline constexpr float kNoteWidth = 180;
inline constexpr float kNoteHeight = 120;
inline constexpr float kNoteGap = 20;         // between neighbouring notes
inline constexpr float kGroupTitleBand = 50;  // above a group's notes
inline constexpr float kNotePadding = 12;     // between a note's edge and its text
inline constexpr float kBoardMargin = 24;     // on screen, between the board's edge and (0, 0)
inline constexpr float kGroupMargin = 12;     // a group's box reaches this far round its notes

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool overlaps(const Rect& o) const {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    Rect grown(float by) const { return Rect{x - by, y - by, w + 2 * by, h + 2 * by}; }
    Rect united(const Rect& o) const;
};

// A note's drawn height in board units (long text makes a note taller); kNoteHeight when the
// caller does not measure.
using NoteHeight = std::function<float(const Note&)>;

// A note's footprint at its position (notes with long text are drawn taller by the GUI).
Rect note_rect(const Note& note);
// The title band of a group, at the group's position.
Rect group_title_rect(const Group& group);

// The first cell, reading row by row, of a grid `columns` cells wide (cells are a note plus a
// gap) whose top-left cell is at `anchor`, where a note would overlap nothing in `taken`.
Vec2 find_free_spot(const std::vector<Rect>& taken, int columns, Vec2 anchor = {});

// Where a note typed while `group` is the current group goes: the first free cell of a grid
// under the group's title, as wide as its notes already spread (at least three cells).
Vec2 find_spot_in_group(const Board& board, const Group& group, const std::vector<Rect>& taken);

}  // namespace hostspace
