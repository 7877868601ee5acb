#pragma once
// Board geometry in board units (a logical pixel at UI scale 1): note sizes, and where a new
// note can go. Pure: no ImGui, so it can be reasoned about (and tested) on its own.
#include <vector>

#include "core/board/board.hpp"
#include "core/import/notes_csv.hpp"

namespace hostspace::gui {

// The same footprint the CSV import plans with, so imported and typed notes line up.
inline constexpr float kNoteWidth = kImportNoteWidth;
inline constexpr float kNoteHeight = kImportNoteHeight;
inline constexpr float kNoteGap = 20;
inline constexpr float kNotePadding = 12;
inline constexpr float kGroupTitleBand = 50;  // above a group's notes (as the import plans)
inline constexpr float kBoardMargin = 24;     // between the board's edge and position (0, 0)

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

// The first cell, reading row by row, of a grid `columns` cells wide (cells are a note plus a
// gap), where a note would overlap nothing in `taken`.
Vec2 find_free_spot(const std::vector<Rect>& taken, int columns);

}  // namespace hostspace::gui
