#pragma once
// A popup's list picked from the keyboard. ImGui's own keyboard navigation is off in this app
// (the board and the agenda own the arrows), so a menu of choices takes Up, Down and Enter
// itself: every menu that lists choices is reachable without the mouse.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace hostspace::gui {

// Moves `highlight` over `count` rows with Up and Down (kept in range); returns the row Enter
// took this frame, or -1. Draw row i with ImGui::Selectable(label, highlight == i).
inline int keyboard_pick(int count, int& highlight) {
    if (count <= 0) return -1;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP, true)) --highlight;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true)) ++highlight;
    highlight = std::clamp(highlight, 0, count - 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
        ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) {
        return highlight;
    }
    return -1;
}

}  // namespace hostspace::gui
