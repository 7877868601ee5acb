#pragma once
// The board canvas's parts, one frame at a time: board_view.cpp runs the frame, and the
// mouse (board_canvas_input.cpp), the keys (board_canvas_keys.cpp), the edits of the selection
// (board_canvas_edits.cpp), the painting (board_canvas_paint.cpp) and the overview
// (board_minimap.cpp) share this.
#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "app/gui/board/board_canvas_cache.hpp"
#include "app/gui/board/board_view.hpp"
#include "core/board/canvas_view.hpp"

namespace hostspace::gui {

inline ImVec2 to_imvec(Vec2 v) {
    return ImVec2(v.x, v.y);
}
inline Vec2 to_vec(ImVec2 v) {
    return Vec2{v.x, v.y};
}

// One frame of the canvas.
struct Canvas {
    Canvas(const BoardFrame& f, BoardCanvasCache& c, CanvasMapping m)
        : frame(f), cache(c), map(m) {}

    const BoardFrame& frame;
    BoardCanvasCache& cache;
    CanvasMapping map;
    ImDrawList* draw = nullptr;
    bool hovered = false;    // the pointer is on the canvas, not on something over it
    bool activated = false;  // a mouse button went down on the canvas this frame
    int editing = -1;        // layout index of the note being edited, or -1
    int hovered_note = -1;   // layout index of the note under the pointer, or -1
    Rect minimap;            // on screen; zero size when the overview is not shown
    // Rubber band: the notes inside the band so far (ascending layout indices).
    std::vector<std::uint32_t> banded;

