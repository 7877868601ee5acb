#include "app/gui/shell/buttons.hpp"

#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {

bool primary_button(const char* label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, colours::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours::rgb(0x245C97));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours::rgb(0x1D4B7D));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::rgb(0xFFFFFF));
    ImGui::PushStyleColor(ImGuiCol_Border, colours::rgb(0x1D4B7D));
    const bool clicked = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    return clicked;
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

}  // namespace hostspace::gui
