// Theme edits from the canvas, the menus and the keys: core's theme_edit makes the ops, and each
// list is committed as one undo step. A new theme or a new title is typed first in a field on
// the board (theme_title_editor.cpp); these open it.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "app/gui/board/board_canvas.hpp"
#include "core/board/colour.hpp"
#include "core/board/theme_edit.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {

BoardMeasure canvas_measure(const Board& board, const BoardCanvasCache& cache) {
    auto widths = std::make_shared<std::unordered_map<std::string, float>>();
    for (const PlacedGroup& placed : cache.layout().groups) {
        widths->emplace(placed.group->id, placed.header.w);
    }
    BoardMeasure measure;
    // Notes of a collapsed theme are not laid out: they count at the standard height.
    measure.note_height = [&board, &cache](const Note& note) {
        const int index = cache.index_of(board, note.id);
        return index < 0 ? kNoteHeight
                         : cache.layout().notes[static_cast<std::size_t>(index)].rect.h;
    };
    measure.title_width = [widths](const Group& group) {
        const auto it = widths->find(group.id);
        return it == widths->end() ? kNoteWidth : it->second;
    };
    return measure;
}

void select_theme(BoardUiState& ui, const std::string& group_id) {
    ui.selection.clear();
    ui.selected_theme = group_id;
    ui.new_group = group_id;  // Into: follows the theme picked, as it follows a picked note
    focus_groups(ui, {group_id});
}

void open_new_theme(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                    const std::vector<std::string>& notes, Vec2 near, bool for_into) {
    ThemeTitleEdit& edit = ui.title_edit;
    const int generation = edit.generation + 1;
    edit = ThemeTitleEdit{};
    edit.generation = generation;
    edit.mode = ThemeTitleMode::new_theme;
    edit.group = new_uuid();
    edit.plan = plan_theme(board, notes, near, canvas_measure(board, cache));
    edit.for_into = for_into;
    edit.text = next_theme_title(board);
    edit.needs_focus = true;
    ui.editing.clear();  // one field at a time
    ui.gesture.reset();
}

Vec2 spot_in_view(const BoardUiState& ui) {
    const Rect& seen = ui.visible_board;
    return Vec2{seen.x + std::min(seen.w * 0.1f, 80.0f), seen.y + std::min(seen.h * 0.1f, 60.0f)};
}

void new_theme_from_selection(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui) {
    const std::vector<std::string> ids = ui.selection.in_board_order(board);
    if (ids.empty()) {
        open_new_theme(board, cache, ui, {}, spot_in_view(ui), false);
        return;
    }
    // The selection's top-left corner: the theme takes the notes' place if there is room.
    Vec2 corner = board.find_note(ids.front())->position.value;
    for (const std::string& id : ids) {
        const Vec2 at = board.find_note(id)->position.value;
        corner = Vec2{std::min(corner.x, at.x), std::min(corner.y, at.y)};
    }
    open_new_theme(board, cache, ui, ids, corner, false);
}

void start_renaming_theme(const Board& board, BoardUiState& ui, const std::string& group_id) {
    const Group* group = board.find_group(group_id);
    if (!group || group->deleted.value) return;
    ThemeTitleEdit& edit = ui.title_edit;
    const int generation = edit.generation + 1;
    edit = ThemeTitleEdit{};
    edit.generation = generation;
    edit.mode = ThemeTitleMode::rename;
    edit.group = group_id;
    edit.text = group->title.value;
    edit.needs_focus = true;
    ui.editing.clear();
    ui.gesture.reset();
    select_theme(ui, group_id);
}

void delete_theme_now(const Board& board, BoardUiState& ui, const std::string& group_id,
                      FrameRequests& out) {
    auto ops = delete_theme(board, group_id);
    if (ops.empty()) return;
    out.commit(std::move(ops), [&ui, group_id] {
        if (ui.selected_theme == group_id) ui.selected_theme.clear();
    });
}

void recolour_theme_now(const Board& board, const std::string& group_id, const std::string& colour,
                        FrameRequests& out) {
    auto ops = recolour_theme(board, group_id, colour);
    if (!ops.empty()) out.commit(std::move(ops));
}

void merge_theme_now(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                     const std::string& from, const std::string& into, FrameRequests& out) {
    auto ops = merge_themes(board, from, into, canvas_measure(board, cache));
    if (ops.empty()) return;
    out.commit(std::move(ops), [&ui, into] { select_theme(ui, into); });
}

namespace {

bool pressed(int key, bool repeat = false) {
    return ImGui::IsKeyPressed(key, repeat);
}

const std::string* colour_key() {
    const auto& names = named_colours();
    for (std::size_t i = 0; i < names.size() && i < 9; ++i) {
        const int n = static_cast<int>(i);
        if (pressed(GLFW_KEY_1 + n) || pressed(GLFW_KEY_KP_1 + n)) return &names[i];
    }
    return nullptr;
}

}  // namespace

void theme_keys(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const Board& board = c.board();
    const std::string id = ui.selected_theme;
    if (pressed(GLFW_KEY_F2) || pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER)) {
        start_renaming_theme(board, ui, id);
    } else if (pressed(GLFW_KEY_DELETE)) {
        delete_theme_now(board, ui, id, out);
    } else if (pressed(GLFW_KEY_ESCAPE)) {
        ui.selected_theme.clear();
    } else if (pressed(GLFW_KEY_M)) {
        ui.open_merge_picker = true;
    } else if (const std::string* colour = colour_key()) {
        recolour_theme_now(board, id, *colour, out);
    } else {
        const float step = ImGui::GetIO().KeyShift ? 1.0f : 10.0f;
        Vec2 delta;
        if (pressed(GLFW_KEY_LEFT, true)) delta.x -= step;
        if (pressed(GLFW_KEY_RIGHT, true)) delta.x += step;
        if (pressed(GLFW_KEY_UP, true)) delta.y -= step;
        if (pressed(GLFW_KEY_DOWN, true)) delta.y += step;
        if (delta.x == 0 && delta.y == 0) return;
        auto ops = move_theme(board, id, delta);
        if (!ops.empty()) out.commit(std::move(ops));
    }
}

}  // namespace hostspace::gui
