#pragma once
// Making and changing themes (the board's groups), as the ops that do it: the GUI commits each
// list as one undo step, and every op in it has its inverse, so Ctrl+Z takes the whole edit
// back. Where notes move into a theme they take the first free cells of its grid
// (theme_placement.hpp).
#include <string>
#include <vector>

#include "core/board/theme_placement.hpp"
#include "core/session/session.hpp"

namespace hostspace {

// "Theme N" for the smallest N from the number of live themes + 1 that no live theme is called.
std::string next_theme_title(const Board& board);

// Why `title` cannot name a theme (empty, or another live theme than `except_id` has it, in any
// case), as a sentence that says what to do; empty when it can.
std::string theme_title_problem(const Board& board, const std::string& title,
                                const std::string& except_id = {});

// The live notes of a live theme, in board order (collapsed or not).
std::vector<std::string> notes_of_theme(const Board& board, const std::string& group_id);

// Where a new theme goes: its title band's corner, and a cell for each of its notes.
struct ThemePlan {
    Vec2 position;
    std::vector<std::string> notes;  // in the order they fill the grid (their reading order)
    std::vector<Vec2> cells;
    Rect box;  // the title band and the cells (an empty theme: room for one note)
};

// A new theme of the live notes among `note_ids`, in a grid up to four cells wide (three for
// up to nine notes), at `near` if the whole block fits there clear of everything else on the
// board (the notes' own places do not count), else at the nearest place where it does.
ThemePlan plan_theme(const Board& board, const std::vector<std::string>& note_ids, Vec2 near,
                     const BoardMeasure& measure);
// AddGroup, then each note into it and into its cell.
std::vector<OpPayload> make_theme(const Board& board, const std::string& id,
                                  const std::string& title, const ThemePlan& plan);

// The title trimmed; nothing if it is the theme's title already or the theme is gone.
std::vector<OpPayload> rename_theme(const Board& board, const std::string& id,
                                    const std::string& title);
std::vector<OpPayload> recolour_theme(const Board& board, const std::string& id,
                                      const std::string& colour);
// The theme and every live note in it (collapsed or not) by `delta`, never past the origin.
std::vector<OpPayload> move_theme(const Board& board, const std::string& id, Vec2 delta);

// Its notes leave it (they stay where they are, in no theme), then DeleteGroup: undone, the
// theme comes back with its notes in it.
std::vector<OpPayload> delete_theme(const Board& board, const std::string& id);

// `from`'s notes join `into` in the first free cells of its grid (what lies below `into` moves
// down if the grid grows into it), then `from` is deleted. Nothing if either is gone or they
// are the same.
std::vector<OpPayload> merge_themes(const Board& board, const std::string& from,
                                    const std::string& into, const BoardMeasure& measure);

// Notes dragged by `delta` and dropped on theme `group_id`: those already in it move by
// `delta` (rearranged within it), the others join it in the first free cells of its grid, in
// their reading order. A theme that is gone: the notes only move.
std::vector<OpPayload> drop_notes_on_theme(const Board& board, const std::vector<std::string>& ids,
                                           Vec2 delta, const std::string& group_id,
                                           const BoardMeasure& measure);

// A new note's place in theme `group_id`: the first free cell of its grid, and what moves down
// to make room for it (appended to `pushes`).
Vec2 spot_for_new_note(const Board& board, const std::string& group_id, float height,
                       const BoardMeasure& measure, std::vector<OpPayload>& pushes);

}  // namespace hostspace
