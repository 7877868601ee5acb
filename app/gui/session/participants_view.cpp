#include "app/gui/session/participants_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/session/participants.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

// Column widths as parts of the row: name, organisation, role; the button takes the rest.
constexpr float kNamePart = 0.36f, kOrganisationPart = 0.34f;

struct Columns {
    float name, organisation, role, button;
};

Columns columns(const char* button_label) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float button = button_width(button_label);
    const float fields = ImGui::GetContentRegionAvail().x - button - 3 * gap;
    return {fields * kNamePart, fields * kOrganisationPart,
            fields * (1 - kNamePart - kOrganisationPart), button};
}

FieldCommit participant_commit(const Session& session, std::string id, ParticipantField field) {
    // The session is read when the text is finished, which is before the frame's changes go in.
    return [&session, id = std::move(id), field](const std::string& typed) {
        try {
            return FieldOutcome{edit_participant(session, id, field, typed), ""};
        } catch (const Error& e) {
            return FieldOutcome{{}, e.reason()};
        }
    };
}

void header_row(const PanelFrame& frame, const Columns& c) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float x = ImGui::GetCursorPosX();
    muted_caption(frame.fonts, "Name");
    ImGui::SameLine(x + c.name + gap);
    muted_caption(frame.fonts, "Organisation");
    ImGui::SameLine(x + c.name + c.organisation + 2 * gap);
    muted_caption(frame.fonts, "Role");
}

void participant_row(const PanelFrame& frame, const Participant& p, const Columns& c,
                     SessionUiState& ui, FrameRequests& out) {
    ImGui::PushID(p.id.c_str());
    std::string error;
    auto field = [&](const char* id, const char* hint, const std::string& value, float width,
                     ParticipantField which) {
        const std::string e = edit_text_field(id, hint, value, width, ui.field, out,
                                              participant_commit(frame.session, p.id, which));
        if (!e.empty()) error = e;
        ImGui::SameLine();
    };
    field("##name", "Name", p.name.value, c.name, ParticipantField::name);
    field("##organisation", "Organisation", p.organisation.value, c.organisation,
          ParticipantField::organisation);
    field("##role", "Role", p.role.value, c.role, ParticipantField::role);
    if (ImGui::Button("Remove", ImVec2(c.button, 0))) out.commit({RemoveParticipant{p.id}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Z brings them back");
    show_field_error(frame, error);
    ImGui::PopID();
}

void add_person(NewParticipantRow& row, FrameRequests& out) {
    try {
        const AddParticipant add = add_participant(row.name, row.organisation, row.role, new_uuid);
        row.error.clear();
        // Cleared once saved; a failed save keeps what was typed, to press Enter again.
        out.commit({add}, [&row] {
            row.name.clear();
            row.organisation.clear();
            row.role.clear();
            ++row.generation;
        });
    } catch (const Error& e) {
        row.error = e.reason();
    }
    row.focus_name = true;
}

void new_participant_row(const PanelFrame& frame, SessionUiState& ui, const Columns& c,
                         FrameRequests& out) {
    NewParticipantRow& row = ui.new_person;
    ImGui::PushID(row.generation);
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    bool add = false;
    if (row.focus_name) {
        ImGui::SetKeyboardFocusHere();
        row.focus_name = false;
    }
    ImGui::SetNextItemWidth(c.name);
    add |= ImGui::InputTextWithHint("##new-name", "Add a name…", &row.name, flags);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(c.organisation);
    add |= ImGui::InputTextWithHint("##new-organisation", "Organisation", &row.organisation, flags);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(c.role);
    add |= ImGui::InputTextWithHint("##new-role", "Role", &row.role, flags);
    ImGui::SameLine();
    if (primary_button("Add", ImVec2(c.button, 0))) add = true;
    ImGui::PopID();
    if (add) add_person(row, out);
    if (!row.error.empty()) {
        show_field_error(frame, row.error);
    } else {
        muted_caption(frame.fonts,
                      "Enter adds the person and starts the next one; Tab moves between fields.");
    }
}

void removed_list(const PanelFrame& frame, FrameRequests& out) {
    const auto removed = removed_participants(frame.session);
    if (removed.empty()) return;
    const std::string label = "Removed (" + std::to_string(removed.size()) + ")###removed";
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader(label.c_str())) return;
    for (const Participant* p : removed) {
        ImGui::PushID(p->id.c_str());
        std::string text = p->name.value;
        if (!p->organisation.value.empty()) text += " · " + p->organisation.value;
        if (!p->role.value.empty()) text += " · " + p->role.value;
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width("Restore"));
        if (ImGui::Button("Restore")) out.commit({RestoreParticipant{p->id}});
        ImGui::PopID();
    }
}

}  // namespace

void draw_participants(const PanelFrame& frame, SessionUiState& ui, FrameRequests& out) {
    const auto live = live_participants(frame.session);
    std::string count =
        live.empty() ? "No one yet. "
                     : std::to_string(live.size()) + (live.size() == 1 ? " person. " : " people. ");
    count += "The talking piece goes round them in this order.";
    muted_caption(frame.fonts, count.c_str());
    const Columns c = columns("Remove");
    if (!live.empty()) header_row(frame, c);
    for (const Participant* p : live) participant_row(frame, *p, c, ui, out);
    ImGui::Spacing();
    new_participant_row(frame, ui, c, out);
    removed_list(frame, out);
}

}  // namespace hostspace::gui
