// The Harvest place's Actions part: rows of what, who, by when, done and the principle each
// serves, edited from the keyboard alone (Tab between fields, Enter on to the next row,
// Alt+Up/Down to move, Ctrl+Delete to delete, Ctrl+D done) or with the mouse.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
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
#include "core/harvest/principles.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

struct Spots {
    ImVec2 first_done, new_first, add;
};

EditAction edit_of(const std::string& id) {
    return EditAction{id};
}

void header_row(const PanelFrame& frame, const PlanColumns& c) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float x = ImGui::GetCursorPosX();
    muted_caption(frame.fonts, "Done");
    ImGui::SameLine(x + c.lead + gap);
    muted_caption(frame.fonts, "What");
    ImGui::SameLine(x + c.lead + c.first + 2 * gap);
    muted_caption(frame.fonts, "Who");
    ImGui::SameLine(x + c.lead + c.first + c.who + 3 * gap);
    muted_caption(frame.fonts, "By when");
    ImGui::SameLine(x + c.lead + c.first + c.who + c.when + 4 * gap);
    muted_caption(frame.fonts, "Principle it serves");
}

// Ctrl+P's step through the principles an action may serve: each live one in order, then none.
std::string next_principle(const Harvest& harvest, const std::string& current) {
    const auto order = principles_in_order(harvest);
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i]->id == current) return i + 1 < order.size() ? order[i + 1]->id : "";
    }
    return order.empty() ? "" : order.front()->id;
}

// The principle an action serves: none or one of the live principles.
void principle_combo(const Harvest& harvest, const Action& action, float width,
                     FrameRequests& out) {
    const Principle* linked = harvest.find_principle(action.principle_id.value);
    std::string preview = "No principle";
    if (linked) {
        preview = linked->title.value.empty() ? "(untitled)" : linked->title.value;
        if (linked->deleted.value) preview += " (deleted)";
    }
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("##principle", preview.c_str())) return;
    auto link = [&](const std::string& id) {
        if (id == action.principle_id.value || action_principle_refusal(harvest, id)) return;
        EditAction edit = edit_of(action.id);
        edit.principle_id = id;
        out.commit({edit});
    };
    if (ImGui::Selectable("No principle", action.principle_id.value.empty())) link("");
    for (const Principle* principle : principles_in_order(harvest)) {
        ImGui::PushID(principle->id.c_str());
        const std::string label =
            principle->title.value.empty() ? "(untitled)" : principle->title.value;
        if (ImGui::Selectable(label.c_str(), principle->id == action.principle_id.value)) {
            link(principle->id);
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void action_row(const PanelFrame& frame, const Action& action, std::size_t index, std::size_t count,
                const PlanColumns& c, HarvestUiState& ui, Spots& spots, FrameRequests& out) {
    const Session& session = frame.session;
    const Harvest& harvest = session.harvest;
    PlansUiState& plans = ui.plans;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const std::string id = action.id;
    ImGui::PushID(id.c_str());
    bool active = false;
    RowError error;

    bool done = action.status.value == ActionStatus::done;
    if (ImGui::Checkbox("##done", &done)) out.commit(toggle_action_done(harvest, id));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Done (Ctrl+D in the row)");
    if (index == 0) {
        spots.first_done = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                                  (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
    }
    ImGui::SameLine(0, gap);
    take_focus_if(plans.focus_next, id + ":what");
    error.note(edit_text_field("##what", "What will be done", action.what.value, c.first, ui.field,
                               out, [id](const std::string& typed) {
                                   if (auto refusal = action_what_refusal(typed)) {
                                       return FieldOutcome{{}, *refusal};
                                   }
                                   EditAction edit = edit_of(id);
                                   edit.what = trim_space(typed);
                                   return FieldOutcome{{edit}, ""};
                               }));
    active |= ImGui::IsItemActive();
    if (left_with_enter()) plans.focus_next = id + ":who";
    ImGui::SameLine(0, gap);
    take_focus_if(plans.focus_next, id + ":who");
    bool entered = false;
    error.note(edit_assignee_field(
        frame, "##who", "Who", action.who.value, c.who, ui.field, out,
        [id](const Assignee& who) {
            EditAction edit = edit_of(id);
            edit.who = who;
            return std::vector<OpPayload>{edit};
        },
        &active, &entered));
    if (entered) plans.focus_next = id + ":due";
    ImGui::SameLine(0, gap);
    take_focus_if(plans.focus_next, id + ":due");
    error.note(edit_text_field("##due", "YYYY-MM-DD", action.due.value, c.when, ui.field, out,
                               [id](const std::string& typed) {
                                   const std::string due = trim_space(typed);
                                   if (auto refusal = due_date_refusal(due)) {
                                       return FieldOutcome{{}, *refusal};
                                   }
                                   EditAction edit = edit_of(id);
                                   edit.due = due;
                                   return FieldOutcome{{edit}, ""};
                               }));
    active |= ImGui::IsItemActive();
    // Enter in the last field: on to the next row (the empty one at the end after the last).
    if (left_with_enter()) {
        on_to_next_row(index, count, plans.focus_next, ":next-what", plans.new_action);
    }
    ImGui::SameLine(0, gap);
    principle_combo(harvest, action, c.extra, out);
    ImGui::SameLine(0, gap);
    if (remove_button("×", "Delete this action (Ctrl+Delete in the row; Ctrl+Z brings it back)")) {
        out.commit({DeleteAction{id}});
    }
    row_keys(
        active, index, ui.field, out,
        [&harvest, &id](std::size_t to) { return move_action_to(harvest, id, to); },
        DeleteAction{id});
    if (active) {
        const ImGuiIO& io = ImGui::GetIO();
        if (io.KeyCtrl && !io.KeyAlt && !io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_D, false)) {
            out.commit(toggle_action_done(harvest, id));
        }
        if (io.KeyCtrl && !io.KeyAlt && !io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_P, false)) {
            EditAction edit = edit_of(id);
            edit.principle_id = next_principle(harvest, action.principle_id.value);
            if (*edit.principle_id != action.principle_id.value) out.commit({edit});
        }
    }
    show_field_error(frame, error.text);
    ImGui::PopID();
}

void add_action(const PanelFrame& frame, NewPlanRow& row, FrameRequests& out) {
    const Session& session = frame.session;
    if (auto refusal = action_what_refusal(row.first)) {
        // Enter on a wholly empty row just keeps the keyboard there.
        row.error = row.who.empty() && row.when.empty() ? std::string() : *refusal;
        row.focus = "first";
        return;
    }
    const std::string due = trim_space(row.when);
    if (auto refusal = due_date_refusal(due)) {
        row.error = *refusal;
        row.focus = "when";
        return;
    }
    row.error.clear();
    out.commit({new_action(session.harvest, new_uuid(), trim_space(row.first),
                           assignee_from_text(session, row.who), due)},
               clear_new_row(row));
    row.focus = "first";
}

void log_part(const std::vector<const Action*>& order, const PlansUiState& plans,
              const Spots& spots, std::string& last) {
    if (!test_log_enabled()) return;
    int done = 0;
    for (const Action* action : order) done += action->status.value == ActionStatus::done;
    char line[600];
    std::snprintf(line, sizeof line,
                  "actions rows=%zu done=%d first_done=%s new=%s add=%s error=\"%s\"", order.size(),
                  done, point_text(spots.first_done).c_str(), point_text(spots.new_first).c_str(),
                  point_text(spots.add).c_str(), plans.new_action.error.c_str());
    if (last == line) return;
    last = line;
    note_for_tests(line);
}

}  // namespace

