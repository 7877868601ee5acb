// Amending and agreeing: the facilitator amends the wording with the room and asks again (a new
// version, the old kept, the open objections resolved by amendment, a new round); Mark agreed
// with today's date and an optional review date, disabled with core's reason beside it while
// anything stands in the way; and once agreed, the record: the date, the counts, every
// objection raised on the way and how it was resolved, the review date.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/harvest/consent_parts.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/drafts.hpp"
#include "core/session/meta.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

// Who wrote an amended version: the session's hosts, who hold the pen for the room.
std::string amend_author(const Session& session) {
    const std::string hosts = trim_space(session.meta.hosts.value);
    return hosts.empty() ? "Facilitator" : hosts;
}

void ask_again_amended(ConsentPanel& p, const ConsentRound& round, const Draft& draft) {
    ConsentUiState& ui = p.ui;
    ui.message.clear();
    const std::string text = trim_space(ui.amend_text);
    if (const auto refusal = draft_text_refusal(text)) return consent_refuse(p, *refusal);
    if (text == current_text(draft)) {
        return consent_refuse(p,
                              "The wording is unchanged: change it, or use Ask again as it "
                              "is.");
    }
    auto ops = amend_and_ask_again(p.session.harvest, round.id, new_uuid(), text,
                                   amend_author(p.session), new_uuid());
    if (ops.empty()) return consent_refuse(p, "This wording cannot be asked about again.");
    p.out.commit(std::move(ops), [&ui] {
        ui.amending = false;
        ui.amend_text.clear();
    });
}

// Every objection raised in the rounds on the same subject (the same draft, or the
// principles), oldest round first: the record keeps them all.
std::vector<const Objection*> objections_on_the_way(const Harvest& harvest,
                                                    const ConsentRound& round) {
    std::vector<const Objection*> all;
    for (const ConsentRound& other : harvest.consent_rounds) {
        if (other.deleted.value || other.subject != round.subject) continue;
        if (round.subject == ConsentSubject::purpose && other.draft_id != round.draft_id) continue;
        for (const Objection* objection : live_objections(other)) all.push_back(objection);
    }
    return all;
}

}  // namespace

void draw_amend(ConsentPanel& p, const ConsentRound& round, const Draft& draft) {
    ConsentUiState& ui = p.ui;
    if (!ui.amending) {
        if (ImGui::Button("Amend and ask again…")) {
            ui.amending = true;
            ui.focus_amend = true;
            ui.amend_text = current_text(draft);
            ui.message.clear();
        }
        p.spot("amend");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(
                "Change the wording with the room (M); the old wording is kept, "
                "open objections are marked resolved by amendment, and a new "
                "round asks again");
        }
        ImGui::SameLine();
        return;
    }
    consent_text(p.frame.panel.fonts.caption, colours::text_muted,
                 "The amended wording (Ctrl+Enter asks again with it, Esc cancels):");
    if (ui.focus_amend) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_amend = false;
    }
    const float height = ImGui::GetTextLineHeight() * 4 + 2 * ImGui::GetStyle().FramePadding.y;
    const bool ctrl_enter = ImGui::InputTextMultiline("##amend", &ui.amend_text, ImVec2(-1, height),
                                                      ImGuiInputTextFlags_EnterReturnsTrue);
    p.spot("amend_text");
    // Esc lets go of the field (and ImGui puts its text back): the editor closes with it.
    const bool escape = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    bool ask = primary_button("Ask again with this wording") || ctrl_enter;
    p.spot("ask_amended");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || escape) {
        ui.amending = false;
        ask = false;
    }
    if (ask) ask_again_amended(p, round, draft);
}

void draw_mark_agreed(ConsentPanel& p, const ConsentRound& round) {
    ConsentUiState& ui = p.ui;
    const std::string today = local_date_iso(p.frame.panel.now_ms);
    const SetConsentAgreement op{round.id, {true, today, trim_space(ui.review_date)}};
    const auto refusal = agreement_refusal(p.session, op);
    p.can_agree = refusal ? "no" : "yes";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Review on");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130 * p.s);
    bool mark = ImGui::InputTextWithHint("##review", "YYYY-MM-DD", &ui.review_date,
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    p.spot("review");
    ImGui::SameLine();
    ImGui::BeginDisabled(refusal.has_value());
    mark = primary_button("Mark agreed") || mark;
    ImGui::EndDisabled();
    p.spot("mark");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Agreed on %s%s; Ctrl+Z undoes it", today.c_str(),
                          ui.review_date.empty() ? "" : ", to be reviewed on the date given");
    }
    if (refusal) {
        consent_text(p.frame.panel.fonts.caption, colours::error_text,
                     "Not yet agreed: " + *refusal);
        if (mark) consent_refuse(p, *refusal);
        return;
    }
    if (!mark) return;
    ui.message.clear();
    p.out.commit({op});
}

void draw_agreed_record(ConsentPanel& p, const ConsentRound& round) {
    const Fonts& fonts = p.frame.panel.fonts;
    const Agreement& agreement = round.agreement.value;
    const ConsentCounts counts = consent_counts(round);
    consent_text(fonts.bold, colours::saved,
                 "Agreed on " + agreement.date + " · " + consent_counts_text(counts));
    if (round.subject == ConsentSubject::purpose) {
        const Draft* draft = p.session.harvest.find_draft(round.draft_id);
        const DraftVersion* version = draft ? draft->find_version(round.version_id) : nullptr;
        if (version) consent_text(fonts.body, colours::text, "“" + version->text + "”");
    }
    for (const Objection* objection : objections_on_the_way(p.session.harvest, round)) {
        const ObjectionResolution& r = objection->resolution.value;
        std::string line = (objection->by.empty() ? "An objection" : objection->by + " objected") +
                           ": " + objection->reason + " — " + objection_outcome_words(r.outcome);
        if (!r.note.empty()) line += ": " + r.note;
        consent_text(fonts.caption, colours::text, line);
    }
    consent_text(fonts.caption, colours::text_muted,
                 (agreement.review_date.empty() ? std::string("No review date")
                                                : "To be reviewed on " + agreement.review_date) +
                     ". Ctrl+Z undoes the agreement.");
}

}  // namespace hostspace::gui
