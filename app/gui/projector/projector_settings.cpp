#include "app/gui/projector/projector_settings.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <string>

#include "app/gui/shell/fonts.hpp"
#include "core/timer/talking_piece.hpp"

namespace hostspace::gui {
namespace {

constexpr ProjectorMode kModes[] = {ProjectorMode::round, ProjectorMode::board,
                                    ProjectorMode::votes, ProjectorMode::purpose};
constexpr ProjectorTheme kThemes[] = {ProjectorTheme::high_contrast, ProjectorTheme::dark};

// One button of a row that picks one of several; the picked one looks pressed.
bool segment(const char* label, bool picked, float width) {
    if (picked) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                              ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    }
    const bool clicked = ImGui::Button(label, ImVec2(width, 0));
    if (picked) ImGui::PopStyleColor(2);
    return clicked && !picked;
}

float segment_width(int count) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;  // what SameLine() will leave
    return (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(count - 1)) /
           static_cast<float>(count);
}

// "1: HDMI-1, 1920×1080"; "2 (not connected)" for a monitor that went away.
std::string monitor_label(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::string label = std::to_string(index + 1);
    if (index < 0 || index >= count) return label + " (not connected)";
    const char* name = glfwGetMonitorName(monitors[index]);
    label += ": ";
    label += name && *name ? name : "monitor";
    if (const GLFWvidmode* mode = glfwGetVideoMode(monitors[index])) {
        label += ", " + std::to_string(mode->width) + "×" + std::to_string(mode->height);
    }
    return label;
}

}  // namespace

const char* projector_mode_label(ProjectorMode mode) {
    switch (mode) {
        case ProjectorMode::board:
            return "Board";
        case ProjectorMode::votes:
            return "Votes";
        case ProjectorMode::purpose:
            return "Purpose";
        default:
            return "Round";
    }
}

ProjectorMode next_projector_mode(ProjectorMode mode) {
    switch (mode) {
        case ProjectorMode::round:
            return ProjectorMode::board;
        case ProjectorMode::board:
            return ProjectorMode::votes;
        case ProjectorMode::votes:
            return ProjectorMode::purpose;
        default:
            return ProjectorMode::round;
    }
}

bool ProjectorFollowsTimer::update(const Session* session, ProjectorSettings& settings) {
    const TimerRun run = session ? session->timer.run.value : TimerRun{};
    // Opening a session whose round is already running is not starting it.
    const bool going = session && session == session_ && timer_set_going(last_, run);
    session_ = session;
    last_ = run;
    if (!going || settings.pinned || settings.mode == ProjectorMode::round) return false;
    settings.mode = ProjectorMode::round;
    return true;
}

const char* projector_theme_label(ProjectorTheme theme) {
    return theme == ProjectorTheme::dark ? "Dark" : "High contrast";
}

ImVec2 draw_projector_controls(ProjectorSettings& settings, const Fonts& fonts, float scale) {
    ImGui::PushID("projector controls");
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(style.ItemSpacing.x * 0.5f, style.ItemSpacing.y * 0.6f));

    ImGui::Checkbox("Show the projector window", &settings.open);
    ImGui::SameLine(0, 8 * scale);
    ImGui::PushFont(fonts.caption);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("F12");
    ImGui::PopFont();

    // The modes, and at the row's end the pin that keeps the picked one when the timer starts.
    const char* pin_label = "Pin";
    const float pin_width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                            ImGui::CalcTextSize(pin_label).x + ImGui::GetStyle().ItemSpacing.x;
    float width =
        (ImGui::GetContentRegionAvail().x - pin_width - ImGui::GetStyle().ItemSpacing.x * 3) / 4;
    for (int i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine();
        if (segment(projector_mode_label(kModes[i]), settings.mode == kModes[i], width)) {
            settings.mode = kModes[i];
        }
    }
    ImGui::SameLine();
    ImGui::Checkbox(pin_label, &settings.pinned);
    const ImVec2 pin_min = ImGui::GetItemRectMin();
    const ImVec2 pin_centre(pin_min.x + ImGui::GetFrameHeight() / 2,
                            pin_min.y + ImGui::GetFrameHeight() / 2);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Pin: keep this mode when the timer starts or resumes (Shift+F12).\n"
            "Unpinned, starting or resuming the timer turns the projector back to Round.\n"
            "Ctrl+F12 shows the next mode.");
    }
    if (settings.pinned) {
        ImGui::PushFont(fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("Pinned to %s: it stays when the timer starts (Shift+F12 unpins).",
                           projector_mode_label(settings.mode));
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    width = segment_width(2);
    for (int i = 0; i < 2; ++i) {
        if (i > 0) ImGui::SameLine();
        if (segment(projector_theme_label(kThemes[i]), settings.theme == kThemes[i], width)) {
            settings.theme = kThemes[i];
        }
    }

    int count = 0;
    glfwGetMonitors(&count);
    ImGui::Checkbox("Fullscreen on", &settings.fullscreen);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##monitor", monitor_label(settings.monitor).c_str())) {
        for (int i = 0; i < count; ++i) {
            if (ImGui::Selectable(monitor_label(i).c_str(), settings.monitor == i)) {
                settings.monitor = i;
            }
        }
        ImGui::EndCombo();
    }
    if (settings.open && settings.fullscreen) {
        ImGui::PushFont(fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("The keyboard stays here, even when the projector covers this screen.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    return pin_centre;
}

}  // namespace hostspace::gui