void draw_actions_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    const PanelFrame& panel = frame.panel;
    PlansUiState& plans = ui.plans;
    // Opened (a tab, Ctrl+3): the keyboard goes to the empty row, ready to type an action.
    if (plans.actions_drawn_frame != ImGui::GetFrameCount() - 1) plans.new_action.focus = "first";
    plans.actions_drawn_frame = ImGui::GetFrameCount();
    frame.projector.harvest.show = HarvestShow::actions;

    const auto order = actions_in_order(panel.session.harvest);
    muted_caption(
        panel.fonts,
        "Enter goes on to the next field and row · Tab moves between fields · "
        "Alt+Up/Down moves a row · Ctrl+D done · Ctrl+P principle · Ctrl+Delete deletes · "
        "Ctrl+Z undoes");
    ImGui::BeginChild("actions-list", ImVec2(0, 0), false);
    const PlanColumns c = plan_columns(ImGui::GetFrameHeight(), 0.22f, 130 * panel.scale);
    if (!order.empty()) header_row(panel, c);
    Spots spots;
    for (std::size_t i = 0; i < order.size(); ++i) {
        // Enter in a row's last field asked for the next row's first field.
        if (plans.focus_next == ":next-what") plans.focus_next = order[i]->id + ":what";
        action_row(panel, *order[i], i, order.size(), c, ui, spots, out);
    }
    if (plans.focus_next == ":next-what") plans.focus_next.clear();
    ImGui::Spacing();
    const NewRowResult added = draw_new_plan_row(
        plans.new_action, c, {"Add an action: what will be done…", "Who", "By YYYY-MM-DD"}, panel,
        out);
    spots.new_first = added.first;
    spots.add = added.add_button;
    if (added.add) add_action(panel, plans.new_action, out);
    if (order.empty()) {
        muted_caption(panel.fonts, "No actions yet: what will be done, by whom and by when.");
    }
    ImGui::EndChild();
    log_part(order, plans, spots, plans.actions_log);
}

}  // namespace hostspace::gui
