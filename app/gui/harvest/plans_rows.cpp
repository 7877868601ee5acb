#include "app/gui/harvest/plans_rows.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/fields.hpp"
#include "core/harvest/assignee_text.hpp"
#include "core/harvest/plans.hpp"
#include "core/session/participants.hpp"

namespace hostspace::gui {
namespace {

// The participants to pick from; picking one calls `pick`, "Nobody" calls it with {}.
void participant_list(const Session& session, const char* id,
                      const std::function<void(const Assignee&)>& pick) {
    if (!ImGui::BeginCombo(id, nullptr,
                           ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft)) {
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick one of the session's participants");
        return;
    }
    const auto people = live_participants(session);
    if (people.empty()) {
        ImGui::TextDisabled("No participants yet: add them in Session details (Ctrl+I),");
        ImGui::TextDisabled("or type a name or a group.");
    }
    for (const Participant* person : people) {
        ImGui::PushID(person->id.c_str());
        if (ImGui::Selectable(person->name.value.c_str())) pick(assignee_for(*person));
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Selectable("Nobody")) pick(Assignee{});
    ImGui::EndCombo();
}

}  // namespace

bool left_with_enter() {
    return ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
                                          ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false));
}

void take_focus_if(std::string& focus, const std::string& key) {
    if (focus.empty() || focus != key) return;
    ImGui::SetKeyboardFocusHere();
    focus.clear();
}

int alt_arrow() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyAlt || io.KeyCtrl || io.KeyShift) return 0;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP, true)) return -1;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true)) return 1;
    return 0;
}

bool ctrl_delete() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && !io.KeyAlt && !io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_DELETE, false);
}

void row_keys(bool active, std::size_t index, FieldEdit& field, FrameRequests& out,
              const std::function<std::vector<OpPayload>(std::size_t)>& moves_to,
              const OpPayload& remove) {
    if (!active) return;
    const int step = alt_arrow();
    if (step != 0 && !(step < 0 && index == 0)) {
        const auto moves = moves_to(step < 0 ? index - 1 : index + 1);
        if (!moves.empty()) out.commit(moves);
    }
    if (ctrl_delete()) {
        drop_typing(field);
        out.commit({remove});
    }
}

void on_to_next_row(std::size_t index, std::size_t count, std::string& focus_next,
                    const char* next_row_key, NewPlanRow& new_row) {
    if (index + 1 < count) {
        focus_next = next_row_key;
    } else {
        new_row.focus = "first";
    }
}

std::function<void()> clear_new_row(NewPlanRow& row) {
    return [&row] {
        row.first.clear();
        row.who.clear();
        row.when.clear();
        ++row.generation;
    };
}

std::string point_text(const ImVec2& point) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f,%.0f", point.x, point.y);
    return text;
}

bool undo_from_empty_field(bool empty, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!empty || !ImGui::IsItemActive() || !io.KeyCtrl || io.KeyAlt) return false;
    const bool z = ImGui::IsKeyPressed(GLFW_KEY_Z, true);
    const bool undo = z && !io.KeyShift;
    const bool redo = (z && io.KeyShift) || ImGui::IsKeyPressed(GLFW_KEY_Y, true);
    if (!undo && !redo) return false;
    out.command(undo ? Command::undo : Command::redo);
    ImGui::ClearActiveID();
    return true;
}

void drop_typing(FieldEdit& edit) {
    edit.id = 0;
    edit.text.clear();
    edit.commit = {};
    ImGui::ClearActiveID();
}

bool remove_button(const char* id, const char* tooltip) {
    ImGui::PushStyleColor(ImGuiCol_Button, 0);
    const bool clicked = ImGui::Button(id);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return clicked;
}

float assignee_button_width() {
    return ImGui::GetFrameHeight();
}

