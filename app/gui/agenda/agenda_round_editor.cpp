#include "app/gui/agenda/agenda_round_editor.hpp"

#include <imgui.h>

#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timer/timer_view.hpp"
#include "core/agenda/agenda_time.hpp"

namespace hostspace::gui {
namespace {

constexpr int kNewStepS = 5 * 60;

// A caption label in a fixed-width column, with the field after it on the same line.
void label(const PanelFrame& frame, const char* text) {
    const float x = ImGui::GetCursorPosX();
    muted_caption(frame.fonts, text);
    ImGui::SameLine(x + 78 * frame.scale);
}

void draw_length(const PanelFrame& frame, const Round& round, AgendaUiState& ui,
                 FrameRequests& out) {
    const float s = frame.scale;
    label(frame, "Length");
    const std::string id = round.id;
    const std::string error = edit_duration_field(
        "##length", round.duration_s.value, 64 * s, ui.field, out,
        [id](int seconds) {
            return std::vector<OpPayload>{EditRound{id, {}, {}, seconds}};
        },
        true, 1);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("min");
    ImGui::SameLine();
    // A single countdown becomes two steps: the round's own time first, then a new step.
    if (ImGui::Button("Split into steps")) {
        std::vector<RoundStep> steps = round_steps(round);
        steps.push_back({"Step 2", kNewStepS});
        out.commit({SetRoundSteps{round.id, steps}});
    }
    show_field_error(frame, error);
}

void draw_steps(const PanelFrame& frame, const Round& round, AgendaUiState& ui,
                FrameRequests& out) {
    const float s = frame.scale;
    const std::vector<RoundStep>& steps = round.steps.value;
    label(frame, "Steps");
    ImGui::NewLine();
    const float minutes_width = 56 * s;
    const float remove_width = ImGui::GetFrameHeight();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        // Steps have no ids: they are one value, replaced whole by SetRoundSteps, so the
        // position is what names a step here.
        ImGui::PushID(static_cast<int>(i));
        const float title_width = ImGui::GetContentRegionAvail().x - minutes_width - remove_width -
                                  ImGui::CalcTextSize("min").x - 3 * gap;
        std::vector<RoundStep> changed = steps;
        bool commit = false;
        // The steps as drawn, so a text committed later (the editor folded meanwhile) still
        // replaces only its own step.
        const std::string id = round.id;
        edit_text_field("##title", "Step title", steps[i].title, title_width, ui.field, out,
                        [id, steps, i](const std::string& title) {
                            std::vector<RoundStep> with = steps;
                            with[i].title = title;
                            return FieldOutcome{{SetRoundSteps{id, with}}, ""};
                        });
        ImGui::SameLine();
        const std::string error = edit_duration_field(
            "##minutes", steps[i].duration_s, minutes_width, ui.field, out,
            [id, steps, i](int seconds) {
                std::vector<RoundStep> with = steps;
                with[i].duration_s = seconds;
                return std::vector<OpPayload>{SetRoundSteps{id, with}};
            },
            true, 1);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("min");
        ImGui::SameLine();
        if (ImGui::Button("×", ImVec2(remove_width, 0))) {
            changed.erase(changed.begin() + static_cast<std::ptrdiff_t>(i));
            if (changed.empty()) {
                // The last step goes: the round keeps its length as one countdown.
                out.commit({SetRoundSteps{round.id, {}},
                            EditRound{round.id, {}, {}, steps[i].duration_s}});
            } else {
                commit = true;
            }
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this step");
        if (commit) out.commit({SetRoundSteps{round.id, changed}});
        show_field_error(frame, error);
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add step")) {
        std::vector<RoundStep> more = steps;
        more.push_back({"Step " + std::to_string(steps.size() + 1), kNewStepS});
        out.commit({SetRoundSteps{round.id, more}});
    }
    ImGui::SameLine();
    ImGui::PushFont(frame.fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Round: %s", format_length(round_duration_s(round)).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace

void draw_round_editor(const PanelFrame& frame, const Round& round, AgendaUiState& ui,
                       FrameRequests& out) {
    const float s = frame.scale;
    ImGui::PushID(round.id.c_str());
    ImGui::PushID("editor");
    ImGui::Indent(10 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * s, 6 * s));
    ImGui::Dummy(ImVec2(0, 2 * s));

    const std::string id = round.id;
    label(frame, "Title");
    edit_text_field("##round-title", "Round title", round.title.value, 0, ui.field, out,
                    [id](const std::string& title) {
                        return FieldOutcome{{EditRound{id, title, {}, {}}}, ""};
                    });
    label(frame, "Question");
    edit_text_field("##question", "The question for this round", round.question.value, 0, ui.field,
                    out, [id](const std::string& question) {
                        return FieldOutcome{{EditRound{id, {}, question, {}}}, ""};
                    });
    if (round.steps.value.empty()) {
        draw_length(frame, round, ui, out);
    } else {
        draw_steps(frame, round, ui, out);
    }
    // A circle passes the talking piece; T does the same with the round selected.
    draw_talking_piece_option(frame, round, ui.field, out, false);

    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool running = frame.session.timer.run.value.round_id == round.id;
    ImGui::BeginDisabled(running);
    if (ImGui::Button("▶  Start this round", ImVec2((width - gap) / 2, 0))) {
        out.commit({StartRound{round.id, 0, frame.now_ms}});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
    if (ImGui::Button("Remove round", ImVec2((width - gap) / 2, 0))) {
        out.commit({RemoveRound{id}}, [&ui, id] {
            if (ui.selected == id) ui.selected.clear();
        });
    }
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete; Ctrl+Z brings it back");

    ImGui::Dummy(ImVec2(0, 2 * s));
    ImGui::PopStyleVar();
    ImGui::Unindent(10 * s);
    ImGui::PopID();
    ImGui::PopID();
}

}  // namespace hostspace::gui
