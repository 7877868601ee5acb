// Consent rounds in the Harvest place: on a purpose draft's wording, or on the principles. Asks
// for consent (named or counted), takes the responses, keeps the objections, amends and asks
// again, and marks the wording agreed once nothing stands in the way. The rules are core's
// (core/harvest/consent.hpp); this draws them and emits their ops.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cfloat>
#include <cstdio>

#include "app/gui/harvest/consent_parts.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/harvest/drafts.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

// The transient text belongs to one round: another round (a new one asked, or undo) starts
// clean, keeping only how rounds are taken.
void follow_round(ConsentUiState& ui, const ConsentRound* round) {
    const std::string id = round ? round->id : "";
    if (ui.round_id == id) return;
    ConsentUiState fresh;
    fresh.round_id = id;
    fresh.mode = ui.mode;
    fresh.has_keys = ui.has_keys;
    fresh.focus_person = ui.has_keys && round && round->mode == ConsentMode::named;
    fresh.review_date = ui.review_date;
    fresh.log_line = ui.log_line;
    fresh.shape = ui.shape;
    fresh.vote_log = ui.vote_log;
    ui = fresh;
}

// Named or counted, and Ask for consent.
void draw_ask(ConsentPanel& p, const OpenConsentRound& asked, const char* what) {
    consent_text(p.frame.panel.fonts.caption, colours::text_muted,
                 std::string("No consent round on ") + what +
                     " yet. Named: pass the laptop, each person gives their response. Counted: "
                     "a show of hands or cards, counted here.");
    if (ImGui::RadioButton("Named (pass the laptop)", p.ui.mode == ConsentMode::named)) {
        p.ui.mode = ConsentMode::named;
    }
    p.spot("named");
    ImGui::SameLine();
    if (ImGui::RadioButton("Counted (hands or cards)", p.ui.mode == ConsentMode::counted)) {
        p.ui.mode = ConsentMode::counted;
    }
    p.spot("counted");
    ImGui::SameLine();
    if (primary_button("Ask for consent")) {
        OpenConsentRound op = asked;
        op.id = new_uuid();
        op.mode = p.ui.mode;
        p.ui.message.clear();
        if (const auto refusal = open_consent_refusal(p.session, op)) {
            consent_refuse(p, *refusal);
        } else {
            ConsentUiState& ui = p.ui;
            p.out.commit({op}, [&ui] {
                ui.has_keys = true;
                ui.focus_person = true;
            });
        }
    }
    p.spot("ask");
}

// "Ask again" on the current wording (or the principles as they are now): a new round, the
// open objections marked resolved by amendment.
void ask_again_button(ConsentPanel& p, const ConsentRound& round, const char* label) {
    if (ImGui::Button(label)) {
        const auto ops = ask_again(p.session.harvest, round.id, new_uuid());
        if (ops.empty()) {
            consent_refuse(p, "There is no current wording to ask about.");
        } else {
            p.ui.message.clear();
            p.out.commit(ops);
        }
    }
    p.spot("ask_again");
}

void draw_open_round(ConsentPanel& p, const ConsentRound& round, const Draft* draft) {
    const Fonts& fonts = p.frame.panel.fonts;
    const bool named = round.mode == ConsentMode::named;
    consent_text(fonts.caption, colours::text_muted,
                 named ? "Named round: type or pick each person's name and press Enter, then "
                         "1 agree, 2 can live with it, 3 stand aside or 4 object; type a reason "
                         "(an objection needs one) and Enter records it."
                       : "Counted round: count the hands or cards for each response (1-4 pick "
                         "a row, + and - change it).");
    consent_text(fonts.bold, colours::text, consent_counts_text(consent_counts(round)));
    if (draft) {
        const DraftVersion* current = current_version(*draft);
        if (!current || current->id != round.version_id) {
            consent_text(fonts.caption, colours::timer_warning,
                         "The wording changed after this round was asked: ask again on the "
                         "current wording before marking it agreed.");
            ask_again_button(p, round, "Ask again on the current wording");
        }
    }
    ImGui::Spacing();
    if (named) {
        draw_named_responses(p, round);
    } else {
        draw_counted_responses(p, round);
    }
    draw_objections(p, round);
    ImGui::Spacing();
    if (draft) {
        draw_amend(p, round, *draft);
    } else {
        ask_again_button(p, round, "Ask again");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(
                "After the principles were edited: a new round on them as they "
                "are now; open objections are marked resolved by amendment");
        }
    }
    draw_mark_agreed(p, round);
}