std::string edit_assignee_field(const PanelFrame& frame, const char* label, const char* hint,
                                const Assignee& value, float width, FieldEdit& edit,
                                FrameRequests& out,
                                std::function<std::vector<OpPayload>(const Assignee&)> ops_for,
                                bool* active, bool* entered) {
    const Session& session = frame.session;
    const float gap = 2 * frame.scale;
    const float text_width =
        (width > 0 ? width : ImGui::GetContentRegionAvail().x) - assignee_button_width() - gap;
    // The session is read when the text is finished, before the frame's changes go in.
    const std::string error =
        edit_text_field(label, hint, assignee_name(session, value), text_width, edit, out,
                        [&session, value, ops_for](const std::string& typed) {
                            const Assignee who = assignee_from_text(session, typed);
                            if (who == value) return FieldOutcome{};
                            return FieldOutcome{ops_for(who), ""};
                        });
    if (active && ImGui::IsItemActive()) *active = true;
    if (entered) *entered = left_with_enter();
    ImGui::SameLine(0, gap);
    const std::string list_id = std::string(label) + "-people";
    participant_list(session, list_id.c_str(), [&](const Assignee& who) {
        if (who != value) out.commit(ops_for(who));
    });
    return error;
}

bool assignee_text_field(const PanelFrame& frame, const char* label, const char* hint,
                         std::string& text, float width, bool* active) {
    const float gap = 2 * frame.scale;
    ImGui::SetNextItemWidth((width > 0 ? width : ImGui::GetContentRegionAvail().x) -
                            assignee_button_width() - gap);
    ImGui::InputTextWithHint(label, hint, &text);
    if (active && ImGui::IsItemActive()) *active = true;
    const bool entered = left_with_enter();
    ImGui::SameLine(0, gap);
    const std::string list_id = std::string(label) + "-people";
    participant_list(frame.session, list_id.c_str(), [&](const Assignee& who) { text = who.name; });
    return entered;
}

PlanColumns plan_columns(float lead, float extra_part, float when_width) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    // Without an extra column the × column also holds the new row's Add button.
    const float remove =
        extra_part > 0 ? button_width("×") : std::max(button_width("×"), button_width("Add") - gap);
    const float fields = ImGui::GetContentRegionAvail().x - lead - when_width - remove - 5 * gap;
    const float extra = fields * extra_part;
    const float rest = fields - extra;
    return {lead, rest * 0.62f, rest * 0.38f, when_width, extra, remove};
}

NewRowResult draw_new_plan_row(NewPlanRow& row, const PlanColumns& c, const NewRowText& text,
                               const PanelFrame& frame, FrameRequests& out) {
    NewRowResult result;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool empty = row.first.empty() && row.who.empty() && row.when.empty();
    bool undo = false;
    ImGui::PushID("new-row");
    ImGui::PushID(row.generation);
    if (c.lead > 0) {
        ImGui::Dummy(ImVec2(c.lead, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, gap);
    }
    take_focus_if(row.focus, "first");
    ImGui::SetNextItemWidth(c.first);
    ImGui::InputTextWithHint("##first", text.first_hint, &row.first);
    result.first = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                          (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
    result.add |= left_with_enter();
    undo |= undo_from_empty_field(empty, out);
    ImGui::SameLine(0, gap);
    bool who_active = false;
    result.add |= assignee_text_field(frame, "##who", text.who_hint, row.who, c.who, &who_active);
    ImGui::SameLine(0, gap);
    take_focus_if(row.focus, "when");
    ImGui::SetNextItemWidth(c.when);
    ImGui::InputTextWithHint("##when", text.when_hint, &row.when,
                             ImGuiInputTextFlags_AutoSelectAll);
    result.add |= left_with_enter();
    undo |= undo_from_empty_field(empty, out);
    ImGui::SameLine(0, gap);
    if (primary_button("Add", ImVec2(c.extra + c.remove + gap, 0))) result.add = true;
    result.add_button = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                               (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
    ImGui::PopID();
    ImGui::PopID();
    if (undo) row.focus = "first";
    if (!row.error.empty()) show_field_error(frame, row.error);
    return result;
}

}  // namespace hostspace::gui
