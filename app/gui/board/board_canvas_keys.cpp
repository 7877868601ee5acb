// The board's keys, while the board has the keyboard (not the agenda) and no text field is
// being typed in: Delete, F2 / Enter (edit), Escape (let go, or cancel a drag), the arrows
// (nudge by 10, Shift: 1), 1-8 (palette colours), F (zoom to fit), C (collapse or open the
// focused group or the selected notes' groups), Ctrl+A (select all, or the find box's matches),
// Ctrl+Shift+A (arrange), Ctrl+D (duplicate), Ctrl+G (a new theme of the selected notes, or an
// empty one), Ctrl+= / Ctrl+- / Ctrl+0 (zoom the board). With a theme picked by its title
// instead of notes, the keys act on the theme (board_canvas_themes.cpp: theme_keys).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <string>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/test_log.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

constexpr float kKeyZoom = 1.25f;
constexpr float kFitMargin = 24;  // pixels between the fitted board and the canvas's edges

bool pressed(int key, bool repeat = false) {
    return ImGui::IsKeyPressed(key, repeat);
}

// The window-wide shortcut (shortcuts.cpp) already asked to resize the text for this press;
// while the board has the keyboard the press zooms the board instead, so the request goes.
void take_back(FrameRequests& out, Command command) {
    const auto it = std::find(out.commands.begin(), out.commands.end(), command);
    if (it != out.commands.end()) out.commands.erase(it);
}

void zoom_keys(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const Vec2 centre{c.map.size.x / 2, c.map.size.y / 2};
    float zoom = ui.view.zoom;
    if (pressed(GLFW_KEY_EQUAL, true) || pressed(GLFW_KEY_KP_ADD, true)) {
        zoom *= kKeyZoom;
        take_back(out, Command::zoom_in);
    }
    if (pressed(GLFW_KEY_MINUS, true) || pressed(GLFW_KEY_KP_SUBTRACT, true)) {
        zoom /= kKeyZoom;
        take_back(out, Command::zoom_out);
    }
    if (pressed(GLFW_KEY_0) || pressed(GLFW_KEY_KP_0)) {
        zoom = 1;
        take_back(out, Command::zoom_reset);
    }
    if (zoom != ui.view.zoom) ui.view = zoom_about(ui.view, c.map.scale, centre, zoom);
}

// Every note, or only the matching ones while the find box has a filter.
void select_all(const Canvas& c, BoardUiState& ui) {
    std::vector<std::string> ids;
    if (ui.find.active()) {
        for (std::uint32_t i : ui.find.matches) ids.push_back(c.layout().notes[i].note->id);
        ui.selection.assign(ids);
        return;
    }
    ids.reserve(c.layout().notes.size());
    for (const PlacedNote& placed : c.layout().notes) ids.push_back(placed.note->id);
    ui.selection.assign(ids);
}

// 1-8 pick the palette's colours in the order the new-note bar shows them.
const std::string* colour_key() {
    const auto& names = named_colours();
    for (std::size_t i = 0; i < names.size() && i < 9; ++i) {
        const int n = static_cast<int>(i);
        if (pressed(GLFW_KEY_1 + n) || pressed(GLFW_KEY_KP_1 + n)) return &names[i];
    }
    return nullptr;
}

void selection_keys(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    const Board& board = c.board();
    if (pressed(GLFW_KEY_DELETE)) {
        delete_selection(board, ui, out);
    } else if (pressed(GLFW_KEY_F2) || pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER)) {
        const Note* note = board.find_note(ui.selection.primary());
        if (note && !note->deleted.value) start_editing(ui, *note);
    } else if (pressed(GLFW_KEY_ESCAPE)) {
        ui.selection.clear();
    } else if (const std::string* colour = colour_key()) {
        recolour_selection(board, ui, *colour, out);
    } else {
        const float step = io.KeyShift ? 1.0f : 10.0f;
        Vec2 delta;
        if (pressed(GLFW_KEY_LEFT, true)) delta.x -= step;
        if (pressed(GLFW_KEY_RIGHT, true)) delta.x += step;
        if (pressed(GLFW_KEY_UP, true)) delta.y -= step;
        if (pressed(GLFW_KEY_DOWN, true)) delta.y += step;
        if (delta.x != 0 || delta.y != 0) nudge_selection(board, ui, delta, out);
    }
}

constexpr const char* kDragUnderWay = "a drag is under way";

// Why the board leaves this frame's keys alone, or nullptr when it takes them.
const char* why_keys_are_left(bool has_keys, const BoardUiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!has_keys) return "the agenda has the keyboard";
    if (io.WantTextInput) return "a text field has the keyboard";
    if (!ui.editing.empty()) return "a note is being edited";
    // A popup (the method picker, a note's menu) has the keys: Enter there is not "edit".
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        return "a popup is open";
    if (ui.gesture) return kDragUnderWay;
    if (io.KeyAlt) return "Alt is held";
    return nullptr;
}

// For the GUI tests: a board key (C, Delete, F) pressed while the board leaves keys alone says
// why, so a test that sees nothing happen can tell a lost key from a refused one.
void log_key_left(const char* why) {
    if (!test_log_enabled()) return;
    for (int key : {GLFW_KEY_C, GLFW_KEY_DELETE, GLFW_KEY_F}) {
        if (pressed(key)) note_for_tests(std::string("board key left: ") + why);
    }
}

void board_keys(Canvas& c, bool has_keys, BoardUiState& ui, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (const char* why = why_keys_are_left(has_keys, ui)) {
        log_key_left(why);
        // Escape during a drag drops it: nothing moves.
        if (why == kDragUnderWay && pressed(GLFW_KEY_ESCAPE)) ui.gesture.reset();
        return;
    }
    if (io.KeyCtrl) {
        zoom_keys(c, ui, out);
        if (pressed(GLFW_KEY_A) && io.KeyShift) {
            arrange_board(c.board(), c.cache, ui, out);
        } else if (pressed(GLFW_KEY_A)) {
            select_all(c, ui);
        }
        if (pressed(GLFW_KEY_D)) duplicate_selection(c.board(), ui, out);
        if (pressed(GLFW_KEY_G)) new_theme_from_selection(c.board(), c.cache, ui);
        return;
    }
    if (pressed(GLFW_KEY_F)) {
        ui.view = fit_view(c.layout().content, c.map.size, c.map.scale, kFitMargin);
    }
    if (pressed(GLFW_KEY_ESCAPE)) ui.group_focus.clear();  // and the selection lets go below
    if (pressed(GLFW_KEY_C)) {
        toggle_group_collapse(c.board(), ui, out);
    } else if (!ui.selection.empty()) {
        selection_keys(c, ui, out);
    } else if (!ui.selected_theme.empty()) {
        theme_keys(c, ui, out);
    }
}

}  // namespace

void handle_canvas_keys(Canvas& c, bool has_keys, BoardUiState& ui, FrameRequests& out) {
    // Enter in the find box (drawn before the canvas) may have asked for a collapsed group.
    go_to_find_group(c, ui);
    board_keys(c, has_keys, ui, out);
}

}  // namespace hostspace::gui
