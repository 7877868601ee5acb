#pragma once
// Where the GUI tests click: the centre of the item ImGui drew last, written to the draw log.
#include <imgui.h>

namespace hostspace::gui {

inline ImVec2 last_item_centre() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2);
}

}  // namespace hostspace::gui
