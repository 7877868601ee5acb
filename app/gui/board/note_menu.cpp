// The note's context menu (right-click): edit, colour, a new theme from the selection, move to
// a theme, duplicate, delete. Everything but "Edit text" acts on the whole selection (a
// right-click on an unselected note selects it alone first), as one undo step.
#include <imgui.h>

#include <cctype>
#include <optional>
#include <string>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

std::string capitalised(std::string name) {
    if (!name.empty())
        name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
}

// The value of a field that every selected note shares, or nothing when they differ.
template <typename Field>
std::optional<std::string> shared_value(const Board& board, const BoardUiState& ui, Field field) {
    std::optional<std::string> value;
    for (const std::string& id : ui.selection.in_board_order(board)) {
        const std::string& v = field(*board.find_note(id));
        if (value && *value != v) return std::nullopt;
        value = v;
    }
    return value;
}

void colour_items(const BoardFrame& frame, const BoardUiState& ui, FrameRequests& out) {
    const Board& board = frame.session.board;
    const auto shared =
        shared_value(board, ui, [](const Note& n) -> const std::string& { return n.colour.value; });
    if (auto picked = colour_menu_items(frame, shared)) {
        recolour_selection(board, ui, *picked, out);
    }
}

void theme_items(const BoardFrame& frame, const BoardUiState& ui, FrameRequests& out) {
    const Board& board = frame.session.board;
    bool any = false;
    for (const Group& group : board.groups) any = any || !group.deleted.value;
    if (!any || !ImGui::BeginMenu("Move to theme")) return;
    const auto shared = shared_value(
        board, ui, [](const Note& n) -> const std::string& { return n.group_id.value; });
    const bool in_none = shared == std::string();
    if (ImGui::MenuItem("No theme", nullptr, in_none) && !in_none) {
        group_selection(board, ui, "", out);
    }
    ImGui::Separator();
    for (const Group& group : board.groups) {
        if (group.deleted.value) continue;
        ImGui::PushID(group.id.c_str());
        const bool in_it = shared == group.id;
        if (ImGui::MenuItem(group.title.value.c_str(), nullptr, in_it) && !in_it) {
            group_selection(board, ui, group.id, out);
        }
        ImGui::PopID();
    }
    ImGui::EndMenu();
}

}  // namespace

std::optional<std::string> colour_menu_items(const BoardFrame& frame,
                                             const std::optional<std::string>& current) {
    const float s = frame.scale;
    const float swatch = ImGui::GetTextLineHeight();
    std::optional<std::string> picked;
    int key = 1;
    for (const std::string& name : named_colours()) {
        ImGui::PushID(name.c_str());
        const bool is_current = current == name;
        // The label leaves room for the swatch painted in front of it.
        const std::string label = "        " + capitalised(name);
        const std::string shortcut = std::to_string(key++);
        if (ImGui::MenuItem(label.c_str(), shortcut.c_str(), is_current) && !is_current) {
            picked = name;
        }
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 at(a.x + 4 * s, a.y + (ImGui::GetItemRectSize().y - swatch) / 2);
        const std::uint32_t rgb = colour_rgb(name);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + swatch * 1.4f, at.y + swatch), note_fill(rgb), 3 * s);
        draw->AddRect(at, ImVec2(at.x + swatch * 1.4f, at.y + swatch), note_edge(rgb), 3 * s);
        ImGui::PopID();
    }
    return picked;
}

void draw_note_menu(const BoardFrame& frame, const Note& note, BoardUiState& ui,
                    FrameRequests& out) {
    const Board& board = frame.session.board;
    const std::size_t count = ui.selection.size();
    if (ImGui::MenuItem("Edit text", "F2")) start_editing(ui, note);
    ImGui::Separator();
    if (count > 1) {
        ImGui::TextDisabled("Colour of %zu notes", count);
    } else {
        ImGui::TextDisabled("Colour");
    }
    colour_items(frame, ui, out);
    ImGui::Separator();
    // After the colours, whose rows keep their places (the GUI tests click them by offset).
    if (ImGui::MenuItem(count > 1 ? "New theme from these notes…" : "New theme from this note…",
                        "Ctrl+G")) {
        new_theme_from_selection(board, *ui.cache, ui);
    }
    theme_items(frame, ui, out);
    if (ImGui::MenuItem(count > 1 ? "Duplicate notes" : "Duplicate note", "Ctrl+D")) {
        duplicate_selection(board, ui, out);
    }
    const std::string remove =
        count > 1 ? "Delete " + std::to_string(count) + " notes" : std::string("Delete note");
    if (ImGui::MenuItem(remove.c_str(), "Del")) delete_selection(board, ui, out);
}

}  // namespace hostspace::gui