    const BoardLayout& layout() const { return cache.layout(); }
    const Board& board() const { return frame.session.board; }
};

// ---- mouse (board_canvas_input.cpp) ------------------------------------------------------
void handle_canvas_mouse(Canvas& canvas, BoardUiState& ui, FrameRequests& out);
// How far the notes or the group being dragged have come, in whole board units, never
// taking anything left of or above the origin.
Vec2 gesture_delta(const Canvas& canvas, const CanvasGesture& gesture);
// Where a note shows while it is dragged by `delta` (as core's move_notes will put it).
Vec2 moved_position(Vec2 position, Vec2 delta);
// The top-most group whose region or title band holds `point` (board units), or nullptr;
// `except`: a group left out (the one being dragged).
const PlacedGroup* group_at(const BoardLayout& layout, Vec2 point, const std::string& except = {});
// True while `index` (a layout note) is being dragged with the selection or its group.
bool is_lifted(const Canvas& canvas, const BoardUiState& ui, int index);

// ---- keys (board_canvas_keys.cpp) --------------------------------------------------------
// `has_keys` false: the agenda has the keyboard and the board leaves every key alone.
void handle_canvas_keys(Canvas& canvas, bool has_keys, BoardUiState& ui, FrameRequests& out);

// ---- edits of the selection, each one undo step (board_canvas_edits.cpp) -----------------
void delete_selection(const Board& board, BoardUiState& ui, FrameRequests& out);
void recolour_selection(const Board& board, const BoardUiState& ui, const std::string& colour,
                        FrameRequests& out);
void duplicate_selection(const Board& board, BoardUiState& ui, FrameRequests& out);
void nudge_selection(const Board& board, const BoardUiState& ui, Vec2 delta, FrameRequests& out);
void group_selection(const Board& board, const BoardUiState& ui, const std::string& group_id,
                     FrameRequests& out);
// C: collapses or opens the focused groups (BoardUiState::group_focus) when nothing is
// selected or no note was picked since they were focused; else the selected notes' groups,
// which take the focus, so C again opens them once their notes have left the selection.
void toggle_group_collapse(const Board& board, BoardUiState& ui, FrameRequests& out);
// The groups C acts on, as of the current selection.
void focus_groups(BoardUiState& ui, std::vector<std::string> group_ids);

// ---- themes (board_canvas_themes.cpp) -----------------------------------------------------
// How large notes and titles are drawn, for core's placement (theme_placement.hpp).
BoardMeasure canvas_measure(const Board& board, const BoardCanvasCache& cache);
// Picks the theme alone (no note selected) and makes it the Into: theme and C's focus.
void select_theme(BoardUiState& ui, const std::string& group_id);
// Opens the title field of a new theme holding `notes` (none: an empty theme) at `near`, or
// as near as there is room; nothing is made until Enter. `for_into`: it becomes Into:'s theme.
void open_new_theme(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                    const std::vector<std::string>& notes, Vec2 near, bool for_into);
// Ctrl+G and the note menu: a new theme of the selected notes, at their top-left corner (or
// near it); with nothing selected, an empty theme near the top-left of the view.
void new_theme_from_selection(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui);
// A board point near the top-left of what is in view, for a theme made from the keyboard.
Vec2 spot_in_view(const BoardUiState& ui);
void start_renaming_theme(const Board& board, BoardUiState& ui, const std::string& group_id);
void delete_theme_now(const Board& board, BoardUiState& ui, const std::string& group_id,
                      FrameRequests& out);
void recolour_theme_now(const Board& board, const std::string& group_id, const std::string& colour,
                        FrameRequests& out);
void merge_theme_now(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                     const std::string& from, const std::string& into, FrameRequests& out);
// Keys while a theme is selected and no note is: F2 / Enter rename, Delete, Escape, 1-8
// colours, the arrows move it (Shift: by 1), M merges it into another.
void theme_keys(const Canvas& canvas, BoardUiState& ui, FrameRequests& out);

// ---- theme title field and menus (theme_title_editor.cpp, theme_menu.cpp) ----------------
// The field where a new theme's or a renamed theme's title is typed, over its title band.
void draw_theme_title_editor(const Canvas& canvas, BoardUiState& ui, FrameRequests& out);
// Where a new theme will go, while its title is typed: its box and its notes' cells.
void paint_theme_plan(const Canvas& canvas, const BoardUiState& ui);
// Right-click menus: a theme's (opened by a right-click on its title or box), the bare
// board's ("New theme here…"), and M's list of themes to merge into.
void open_theme_menu(BoardUiState& ui, const std::string& group_id);
void open_board_menu(BoardUiState& ui, Vec2 point);
void draw_theme_menus(const Canvas& canvas, BoardUiState& ui, FrameRequests& out);
// The palette as menu items, `current` ticked; returns the colour picked, or nothing.
std::optional<std::string> colour_menu_items(const BoardFrame& frame,
                                             const std::optional<std::string>& current);

// ---- find box (board_find.cpp) -----------------------------------------------------------
// Works the matches out again only if the typed text or the layout changed.
void update_find_matches(const Board& board, const BoardCanvasCache& cache, BoardFindState& find);
// The toolbar row above the canvas (the find box, Arrange); `ui.cache` must be refreshed this
// frame.
void draw_find_row(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out);
// Enter in the find box stepped to a collapsed group holding matches: the view centres on it.
void go_to_find_group(const Canvas& canvas, BoardUiState& ui);
// A ring round each collapsed group holding matches, painted into `draw`.
void paint_find_rings(const BoardLayout& layout, const CanvasMapping& map,
                      const BoardFindState& find, ImDrawList* draw);
// Every group's notes in a tidy grid (core's arrange_by_group), one undo step, then a fit.
void arrange_board(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                   FrameRequests& out);

// ---- paint (board_canvas_paint.cpp) ------------------------------------------------------
void paint_canvas(const Canvas& canvas, const BoardUiState& ui);

// ---- overview (board_minimap.cpp) --------------------------------------------------------
// Where the overview goes on screen, or a zero-size rect when the board fits in view.
Rect place_minimap(const Canvas& canvas);
void paint_minimap(const Canvas& canvas);
// The view centred on the board point under `screen` in the overview.
CanvasView minimap_view_at(const Canvas& canvas, Vec2 screen);

}  // namespace hostspace::gui
