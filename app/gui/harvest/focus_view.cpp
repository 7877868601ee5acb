// The Harvest place's Focus part: the questions that need deeper discussion, who brings each
// back and when, edited from the keyboard alone (Tab between fields, Enter on to the next row,
// Alt+Up/Down to move, Ctrl+Delete to delete) or with the mouse.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/gui/harvest/harvest_parts.hpp"
#include "app/gui/harvest/plans_rows.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/test_log.hpp"
#include "core/harvest/assignee_text.hpp"
#include "core/harvest/plans.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

EditFocusItem edit_of(const std::string& id) {
    return EditFocusItem{id};
}

void header_row(const PanelFrame& frame, const PlanColumns& c) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float x = ImGui::GetCursorPosX();
    muted_caption(frame.fonts, "Question for deeper discussion");
    ImGui::SameLine(x + c.first + gap);
    muted_caption(frame.fonts, "Who brings it back");
    ImGui::SameLine(x + c.first + c.who + 2 * gap);
    muted_caption(frame.fonts, "When");
}

void focus_row(const PanelFrame& frame, const FocusItem& item, std::size_t index, std::size_t count,
               const PlanColumns& c, HarvestUiState& ui, FrameRequests& out) {
    const Harvest& harvest = frame.session.harvest;
    PlansUiState& plans = ui.plans;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const std::string id = item.id;
    ImGui::PushID(id.c_str());
    bool active = false;
    RowError error;

    take_focus_if(plans.focus_next, id + ":question");
    error.note(edit_text_field("##question", "The question", item.question.value, c.first, ui.field,
                               out, [id](const std::string& typed) {
                                   if (auto refusal = focus_question_refusal(typed)) {
                                       return FieldOutcome{{}, *refusal};
                                   }
                                   EditFocusItem edit = edit_of(id);
                                   edit.question = trim_space(typed);
                                   return FieldOutcome{{edit}, ""};
                               }));
    active |= ImGui::IsItemActive();
    if (left_with_enter()) plans.focus_next = id + ":who";
    ImGui::SameLine(0, gap);
    take_focus_if(plans.focus_next, id + ":who");
    bool entered = false;
    error.note(edit_assignee_field(
        frame, "##who", "Who brings it back", item.who.value, c.who, ui.field, out,
        [id](const Assignee& who) {
            EditFocusItem edit = edit_of(id);
            edit.who = who;
            return std::vector<OpPayload>{edit};
        },
        &active, &entered));
    if (entered) plans.focus_next = id + ":when";
    ImGui::SameLine(0, gap);
    take_focus_if(plans.focus_next, id + ":when");
    error.note(edit_text_field("##when", "When: a date or a meeting", item.when.value, c.when,
                               ui.field, out, [id](const std::string& typed) {
                                   EditFocusItem edit = edit_of(id);
                                   edit.when = trim_space(typed);
                                   return FieldOutcome{{edit}, ""};
                               }));
    active |= ImGui::IsItemActive();
    if (left_with_enter()) {
        on_to_next_row(index, count, plans.focus_next, ":next-question", plans.new_focus);
    }
    ImGui::SameLine(0, gap);
    if (remove_button("×", "Delete this item (Ctrl+Delete in the row; Ctrl+Z brings it back)")) {
        out.commit({DeleteFocusItem{id}});
    }
    row_keys(
        active, index, ui.field, out,
        [&harvest, &id](std::size_t to) { return move_focus_item_to(harvest, id, to); },
        DeleteFocusItem{id});
    show_field_error(frame, error.text);
    ImGui::PopID();
}

void add_focus_item(const PanelFrame& frame, NewPlanRow& row, FrameRequests& out) {
    const Session& session = frame.session;
    if (auto refusal = focus_question_refusal(row.first)) {
        // Enter on a wholly empty row just keeps the keyboard there.
        row.error = row.who.empty() && row.when.empty() ? std::string() : *refusal;
        row.focus = "first";
        return;
    }
    row.error.clear();
    out.commit({new_focus_item(session.harvest, new_uuid(), trim_space(row.first),
                               assignee_from_text(session, row.who), trim_space(row.when))},
               clear_new_row(row));
    row.focus = "first";
}

void log_part(std::size_t rows, const PlansUiState& plans, const NewRowResult& added,
              std::string& last) {
    if (!test_log_enabled()) return;
    char line[600];
    std::snprintf(line, sizeof line, "focus rows=%zu new=%s add=%s error=\"%s\"", rows,
                  point_text(added.first).c_str(), point_text(added.add_button).c_str(),
                  plans.new_focus.error.c_str());
    if (last == line) return;
    last = line;
    note_for_tests(line);
}

}  // namespace

void draw_focus_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    const PanelFrame& panel = frame.panel;
    PlansUiState& plans = ui.plans;
    // Opened (a tab, Ctrl+4): the keyboard goes to the empty row, ready to type a question.
    if (plans.focus_drawn_frame != ImGui::GetFrameCount() - 1) plans.new_focus.focus = "first";
    plans.focus_drawn_frame = ImGui::GetFrameCount();
    frame.projector.harvest.show = HarvestShow::focus;

    const auto order = focus_in_order(panel.session.harvest);
    muted_caption(panel.fonts,
                  "Enter goes on to the next field and row · Tab moves between fields · "
                  "Alt+Up/Down moves a row · Ctrl+Delete deletes · Ctrl+Z undoes");
    ImGui::BeginChild("focus-list", ImVec2(0, 0), false);
    const PlanColumns c = plan_columns(0, 0, 220 * panel.scale);
    if (!order.empty()) header_row(panel, c);
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (plans.focus_next == ":next-question") {
            plans.focus_next = order[i]->id + ":question";
        }
        focus_row(panel, *order[i], i, order.size(), c, ui, out);
    }
    if (plans.focus_next == ":next-question") plans.focus_next.clear();
    ImGui::Spacing();
    const NewRowResult added = draw_new_plan_row(
        plans.new_focus, c,
        {"Add a question that needs deeper discussion…", "Who brings it back", "When"}, panel, out);
    if (added.add) add_focus_item(panel, plans.new_focus, out);
    if (order.empty()) {
        muted_caption(panel.fonts,
                      "No focus items yet: the questions to come back to, who brings each back "
                      "and when.");
    }
    ImGui::EndChild();
    log_part(order.size(), plans, added, plans.focus_log);
}

}  // namespace hostspace::gui
