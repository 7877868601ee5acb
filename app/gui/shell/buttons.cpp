#include "app/gui/shell/buttons.hpp"

#include "app/gui/shell/caption.hpp"
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

FooterClicks footer_row(const Fonts& fonts, float scale, const char* hint, const char* plain,
                        const char* primary) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const float plain_width = button_width(plain) + 32 * scale;
    const float primary_width = button_width(primary) + 32 * scale;
    muted_caption(fonts, hint);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - plain_width - primary_width -
                    ImGui::GetStyle().ItemSpacing.x);
    FooterClicks clicked;
    clicked.plain = ImGui::Button(plain, ImVec2(plain_width, 0));
    ImGui::SameLine();
    clicked.primary = primary_button(primary, ImVec2(primary_width, 0));
    return clicked;
}

}  // namespace hostspace::gui
