#pragma once
// Where notes go when they join a theme (a group), and where a new theme goes, in board units.
// A theme's notes sit in a grid under its title; notes joining it take the grid's first free
// cells, row by row, never on another note. The grid is as wide as the theme's notes already
// spread, at least three cells where that room is free (it never reaches into a neighbour
// beside it). When it has to grow down into what lies below the theme, what lies below moves
// down by as much as needed (whole themes with their notes, loose notes, and in turn what lies
// below those), so nothing overlaps and the board keeps its order: the moves are ops of the
// same undo step as the drop.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/board/geometry.hpp"
#include "core/session/session.hpp"

namespace hostspace {

inline constexpr float kThemeClearance = kNoteGap;  // the least room between two things

// How large things are drawn. Core knows the standard sizes only; the GUI measures text.
struct BoardMeasure {
    NoteHeight note_height;                          // null: kNoteHeight
    std::function<float(const Group&)> title_width;  // a title band's width; null: kNoteWidth

    float height_of(const Note& note) const;
    float width_of(const Group& group) const;
};

// Notes about to join a theme.
struct ThemeArrival {
    std::string group_id;
    std::vector<float> heights;  // of the joining notes, in the order they take cells
    // Notes whose place now does not count, since they are the ones moving.
    std::vector<std::string> leaving_notes;
    // Themes going away (merged into this one): neither in the way nor pushed.
    std::vector<std::string> leaving_groups;
    // Notes that will be somewhere else by then (members dragged within the theme).
    std::vector<std::pair<std::string, Vec2>> moved;
};

struct ThemeCells {
    std::vector<Vec2> cells;        // the top-left corner of each joining note, in order
    int columns = 1;                // how many cells wide the grid was
    std::vector<OpPayload> pushes;  // MoveGroup and MoveNote ops: what moves down to make room
};

// The cells for `arrival` in its theme, and what must move down for them; nothing when the
// theme is not live.
ThemeCells cells_in_theme(const Board& board, const ThemeArrival& arrival,
                          const BoardMeasure& measure);

// The top-left corner nearest `near` (on a lattice of half cells round it, nearest ring first)
// for a block of `size` that keeps `clearance` from every rect in `taken`, never left of or
// above the origin; below everything when nothing near is free.
Vec2 find_free_block(const std::vector<Rect>& taken, Vec2 size, Vec2 near, float clearance);

// What something new must keep clear of: each live theme's box (title band and notes, with its
// margin) and each note in no theme. Notes in `ignore` do not count.
std::vector<Rect> board_footprints(const Board& board, const BoardMeasure& measure,
                                   const std::vector<std::string>& ignore);

// `ids` (live ones) in reading order of where they are: rows half a note tall, then left to
// right, so notes keep their order when they are laid out in a grid.
std::vector<const Note*> notes_in_place_order(const Board& board,
                                              const std::vector<std::string>& ids);

}  // namespace hostspace