const char* kinds_log(ConsentKind kind) {
    return kind == ConsentKind::none ? "-" : consent_kind_name(kind);
}

// For the GUI tests: the round's state and where its controls are, once per change.
void log_consent(ConsentPanel& p, const ConsentRound* round, ConsentSubject subject,
                 const std::string& label) {
    if (!test_log_enabled()) return;
    std::string line = std::string("consent subject=") + consent_subject_name(subject);
    if (subject == ConsentSubject::purpose) line += " draft=" + log_quoted(label);
    if (!round) {
        line += " round=-";
    } else {
        const ConsentCounts c = consent_counts(*round);
        const Agreement& a = round->agreement.value;
        char counts[120];
        std::snprintf(counts, sizeof counts, " counts=%d/%d/%d/%d open=%d", c.agree, c.live_with,
                      c.stand_aside, c.object, open_objections(*round).total());
        line += " round=" + round->id.substr(0, 8) + " mode=" + consent_mode_name(round->mode) +
                counts + " agreed=" + (a.agreed ? "yes" : "no") +
                " date=" + (a.date.empty() ? "-" : a.date) +
                " review=" + (a.review_date.empty() ? "-" : a.review_date) +
                " can_agree=" + p.can_agree + " kind=" + kinds_log(p.ui.kind) +
                " keys=" + (p.ui.has_keys ? "yes" : "no") +
                " amending=" + (p.ui.amending ? "yes" : "no");
    }
    for (const auto& [name, at] : p.spots) {
        char spot[80];
        std::snprintf(spot, sizeof spot, " %s=%.0f,%.0f", name.c_str(), at.x, at.y);
        line += spot;
    }
    if (line == p.ui.log_line) return;
    p.ui.log_line = line;
    note_for_tests(line);
}

// The keys act once the round was clicked in (or a response typed): a click elsewhere in the
// window hands them back.
void settle_keys(ConsentPanel& p, ImVec2 min, ImVec2 max) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        p.ui.has_keys = ImGui::IsMouseHoveringRect(min, max, false);
    }
    if (ImGui::IsAnyItemActive() && ImGui::IsMouseHoveringRect(min, max, false)) {
        p.ui.has_keys = true;
    }
}

// What changes the round's height or what the facilitator acts on next.
std::string shape_of(const ConsentPanel& p, const ConsentRound* round) {
    if (!round) return "-";
    const ConsentCounts c = consent_counts(*round);
    return round->id + " " + std::to_string(c.total()) + " " +
           std::to_string(round->objections.size()) + " " +
           std::to_string(open_objections(*round).total()) +
           (round->agreement.value.agreed ? " agreed" : "") + (p.ui.amending ? " amending" : "") +
           " " + p.ui.resolving + " " + p.ui.message;
}

// After a change (a round asked, a response, an objection, the editor opened), the round is
// brought into view in the scrolling column: its foot (Mark agreed) if it all fits, else its
// head (the name field).
// A round first shown (another draft picked, the part opened) stays where the column puts it:
// the draft's label and buttons above it must not scroll away.
void keep_in_view(ConsentPanel& p, const ConsentRound* round, const std::string& owner, ImVec2 top,
                  ImVec2 bottom) {
    const std::string shape = shape_of(p, round);
    if (shape == p.ui.shape && owner == p.ui.shape_owner) return;
    const bool first_shown = owner != p.ui.shape_owner;
    p.ui.shape = shape;
    p.ui.shape_owner = owner;
    if (first_shown) return;
    const float window_top = ImGui::GetWindowPos().y;
    const float window_bottom = window_top + ImGui::GetWindowHeight();
    if (top.y >= window_top && bottom.y <= window_bottom) return;
    if (bottom.y - top.y <= window_bottom - window_top) {
        ImGui::SetScrollHereY(1.0f);
    } else {
        ImGui::SetScrollFromPosY(top.y - window_top, 0.0f);
    }
}

