#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

ImVec4 v(ImU32 c) {
    return ImGui::ColorConvertU32ToFloat4(c);
}

}  // namespace

void apply_theme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(20, 16);
    style.FramePadding = ImVec2(10, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.GrabMinSize = 12;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = v(colours::text);
    c[ImGuiCol_TextDisabled] = v(colours::rgb(0x858A93));  // hints in empty fields
    c[ImGuiCol_WindowBg] = v(colours::window);
    c[ImGuiCol_ChildBg] = v(colours::board);
    c[ImGuiCol_PopupBg] = v(colours::rgb(0xFFFFFF));
    c[ImGuiCol_Border] = v(colours::board_edge);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = v(colours::rgb(0xFFFFFF));
    c[ImGuiCol_FrameBgHovered] = v(colours::rgb(0xFBFAF7));
    c[ImGuiCol_FrameBgActive] = v(colours::rgb(0xFFFFFF));
    c[ImGuiCol_Button] = v(colours::rgb(0xE6E3DC));
    c[ImGuiCol_ButtonHovered] = v(colours::rgb(0xDAD6CD));
    c[ImGuiCol_ButtonActive] = v(colours::rgb(0xCCC7BC));
    c[ImGuiCol_Header] = v(colours::rgb(0xE6E3DC));
    c[ImGuiCol_HeaderHovered] = v(colours::rgb(0xDCE7F5));
    c[ImGuiCol_HeaderActive] = v(colours::rgb(0xC9DBF0));
    c[ImGuiCol_Separator] = v(colours::board_edge);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v(colours::rgb(0xC4BFB4));
    c[ImGuiCol_ScrollbarGrabHovered] = v(colours::rgb(0xAFA99C));
    c[ImGuiCol_ScrollbarGrabActive] = v(colours::rgb(0x9A9486));
    c[ImGuiCol_CheckMark] = v(colours::accent);
    c[ImGuiCol_TextSelectedBg] = v(colours::rgb(0x2B6CB0, 70));
    c[ImGuiCol_NavHighlight] = v(colours::accent);
    c[ImGuiCol_ModalWindowDimBg] = v(colours::rgb(0x000000, 60));

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImU32 note_fill(std::uint32_t rgb) {
    return colours::rgb(rgb);
}

ImU32 note_edge(std::uint32_t rgb) {
    const auto darker = [](std::uint32_t channel) { return channel * 4 / 5; };
    const std::uint32_t r = darker((rgb >> 16) & 0xFF), g = darker((rgb >> 8) & 0xFF),
                        b = darker(rgb & 0xFF);
    return colours::rgb((r << 16) | (g << 8) | b);
}

}  // namespace hostspace::gui
