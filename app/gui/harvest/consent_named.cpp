// A named consent round (pass the laptop): each person's name, typed or picked from the
// session's participants, their response and an optional reason (an objection needs one).
// One person's response is one commit: respond() records an objection with it, or marks their
// earlier objection withdrawn, so one Ctrl+Z takes it all back.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/harvest/consent_parts.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/session/participants.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

void record(ConsentPanel& p, const ConsentRound& round) {
    ConsentUiState& ui = p.ui;
    ui.message.clear();
    const std::string typed = trim_space(ui.person);
    if (ui.kind == ConsentKind::none) {
        return consent_refuse(p,
                              "Choose the response: 1 agree, 2 can live with it, 3 stand "
                              "aside or 4 object.");
    }
    // A name already in the round is that person (as first spelt), changing their response.
    const std::string person = consent_responder(round, typed).value_or(typed);
    const ConsentAnswer answer{ui.kind, trim_space(ui.reason)};
    if (const auto refusal =
            response_refusal(p.session, SetConsentResponse{round.id, person, answer})) {
        if (typed.empty()) ui.focus_person = true;
        if (answer.kind == ConsentKind::object && answer.reason.empty()) ui.focus_reason = true;
        return consent_refuse(p, *refusal);
    }
    p.out.commit(respond(round, person, answer, new_uuid), [&ui] {
        ui.person.clear();
        ui.reason.clear();
        ui.kind = ConsentKind::none;
        ui.focus_person = true;  // the laptop goes to the next person
    });
}

// The reason field takes the keyboard next: a reason typed (an objection needs one) or not,
// Enter there records the response.
void pick_kind(ConsentUiState& ui, ConsentKind kind) {
    ui.kind = kind;
    ui.message.clear();
    ui.focus_reason = true;
}

// The participants not yet in the round, to pick from instead of typing.
void draw_participant_picker(ConsentPanel& p, const ConsentRound& round) {
    const auto people = live_participants(p.session);
    ImGui::BeginDisabled(people.empty());
    if (ImGui::Button("Pick…")) ImGui::OpenPopup("people");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip(people.empty() ? "No participants in this session: type the name"
                                         : "Pick a participant (those who responded are marked)");
    }
    if (!ImGui::BeginPopup("people")) return;
    for (const Participant* person : people) {
        const std::string& name = person->name.value;
        const auto responder = consent_responder(round, name);
        const NamedResponse* given = responder ? round.find_response(*responder) : nullptr;
        const bool responded = given && given->answer.value.kind != ConsentKind::none;
        std::string label = name;
        if (responded)
            label += std::string("  (") + consent_kind_label(given->answer.value.kind) + ")";
        if (ImGui::Selectable(label.c_str())) {
            p.ui.person = name;
            p.ui.has_keys = true;
        }
    }
    ImGui::EndPopup();
}

void draw_responses_given(ConsentPanel& p, const ConsentRound& round) {
    const auto given = named_responses(round);
    if (given.empty()) return;
    ImGui::PushFont(p.frame.panel.fonts.caption);
    for (const NamedResponse* response : given) {
        const ConsentAnswer& a = response->answer.value;
        std::string line = response->person + " — " + consent_kind_label(a.kind);
        if (!a.reason.empty()) line += ": " + a.reason;
        ImGui::PushStyleColor(ImGuiCol_Text,
                              a.kind == ConsentKind::object ? colours::error_text : colours::text);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

}  // namespace

void handle_named_keys(ConsentPanel& p, const ConsentRound& round) {
    (void)round;
    // Digits only: the Purpose part's list keys (Enter, L, N, V...) may be live beside these.
    for (ConsentKind kind : kConsentKinds) {
        const int digit = consent_kind_key(kind) - '0';
        if (ImGui::IsKeyPressed(GLFW_KEY_0 + digit, false) ||
            ImGui::IsKeyPressed(GLFW_KEY_KP_0 + digit, false)) {
            pick_kind(p.ui, kind);
        }
    }
}

void draw_named_responses(ConsentPanel& p, const ConsentRound& round) {
    ConsentUiState& ui = p.ui;
    const float label_w = 90 * p.s;
    const Fonts& fonts = p.frame.panel.fonts;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Name");
    ImGui::SameLine(label_w);
    const float pick_w = ImGui::CalcTextSize("Pick…").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(std::min(
        320 * p.s, ImGui::GetContentRegionAvail().x - pick_w - ImGui::GetStyle().ItemSpacing.x));
    if (ui.focus_person) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_person = false;
    }
    // Enter in the name: record when a response is chosen, else hand the keys to 1-4.
    if (ImGui::InputTextWithHint("##person", "who responds", &ui.person,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        ui.has_keys = true;
        if (ui.kind != ConsentKind::none) record(p, round);
    }
    p.spot("name");
    ImGui::SameLine();
    draw_participant_picker(p, round);
    const auto existing = consent_responder(round, ui.person);
    if (existing && !trim_space(ui.person).empty()) {
        const NamedResponse* given = round.find_response(*existing);
        if (given && given->answer.value.kind != ConsentKind::none) {
            consent_text(fonts.caption, colours::timer_warning,
                         *existing + " has responded (" +
                             consent_kind_label(given->answer.value.kind) +
                             "): recording changes their response.");
        }
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Response");
    ImGui::SameLine(label_w);
    const char* spot_names[] = {"agree", "live_with", "stand_aside", "object"};
    int i = 0;
    for (ConsentKind kind : kConsentKinds) {
        if (i > 0) ImGui::SameLine();
        const std::string label =
            std::string(1, consent_kind_key(kind)) + " " + consent_kind_label(kind);
        if (ImGui::RadioButton(label.c_str(), ui.kind == kind)) pick_kind(ui, kind);
        p.spot(spot_names[i++]);
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Reason");
    ImGui::SameLine(label_w);
    const float record_w =
        ImGui::CalcTextSize("Record response").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - record_w -
                            ImGui::GetStyle().ItemSpacing.x);
    if (ui.focus_reason) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_reason = false;
    }
    const char* hint =
        ui.kind == ConsentKind::object ? "the objection: what would need to change" : "optional";
    if (ImGui::InputTextWithHint("##reason", hint, &ui.reason,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        ui.has_keys = true;
        record(p, round);
    }
    p.spot("reason");
    ImGui::SameLine();
    if (primary_button("Record response")) record(p, round);
    p.spot("record");
    draw_responses_given(p, round);
}

}  // namespace hostspace::gui
