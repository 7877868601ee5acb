#pragma once
// Transient state of the board: what is being typed, which notes are selected, being edited or
// dragged, and how the board is panned and zoomed.
// None of it is part of the session; losing it loses nothing that was saved.
#include <imgui.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/board/board.hpp"
#include "core/board/canvas_view.hpp"
#include "core/board/colour.hpp"
#include "core/board/selection.hpp"
#include "core/board/soft_wrap.hpp"
#include "core/board/theme_edit.hpp"

namespace hostspace::gui {

class BoardCanvasCache;

enum class CanvasGestureKind { pan, move_notes, move_group, rubber_band, minimap };

// A mouse gesture on the board canvas, from the press to the release.
struct CanvasGesture {
    CanvasGestureKind kind = CanvasGestureKind::pan;
    int button = 0;                // the ImGuiMouseButton that started it
    ImVec2 press_mouse;            // screen position where the button went down
    Vec2 press_offset;             // the view's offset then (a pan follows the pointer from it)
    std::vector<std::string> ids;  // the notes being moved, in board order
    std::string group;             // the group being moved by its title band
    std::string pressed_note;      // the note under the press, if any
    Vec2 lowest;                   // the smallest x and y among what moves
    bool moved = false;            // past the drag threshold
    bool select_alone_on_click = false;  // a click (no drag) on a selected note picks it alone
    bool clear_on_click = false;         // a click (no drag) on the bare board lets go of all
};

// The board's find box (board_find.cpp) and the notes it matches, worked out once per
// (typed text, layout revision), never every frame.
struct BoardFindState {
    std::string text;
    bool focus = false;         // give the field the keyboard on the next frame
    bool field_active = false;  // as of the last frame
    std::string matched_text;   // what `matches` was worked out for
    std::uint64_t matched_revision = 0;
    std::vector<std::uint32_t> matches;  // layout indices, ascending
    std::vector<char> is_match;          // by layout index (empty: no filter)
    std::size_t next = 0;                // the match Enter goes to next
    std::string go_to;                   // a match to centre the view on
    // Matches the layout leaves out: the collapsed groups holding them (board order, after
    // `matches` in Enter's order) and how many notes match inside them.
    std::vector<std::string> collapsed_groups;
    std::size_t collapsed_notes = 0;
    std::size_t live_notes = 0;  // the "of M" in "N of M"
    bool filtering = false;      // a filter is typed (`is_match` is empty if nothing is laid out)
    std::string go_to_group;     // a collapsed group to centre the view on
    std::string log_line;        // the find box's last line in the test log
    bool active() const { return !is_match.empty(); }
};

// A theme's title being typed on the board: a new theme (made only on Enter) or a rename.
enum class ThemeTitleMode { none, new_theme, rename };

struct ThemeTitleEdit {
    ThemeTitleMode mode = ThemeTitleMode::none;
    std::string group;      // rename: the theme; new: the id the theme will have
    ThemePlan plan;         // new: where it goes and the notes it takes (worked out when opened)
    bool for_into = false;  // new: it becomes the new-note bar's Into: theme
    std::string text;
    std::string problem;  // why the typed title cannot be used, shown under the field
    bool needs_focus = false;
    bool select_all = true;  // the text is selected when the field takes the keyboard
    int generation = 0;      // a fresh widget each time it opens: no stale undo or selection
    Vec2 field_at;           // the field's centre on screen, as last drawn (for the test log)
    bool open() const { return mode != ThemeTitleMode::none; }
};

struct BoardUiState {
    // The "new note" row. The text is cleared only once the note is saved.
    std::string new_text;
    std::string new_author;
    std::string new_organisation;
    std::string new_colour = default_note_colour();
    int new_field_generation = 0;   // a fresh widget id per note: no stale undo inside the field
    bool focus_new_field = true;    // give it the keyboard on the next frame
    bool new_field_active = false;  // as of the last frame
    std::string new_group;          // "Into:": the group new notes join (empty: none)
    std::string new_group_primary;  // the primary selection the picker last followed
    std::string new_bar_log;        // the bar's last line in the test log
    std::string into_log_line;      // the Into: picker's last line in the test log

    BoardSelection selection;
    std::string editing;       // note id whose text is being edited in place, or empty
    std::string edit_text;     // what the editor shows: the text with soft line breaks
    SoftWrapped edit_wrapped;  // the text as last wrapped (edit_text is its `shown`)
    int edit_caret = 0;        // in edit_text, as of the last frame
    bool edit_needs_focus = false;
    bool edit_caret_to_end = false;
    std::string reveal;  // a note to bring into view (just added)
    // The groups C collapses or opens (focus_group): the one whose title was last pressed or
    // last gone to by the find box, or those C last acted on, unless notes were picked since.
    std::vector<std::string> group_focus;
    std::uint64_t group_focus_selection = 0;  // the selection's revision when it was set
    std::string menu_note;                    // the note whose context menu is open
    // A theme picked by its title: F2 renames it, Delete deletes it, 1-8 recolour it, the
    // arrows move it, M merges it. Never together with selected notes.
    std::string selected_theme;
    ThemeTitleEdit title_edit;
    std::string menu_theme;          // the theme whose context menu is open
    Vec2 menu_point;                 // where the bare board was right-clicked (board units)
    bool open_merge_picker = false;  // M: the list of themes to merge the selected one into
    std::string merge_pick;          // the theme highlighted in that list
    Rect visible_board;              // the board area in view as of the last frame
    std::string theme_log_line;      // the theme line's last text in the test log

    CanvasView view;           // pan and zoom
    bool fit_pending = false;  // zoom to fit once the layout has caught up (after Arrange)
    BoardFindState find;
    std::optional<CanvasGesture> gesture;
    // Layout, culling grid and measured text, kept between frames (board_canvas_cache.hpp);
    // made by the control window when first drawn.
    std::shared_ptr<BoardCanvasCache> cache;
    std::uint64_t layout_revision = 0;  // of the cache's layout when the selection was pruned
    std::string log_line;               // the board's last line in the test log
};

}  // namespace hostspace::gui
