// The note's context menu (right-click): edit, colour, group, delete.
#include <imgui.h>

#include <cctype>

#include "app/gui/board_view.hpp"
#include "app/gui/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

std::string capitalised(std::string name) {
    if (!name.empty())
        name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
}

void colour_items(const BoardFrame& frame, const Note& note, FrameRequests& out) {
    const float s = frame.scale;
    const float swatch = ImGui::GetTextLineHeight();
    for (const std::string& name : named_colours()) {
        ImGui::PushID(name.c_str());
        const bool current = note.colour.value == name;
        // The label leaves room for the swatch painted in front of it.
        const std::string label = "        " + capitalised(name);
        if (ImGui::Selectable(label.c_str(), current) && !current) {
            out.commit({SetNoteColour{note.id, name}});
        }
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 at(a.x + 4 * s, a.y + (ImGui::GetItemRectSize().y - swatch) / 2);
        const std::uint32_t rgb = colour_rgb(name);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + swatch * 1.4f, at.y + swatch), note_fill(rgb), 3 * s);
        draw->AddRect(at, ImVec2(at.x + swatch * 1.4f, at.y + swatch), note_edge(rgb), 3 * s);
        ImGui::PopID();
    }
}

void group_items(const BoardFrame& frame, const Note& note, FrameRequests& out) {
    bool any = false;
    for (const Group& group : frame.session.board.groups) any = any || !group.deleted.value;
    if (!any || !ImGui::BeginMenu("Move to group")) return;
    const std::string& current = note.group_id.value;
    if (ImGui::MenuItem("No group", nullptr, current.empty()) && !current.empty()) {
        out.commit({AssignNoteToGroup{note.id, ""}});
    }
    ImGui::Separator();
    for (const Group& group : frame.session.board.groups) {
        if (group.deleted.value) continue;
        ImGui::PushID(group.id.c_str());
        const bool in_it = current == group.id;
        if (ImGui::MenuItem(group.title.value.c_str(), nullptr, in_it) && !in_it) {
            out.commit({AssignNoteToGroup{note.id, group.id}});
        }
        ImGui::PopID();
    }
    ImGui::EndMenu();
}

}  // namespace

void draw_note_menu(const BoardFrame& frame, const Note& note, BoardUiState& ui,
                    FrameRequests& out) {
    if (!ImGui::BeginPopupContextItem("note-menu")) return;
    ui.selected = note.id;
    if (ImGui::MenuItem("Edit text", "F2")) start_editing(ui, note);
    ImGui::Separator();
    ImGui::TextDisabled("Colour");
    colour_items(frame, note, out);
    ImGui::Separator();
    group_items(frame, note, out);
    if (ImGui::MenuItem("Delete note", "Del")) {
        const std::string id = note.id;
        out.commit({DeleteNote{id}}, [&ui, id] {
            if (ui.selected == id) ui.selected.clear();
        });
    }
    ImGui::EndPopup();
}

}  // namespace hostspace::gui
