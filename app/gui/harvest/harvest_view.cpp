#include "app/gui/harvest/harvest_view.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <array>
#include <cstdio>

#include "app/gui/harvest/harvest_parts.hpp"
#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

constexpr std::array<HarvestPart, 4> kParts = {HarvestPart::purpose, HarvestPart::principles,
                                               HarvestPart::actions, HarvestPart::focus};

// For the GUI tests: which place and part are shown, and where each tab is, once per change.
void log_place(HarvestUiState& ui, const std::array<ImVec2, 5>& tabs) {
    if (!test_log_enabled()) return;
    char line[240];
    std::snprintf(line, sizeof line,
                  "harvest place=%s part=%s tabs board=%.0f,%.0f purpose=%.0f,%.0f "
                  "principles=%.0f,%.0f actions=%.0f,%.0f focus=%.0f,%.0f",
                  ui.shown ? "harvest" : "board", harvest_part_word(ui.part), tabs[0].x, tabs[0].y,
                  tabs[1].x, tabs[1].y, tabs[2].x, tabs[2].y, tabs[3].x, tabs[3].y, tabs[4].x,
                  tabs[4].y);
    if (ui.log_line == line) return;
    ui.log_line = line;
    note_for_tests(line);
}

// A tab that the keyboard can select: ImGui keeps the tab bar's own choice otherwise.
bool tab(const char* label, bool select_now) {
    const ImGuiTabItemFlags flags = select_now ? ImGuiTabItemFlags_SetSelected : 0;
    return ImGui::BeginTabItem(label, nullptr, flags);
}

// The projector's button at the right of the tabs: one click puts the place on the projector.
void draw_projector_button(const PanelFrame& frame, ProjectorSettings& projector) {
    const bool showing = projector.open && projector.mode == ProjectorMode::purpose;
    const char* label = showing ? "On the projector" : "Show on the projector";
    ImGui::PushFont(frame.fonts.caption);
    const float width = ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    if (showing) {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, colours::saved);
        ImGui::TextUnformatted(label);
        ImGui::PopStyleColor();
    } else if (ImGui::SmallButton(label)) {
        projector.open = true;
        projector.mode = ProjectorMode::purpose;
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "The projector's Purpose mode shows what you work on here (F12 opens "
            "the projector; Ctrl+F12 steps its mode)");
    }
    ImGui::PopFont();
}

}  // namespace

const char* harvest_part_label(HarvestPart part) {
    switch (part) {
        case HarvestPart::principles:
            return "Principles";
        case HarvestPart::actions:
            return "Actions";
        case HarvestPart::focus:
            return "Focus";
        default:
            return "Purpose";
    }
}

const char* harvest_part_word(HarvestPart part) {
    switch (part) {
        case HarvestPart::principles:
            return "principles";
        case HarvestPart::actions:
            return "actions";
        case HarvestPart::focus:
            return "focus";
        default:
            return "purpose";
    }
}

void handle_harvest_shortcuts(HarvestUiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || io.KeyShift) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (ImGui::IsKeyPressed(GLFW_KEY_H, false)) {
        ui.shown = !ui.shown;
        ui.select_part = true;
        return;
    }
    for (std::size_t i = 0; i < kParts.size(); ++i) {
        if (ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false)) {
            ui.shown = true;
            ui.part = kParts[i];
            ui.select_part = true;
        }
    }
}

bool draw_place_tabs(const PanelFrame& frame, HarvestUiState& ui, ProjectorSettings& projector) {
    std::array<ImVec2, 5> centres{};
    // A key's choice (Ctrl+H, Ctrl+1..4) is pressed on the tab bar until ImGui shows it: the tab
    // bar applies a selection a frame late, and meanwhile reports the old tab as open.
    const bool pending = ui.select_part;
    const int wanted = ui.shown ? 1 + static_cast<int>(ui.part) : 0;
    int open = -1;
    if (ImGui::BeginTabBar("places", ImGuiTabBarFlags_NoTooltip)) {
        if (tab("Board###place-board", pending && wanted == 0)) {
            open = 0;
            ImGui::EndTabItem();
        }
        centres[0] = last_item_centre();
        for (std::size_t i = 0; i < kParts.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            char label[48];
            std::snprintf(label, sizeof label, "%s###place-%s", harvest_part_label(kParts[i]),
                          harvest_part_word(kParts[i]));
            if (tab(label, pending && wanted == index)) {
                open = index;
                ImGui::EndTabItem();
            }
            centres[i + 1] = last_item_centre();
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("The harvest: %s (Ctrl+%d; Ctrl+H back to the board)",
                                  harvest_part_label(kParts[i]), index);
            }
        }
        ImGui::EndTabBar();
    }
    if (pending) {
        if (open == wanted) ui.select_part = false;
    } else if (open >= 0) {  // a click on a tab
        ui.shown = open > 0;
        if (ui.shown) ui.part = kParts[static_cast<std::size_t>(open - 1)];
    }
    // Over the tab bar's line, at its right end.
    if (ui.shown) {
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetFrameHeightWithSpacing());
        draw_projector_button(frame, projector);
    }
    log_place(ui, centres);
    return ui.shown;
}

void draw_harvest_place(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    switch (ui.part) {
        case HarvestPart::principles:
            draw_principles_part(frame, ui, out);
            break;
        case HarvestPart::actions:
            draw_actions_part(frame, ui, out);
            break;
        case HarvestPart::focus:
            draw_focus_part(frame, ui, out);
            break;
        default:
            draw_purpose_part(frame, ui, out);
            break;
    }
}

void commit_undrawn_harvest_field(HarvestUiState& ui, FrameRequests& out) {
    commit_undrawn_field(ui.field, out);
}

void flush_harvest_edits(const Session& session, HarvestUiState& ui, FrameRequests& out) {
    flush_field(ui.field, out);
    std::vector<OpPayload> wording = unsaved_wording_ops(session.harvest, ui.purpose.editor);
    if (!wording.empty()) out.commit(std::move(wording));
}

}  // namespace hostspace::gui