bool keys_free() {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.WantTextInput && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper &&
           !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

void draw_round(const HarvestFrame& frame, HarvestUiState& harvest, FrameRequests& out,
                ConsentSubject subject, const Draft* draft) {
    ConsentPanel p{frame, harvest.consent, out, frame.panel.session, frame.panel.scale, {}, "-"};
    const Harvest& h = p.session.harvest;
    const ConsentRound* round = latest_consent_round(h, subject, draft ? draft->id : "");
    follow_round(p.ui, round);
    ImGui::PushID(draft ? draft->id.c_str() : "principles-consent");
    ImGui::Separator();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::PushFont(frame.panel.fonts.bold);
    ImGui::TextUnformatted(draft ? "Consent on this wording" : "Consent on the principles");
    ImGui::PopFont();

    if (round && keys_free() && p.ui.has_keys && !round->agreement.value.agreed) {
        if (round->mode == ConsentMode::named) {
            handle_named_keys(p, *round);
        } else {
            handle_counted_keys(p, *round);
        }
        if (draft && !p.ui.amending && ImGui::IsKeyPressed(GLFW_KEY_M, false)) {
            p.ui.amending = true;
            p.ui.focus_amend = true;
            p.ui.amend_text = current_text(*draft);
        }
    }
    if (!round) {
        OpenConsentRound asked{"", ConsentSubject::principles, "", "", p.ui.mode};
        if (draft) asked = ask_consent_on_draft(*draft, "", p.ui.mode);
        draw_ask(p, asked, draft ? "this wording" : "the principles");
    } else if (round->agreement.value.agreed) {
        draw_agreed_record(p, *round);
        ask_again_button(p, *round, "Ask again");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(
                "A new round (the agreement stays on record); Ctrl+Z undoes the "
                "agreement instead");
        }
    } else {
        draw_open_round(p, *round, draft);
    }
    if (!p.ui.message.empty()) draw_message_band(p.ui.message, frame.panel.fonts.bold, p.s);
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y);
    settle_keys(p, top, bottom);
    keep_in_view(p, round, std::string(consent_subject_name(subject)) + (draft ? draft->id : ""),
                 top, bottom);
    ImGui::PopID();
    log_consent(p, round, subject, draft ? draft->label.value : "");
}

}  // namespace

void ConsentPanel::spot(const char* name) {
    spots.emplace_back(name, last_item_centre());
}

const char* consent_kind_label(ConsentKind kind) {
    switch (kind) {
        case ConsentKind::agree:
            return "Agree";
        case ConsentKind::live_with:
            return "Can live with it";
        case ConsentKind::stand_aside:
            return "Stand aside";
        case ConsentKind::object:
            return "Object";
        case ConsentKind::none:
            break;
    }
    return "No response";
}

char consent_kind_key(ConsentKind kind) {
    switch (kind) {
        case ConsentKind::agree:
            return '1';
        case ConsentKind::live_with:
            return '2';
        case ConsentKind::stand_aside:
            return '3';
        case ConsentKind::object:
            return '4';
        case ConsentKind::none:
            break;
    }
    return ' ';
}

std::string consent_counts_text(const ConsentCounts& counts) {
    std::string text;
    const auto add = [&](int n, const char* one, const char* many) {
        if (n == 0) return;
        text += (text.empty() ? "" : " · ") + std::to_string(n) + " " + (n == 1 ? one : many);
    };
    add(counts.agree, "agrees", "agree");
    add(counts.live_with, "can live with it", "can live with it");
    add(counts.stand_aside, "stands aside", "stand aside");
    add(counts.object, "objects", "object");
    return text.empty() ? "No responses yet" : text;
}

const char* objection_outcome_words(ObjectionOutcome outcome) {
    switch (outcome) {
        case ObjectionOutcome::amended:
            return "resolved by amendment";
        case ObjectionOutcome::withdrawn:
            return "withdrawn";
        case ObjectionOutcome::held_to_review:
            return "held to the review";
        case ObjectionOutcome::other:
            return "resolved";
        case ObjectionOutcome::open:
            break;
    }
    return "open";
}

void consent_refuse(ConsentPanel& p, const std::string& why) {
    p.ui.message = why;
    note_for_tests("consent refused reason=" + log_quoted(why));
}

void consent_text(ImFont* font, ImU32 colour, const std::string& text) {
    text_line(font, colour, text);
}

void draw_draft_consent(const HarvestFrame& frame, HarvestUiState& ui, const Draft& draft,
                        FrameRequests& out) {
    draw_round(frame, ui, out, ConsentSubject::purpose, &draft);
}

void draw_principles_consent(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    draw_round(frame, ui, out, ConsentSubject::principles, nullptr);
}

}  // namespace hostspace::gui
