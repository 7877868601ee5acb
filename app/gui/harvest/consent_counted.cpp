// A counted consent round: a show of hands or cards, counted per response with - and + (each
// press one AdjustConsentCount, one undo step), like the voting tally's rows. An objection
// counted is written down with its reason (and who raised it, if they say).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/harvest/consent_parts.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

void adjust(ConsentPanel& p, const ConsentRound& round, ConsentKind kind, int delta) {
    p.ui.counted_row = kind;
    p.ui.message.clear();
    const AdjustConsentCount change{round.id, kind, delta};
    if (const auto refusal = count_refusal(p.session, change)) return consent_refuse(p, *refusal);
    p.out.commit({change});
}

void record_objection(ConsentPanel& p, const ConsentRound& round) {
    ConsentUiState& ui = p.ui;
    ui.message.clear();
    const RecordObjection op{round.id, new_uuid(), trim_space(ui.objection_by),
                             trim_space(ui.objection_reason)};
    if (const auto refusal = objection_refusal(p.session, op)) {
        ui.focus_reason = true;
        return consent_refuse(p, *refusal);
    }
    p.out.commit({op}, [&ui] {
        ui.objection_reason.clear();
        ui.objection_by.clear();
    });
}

const char* row_spot(ConsentKind kind, bool plus) {
    switch (kind) {
        case ConsentKind::agree:
            return plus ? "agree_plus" : "agree_minus";
        case ConsentKind::live_with:
            return plus ? "live_with_plus" : "live_with_minus";
        case ConsentKind::stand_aside:
            return plus ? "stand_aside_plus" : "stand_aside_minus";
        default:
            return plus ? "object_plus" : "object_minus";
    }
}

void draw_row(ConsentPanel& p, const ConsentRound& round, ConsentKind kind) {
    const float s = p.s;
    const bool highlighted = p.ui.has_keys && p.ui.counted_row == kind;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520 * s);
    const float height = ImGui::GetFrameHeight() + 8 * s;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height),
                        highlighted ? colours::selected_bg : colours::card, 4 * s);
    if (highlighted) {
        draw->AddRectFilled(at, ImVec2(at.x + 5 * s, at.y + height), colours::accent, 2 * s);
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x + 14 * s, at.y + 4 * s));
    const std::string label =
        std::string(1, consent_kind_key(kind)) + "  " + consent_kind_label(kind);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label.c_str());
    const float button = ImGui::GetFrameHeight();
    const float count_w = 56 * s;
    ImGui::SameLine(at.x - ImGui::GetWindowPos().x + width - 2 * button - count_w - 10 * s);
    if (ImGui::Button("−", ImVec2(button, button))) adjust(p, round, kind, -1);
    p.spot(row_spot(kind, false));
    ImGui::SameLine(0, 0);
    const std::string count = std::to_string(round.count_of(kind));
    ImGui::PushFont(p.frame.panel.fonts.bold);
    const float text_w = ImGui::CalcTextSize(count.c_str()).x;
    const ImVec2 count_at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(count_at.x + (count_w - text_w) / 2, count_at.y));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(count_at.x + count_w, count_at.y));
    if (ImGui::Button("+", ImVec2(button, button))) adjust(p, round, kind, +1);
    p.spot(row_spot(kind, true));
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height + 4 * s));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void handle_counted_keys(ConsentPanel& p, const ConsentRound& round) {
    for (ConsentKind kind : kConsentKinds) {
        const int digit = consent_kind_key(kind) - '0';
        if (ImGui::IsKeyPressed(GLFW_KEY_0 + digit, false) ||
            ImGui::IsKeyPressed(GLFW_KEY_KP_0 + digit, false)) {
            p.ui.counted_row = kind;
            p.ui.message.clear();
        }
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD, false)) {
        adjust(p, round, p.ui.counted_row, +1);
    } else if (ImGui::IsKeyPressed(GLFW_KEY_MINUS, false) ||
               ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT, false)) {
        adjust(p, round, p.ui.counted_row, -1);
    } else if (ImGui::IsKeyPressed(GLFW_KEY_O, false)) {
        p.ui.focus_reason = true;  // write the objection down
    }
}

void draw_counted_responses(ConsentPanel& p, const ConsentRound& round) {
    for (ConsentKind kind : kConsentKinds) {
        ImGui::PushID(static_cast<int>(kind));
        draw_row(p, round, kind);
        ImGui::PopID();
    }
    const OpenObjections open = open_objections(round);
    if (open.unrecorded_count > 0) {
        consent_text(p.frame.panel.fonts.caption, colours::error_text,
                     std::to_string(open.unrecorded_count) +
                         (open.unrecorded_count == 1 ? " objection was" : " objections were") +
                         " counted without a reason: write each one down below.");
    }
    ConsentUiState& ui = p.ui;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Objection");
    ImGui::SameLine();
    const float by_w = 150 * p.s;
    const float record_w =
        ImGui::CalcTextSize("Record objection").x + 2 * ImGui::GetStyle().FramePadding.x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(
        std::max(120 * p.s, ImGui::GetContentRegionAvail().x - by_w - record_w - 2 * gap));
    if (ui.focus_reason) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_reason = false;
    }
    if (ImGui::InputTextWithHint("##objection", "its reason (O)", &ui.objection_reason,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        record_objection(p, round);
    }
    p.spot("objection");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(by_w);
    if (ImGui::InputTextWithHint("##by", "who (optional)", &ui.objection_by,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        record_objection(p, round);
    }
    ImGui::SameLine();
    if (ImGui::Button("Record objection")) record_objection(p, round);
    p.spot("record_objection");
}

}  // namespace hostspace::gui
