// The theme's context menu (a right-click on its title or its box): rename, colour, collapse,
// select its notes, merge into another theme, delete. The bare board's menu: a new theme at the
// click, a theme from the selection, Arrange. And M's list of themes to merge the selected one
// into, walked with Up / Down and Enter (ImGui's keyboard navigation is off in this app).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "app/gui/board/board_canvas.hpp"
#include "core/board/theme_edit.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kThemeMenu = "theme-menu";
constexpr const char* kBoardMenu = "board-menu";
constexpr const char* kMergePicker = "merge-picker";

const Group* live_group(const Board& board, const std::string& id) {
    const Group* group = id.empty() ? nullptr : board.find_group(id);
    return group && !group->deleted.value ? group : nullptr;
}

// The live themes other than `except`, in board order.
std::vector<const Group*> other_themes(const Board& board, const std::string& except) {
    std::vector<const Group*> out;
    for (const Group& group : board.groups) {
        if (!group.deleted.value && group.id != except) out.push_back(&group);
    }
    return out;
}

void theme_menu_body(const Canvas& c, const Group& group, BoardUiState& ui, FrameRequests& out) {
    const Board& board = c.board();
    const std::string id = group.id;
    if (ImGui::MenuItem("Rename…", "F2")) start_renaming_theme(board, ui, id);
    ImGui::Separator();
    ImGui::TextDisabled("Colour of the theme");
    const std::string& current = group.colour.value;
    if (ImGui::MenuItem("No colour", nullptr, current.empty()) && !current.empty()) {
        recolour_theme_now(board, id, "", out);
    }
    if (auto picked = colour_menu_items(c.frame, current)) {
        recolour_theme_now(board, id, *picked, out);
    }
    ImGui::Separator();
    const bool collapsed = group.collapsed.value;
    if (ImGui::MenuItem(collapsed ? "Open theme" : "Collapse theme", "C")) {
        out.commit({SetGroupCollapsed{id, !collapsed}});
        focus_groups(ui, {id});
    }
    const std::vector<std::string> notes = notes_of_theme(board, id);
    if (ImGui::MenuItem("Select its notes", nullptr, false, !collapsed && !notes.empty())) {
        ui.selected_theme.clear();
        ui.selection.assign(notes);
    }
    const std::vector<const Group*> others = other_themes(board, id);
    if (ImGui::BeginMenu("Merge into", !others.empty())) {
        for (const Group* other : others) {
            ImGui::PushID(other->id.c_str());
            if (ImGui::MenuItem(other->title.value.c_str())) {
                merge_theme_now(board, c.cache, ui, id, other->id, out);
            }
            ImGui::PopID();
        }
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Delete theme", "Del")) delete_theme_now(board, ui, id, out);
    ImGui::TextDisabled("Its notes stay on the board");
}

void board_menu_body(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const Board& board = c.board();
    if (ImGui::MenuItem("New theme here…")) {
        open_new_theme(board, c.cache, ui, {}, ui.menu_point, false);
    }
    if (!ui.selection.empty() && ImGui::MenuItem("New theme from selection…", "Ctrl+G")) {
        new_theme_from_selection(board, c.cache, ui);
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Arrange", "Ctrl+Shift+A")) arrange_board(board, c.cache, ui, out);
}

// M: the themes to merge the selected one into. Up / Down pick, Enter merges, Esc closes.
void merge_picker(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const Board& board = c.board();
    const Group* from = live_group(board, ui.selected_theme);
    if (ui.open_merge_picker) {
        ui.open_merge_picker = false;
        if (from && !other_themes(board, from->id).empty()) {
            ui.merge_pick.clear();
            for (const PlacedGroup& placed : c.layout().groups) {
                if (placed.group == from) {
                    const Vec2 at = c.map.to_screen(Vec2{placed.header.x, placed.header.bottom()});
                    ImGui::SetNextWindowPos(to_imvec(at));
                }
            }
            ImGui::OpenPopup(kMergePicker);
        }
    }
    if (!ImGui::BeginPopup(kMergePicker)) return;
    const std::vector<const Group*> others =
        from ? other_themes(board, from->id) : std::vector<const Group*>{};
    if (others.empty()) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    auto at = std::find_if(others.begin(), others.end(),
                           [&](const Group* g) { return g->id == ui.merge_pick; });
    std::ptrdiff_t index = at == others.end() ? 0 : at - others.begin();
    const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(others.size()) - 1;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true)) index = std::min(index + 1, last);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP, true)) index = std::max<std::ptrdiff_t>(index - 1, 0);
    ui.merge_pick = others[static_cast<std::size_t>(index)]->id;
    ImGui::TextDisabled("Merge \"%s\" into:", from->title.value.c_str());
    std::string into;
    for (const Group* other : others) {
        ImGui::PushID(other->id.c_str());
        if (ImGui::Selectable(other->title.value.c_str(), other->id == ui.merge_pick)) {
            into = other->id;
        }
        ImGui::PopID();
    }
    ImGui::TextDisabled("Up/Down pick · Enter merges · Esc cancels");
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
        ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) {
        into = ui.merge_pick;
    }
    if (!into.empty()) {
        merge_theme_now(board, c.cache, ui, from->id, into, out);
        ImGui::CloseCurrentPopup();
    } else if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void open_theme_menu(BoardUiState& ui, const std::string& group_id) {
    select_theme(ui, group_id);
    ui.menu_theme = group_id;
    ImGui::OpenPopup(kThemeMenu);
}

void open_board_menu(BoardUiState& ui, Vec2 point) {
    ui.menu_point = point;
    ImGui::OpenPopup(kBoardMenu);
}

void draw_theme_menus(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    if (ImGui::BeginPopup(kThemeMenu)) {
        const Group* group = live_group(c.board(), ui.menu_theme);
        if (!group) {
            ImGui::CloseCurrentPopup();  // gone meanwhile (an undo, another window)
        } else {
            theme_menu_body(c, *group, ui, out);
        }
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopup(kBoardMenu)) {
        board_menu_body(c, ui, out);
        ImGui::EndPopup();
    }
    merge_picker(c, ui, out);
}

}  // namespace hostspace::gui
