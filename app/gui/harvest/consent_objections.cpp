// The round's objections: each with who raised it and its reason; the open ones in the error
// colour with Resolve… (how: amended, withdrawn, held to the review, other, and a note), the
// resolved ones with how. An open objection is what keeps Mark agreed disabled.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/gui/harvest/consent_parts.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr ObjectionOutcome kOutcomes[] = {ObjectionOutcome::amended, ObjectionOutcome::withdrawn,
                                          ObjectionOutcome::held_to_review,
                                          ObjectionOutcome::other};

const char* outcome_choice(ObjectionOutcome outcome) {
    switch (outcome) {
        case ObjectionOutcome::amended:
            return "Amended";
        case ObjectionOutcome::withdrawn:
            return "Withdrawn";
        case ObjectionOutcome::held_to_review:
            return "Held to the review";
        default:
            return "Other";
    }
}

std::string describe(const Objection& objection) {
    const std::string who = objection.by.empty() ? "An objection" : objection.by + " objects";
    return who + ": " + objection.reason;
}

void draw_resolve_form(ConsentPanel& p, const ConsentRound& round, const Objection& objection) {
    ConsentUiState& ui = p.ui;
    ImGui::Indent(16 * p.s);
    for (ObjectionOutcome outcome : kOutcomes) {
        if (outcome != kOutcomes[0]) ImGui::SameLine();
        if (ImGui::RadioButton(outcome_choice(outcome), ui.outcome == outcome)) {
            ui.outcome = outcome;
        }
    }
    const float save_w = ImGui::CalcTextSize("Save").x + 2 * ImGui::GetStyle().FramePadding.x;
    const float cancel_w = ImGui::CalcTextSize("Cancel").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - save_w - cancel_w -
                            2 * ImGui::GetStyle().ItemSpacing.x);
    bool save = ImGui::InputTextWithHint("##resolve-note", "how it was resolved (optional)",
                                         &ui.resolve_note, ImGuiInputTextFlags_EnterReturnsTrue);
    p.spot("resolve_note");
    ImGui::SameLine();
    save = primary_button("Save") || save;
    p.spot("resolve_save");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ui.resolving.clear();
    ImGui::Unindent(16 * p.s);
    if (!save) return;
    const ResolveObjection op{round.id, objection.id, {ui.outcome, trim_space(ui.resolve_note)}};
    p.out.commit({op}, [&ui] {
        ui.resolving.clear();
        ui.resolve_note.clear();
    });
}

}  // namespace

void draw_objections(ConsentPanel& p, const ConsentRound& round) {
    const auto objections = live_objections(round);
    if (objections.empty()) return;
    ImGui::Spacing();
    ImGui::PushFont(p.frame.panel.fonts.bold);
    ImGui::TextUnformatted("Objections");
    ImGui::PopFont();
    const bool agreed = round.agreement.value.agreed;
    for (const Objection* objection : objections) {
        ImGui::PushID(objection->id.c_str());
        const ObjectionResolution& r = objection->resolution.value;
        const bool open = r.outcome == ObjectionOutcome::open;
        if (open) {
            consent_text(p.frame.panel.fonts.body, colours::error_text, describe(*objection));
            if (!agreed && p.ui.resolving != objection->id) {
                if (ImGui::SmallButton("Resolve…")) {
                    p.ui.resolving = objection->id;
                    p.ui.outcome = ObjectionOutcome::withdrawn;
                    p.ui.resolve_note.clear();
                }
                p.spot("resolve");
            }
            if (p.ui.resolving == objection->id) draw_resolve_form(p, round, *objection);
        } else {
            std::string how = describe(*objection) + " — " + objection_outcome_words(r.outcome);
            if (!r.note.empty()) how += ": " + r.note;
            consent_text(p.frame.panel.fonts.caption, colours::text_muted, how);
        }
        ImGui::PopID();
    }
}

}  // namespace hostspace::gui
