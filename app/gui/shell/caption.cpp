#include "app/gui/shell/caption.hpp"

#include <imgui.h>

#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {

void muted_caption(const Fonts& fonts, const char* text) {
    ImGui::PushFont(fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace hostspace::gui
