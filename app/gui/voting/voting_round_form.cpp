// The "New voting round" form: what is voted on, the dots each person has, the most one
// person may put on one item, named or anonymous ballots, and when the room sees the
// results. Its rules are fixed once the round opens: other rules make another round.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "New voting round###voting-round-form";
constexpr int kMostDots = 20;

std::string default_title(const Session& session, VoteTarget target) {
    if (target == VoteTarget::drafts) return "Which purpose draft speaks for us?";
    const std::string question = trim_space(session.meta.question.value);
    return question.empty() ? "Which matter most?" : question;
}

void label(const PanelFrame& frame, const char* text) {
    ImGui::PushFont(frame.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void hint(const PanelFrame& frame, const char* text) {
    ImGui::SameLine();
    muted_caption(frame.fonts, text);
}

// Two radio buttons for a yes/no choice: true picks the second.
void choice(const char* first, const char* second, bool& value) {
    if (ImGui::RadioButton(first, !value)) value = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(second, value)) value = true;
}

void draw_fields(const PanelFrame& frame, RoundFormState& form) {
    const float s = frame.scale;
    const float column = 190 * s;
    VotingRules& rules = form.rules;

    label(frame, "Question");
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(-1);
    if (form.focus_title) {
        ImGui::SetKeyboardFocusHere();
        form.focus_title = false;
    }
    ImGui::InputText("##title", &form.title);

    label(frame, "Vote on");
    ImGui::SameLine(column);
    if (ImGui::RadioButton("Notes", rules.target == VoteTarget::notes)) {
        rules.target = VoteTarget::notes;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Themes (groups)", rules.target == VoteTarget::groups)) {
        rules.target = VoteTarget::groups;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Purpose drafts", rules.target == VoteTarget::drafts)) {
        rules.target = VoteTarget::drafts;
    }

    label(frame, "Dots per person");
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(130 * s);
    ImGui::InputInt("##dots", &rules.dots_per_person, 1, 1);
    rules.dots_per_person = std::clamp(rules.dots_per_person, 1, kMostDots);
    hint(frame, "1 to 20");

    label(frame, "Most on one item");
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(130 * s);
    ImGui::InputInt("##most", &rules.per_item_max, 1, 1);
    rules.per_item_max = std::clamp(rules.per_item_max, 0, kMostDots);
    hint(frame, rules.per_item_max == 0 ? "0: no limit" : "dots from one person");

    label(frame, "Ballots");
    ImGui::SameLine(column);
    choice("Named", "Anonymous", rules.anonymous);

    label(frame, "Results");
    ImGui::SameLine(column);
    choice("Hidden until revealed", "Shown live", rules.live_results);
}

}  // namespace

void draw_round_form(const PanelFrame& frame, VotingUiState& ui, FrameRequests& out) {
    RoundFormState& form = ui.form;
    if (form.open_requested) {
        form.open_requested = false;
        form.rules = VotingRules{};
        form.rules.target = form.preset_target.value_or(VoteTarget::notes);
        form.preset_target.reset();
        form.title = default_title(frame.session, form.rules.target);
        form.focus_title = true;
        ImGui::OpenPopup(kPopup);
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(620 * s, display.x * 0.9f), 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize)) {
        return;
    }
    draw_fields(frame, form);

    ImGui::Spacing();
    text_line(frame.fonts.caption, colours::text_muted,
              "Enter opens the round, Esc cancels. The rules stay as they are once it opens.");
    ImGui::Spacing();
    const float open_w = ImGui::CalcTextSize("Open the round").x + 40 * s;
    const float cancel_w = ImGui::CalcTextSize("Cancel").x + 40 * s;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - open_w - cancel_w -
                         ImGui::GetStyle().ItemSpacing.x);
    bool cancel = ImGui::Button("Cancel", ImVec2(cancel_w, 0));
    ImGui::SameLine();
    bool open = primary_button("Open the round", ImVec2(open_w, 0));
    cancel = cancel || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    // Enter in any field opens it: the fields have taken what was typed this frame already.
    open = open || ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
           ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false);
    if (open && !cancel) {
        const std::string id = new_uuid();
        const std::string title = trim_space(form.title);
        OpenVotingRound op{id,
                           title.empty() ? default_title(frame.session, form.rules.target) : title,
                           form.rules};
        out.commit({std::move(op)}, [&ui, id] {
            ui.round = id;
            ui.show_section = true;  // its ballots and results are in the side panel
        });
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace hostspace::gui
