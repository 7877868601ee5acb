// The picked draft in the Purpose part: its label (renamed in place), its place in the list,
// "Show large", Delete (asking first when a vote counted it or it holds the agreed purpose),
// its wording or the editor writing a new one, the versions written at once, every version,
// its sources, and its consent round.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kConfirmDelete = "Delete this draft?###confirm-delete-draft";

bool key(int glfw_key) {
    return ImGui::IsKeyPressed(glfw_key, false);
}

FieldCommit rename_commit(std::string id) {
    return [id = std::move(id)](const std::string& typed) {
        const std::string label = trim_space(typed);
        if (label.empty()) {
            return FieldOutcome{{}, "A draft needs a label: the table or group that wrote it."};
        }
        return FieldOutcome{{RenameDraft{id, label}}, ""};
    };
}

}  // namespace

// Deletes the draft at once, or first shows what deleting it does (votes, an agreement).
void request_delete(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                    FrameRequests& out) {
    if (draft_delete_notice(frame.panel.session, draft.id).empty()) {
        out.commit({DeleteDraft{draft.id}});
        ui.message.clear();
    } else {
        ui.confirm_delete = draft.id;
    }
}

void draw_delete_confirmation(const HarvestFrame& frame, PurposeUiState& ui, FrameRequests& out) {
    if (ui.confirm_delete.empty()) return;
    if (!ImGui::IsPopupOpen(kConfirmDelete)) ImGui::OpenPopup(kConfirmDelete);
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(520 * frame.panel.scale, 0));
    if (!ImGui::BeginPopupModal(kConfirmDelete, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const Draft* draft = frame.panel.session.harvest.find_draft(ui.confirm_delete);
    const std::string notice =
        draft ? draft_delete_notice(frame.panel.session, draft->id) : std::string();
    ImGui::PushTextWrapPos(0);
    if (draft) ImGui::Text("\"%s\" will be deleted.", draft->label.value.c_str());
    ImGui::TextUnformatted(notice.c_str());
    ImGui::TextUnformatted("Ctrl+Z, or Restore under \"Deleted drafts\", brings it back.");
    ImGui::PopTextWrapPos();
    const bool enter = key(GLFW_KEY_ENTER) || key(GLFW_KEY_KP_ENTER);
    bool done = false;
    if (primary_button("Delete") || enter) {
        if (draft && !draft->deleted.value) out.commit({DeleteDraft{draft->id}});
        done = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep it") || key(GLFW_KEY_ESCAPE)) done = true;
    if (done || !draft) {
        ui.confirm_delete.clear();
        ui.list_has_keys = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// The picked draft: label, order, projector, delete; wording or its editor; the mark;
// versions; sources; the consent round.
void draw_picked_draft(const HarvestFrame& frame, HarvestUiState& hui, const Draft& draft,
                       const std::vector<const Draft*>& drafts, FrameRequests& out,
                       PurposeSpots& spots) {
    PurposeUiState& ui = hui.purpose;
    const Harvest& harvest = frame.panel.session.harvest;
    const float s = frame.panel.scale;
    const std::size_t at = draft_index(drafts, draft.id);
    ImGui::PushID(draft.id.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Label");
    ImGui::SameLine();
    const std::string error =
        edit_text_field("##draft-label", "The table or group", draft.label.value, 220 * s,
                        hui.field, out, rename_commit(draft.id));
    ImGui::SameLine();
    if (ImGui::ArrowButton("up", ImGuiDir_Up) && at > 0)
        out.commit(move_draft_to(harvest, draft.id, at - 1));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Earlier in the list (Alt+Up)");
    ImGui::SameLine();
    if (ImGui::ArrowButton("down", ImGuiDir_Down) && at + 1 < drafts.size()) {
        out.commit(move_draft_to(harvest, draft.id, at + 1));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Later in the list (Alt+Down)");
    ImGui::SameLine();
    const bool large = ui.show == PurposeShow::picked_large;
    if (ImGui::Button(large ? "Showing large###large" : "Show large###large")) {
        ui.show = large ? PurposeShow::drafts : PurposeShow::picked_large;
    }
    spots.large = last_item_centre();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(large ? "The projector shows this draft alone; click (or L) for all "
                                  "the drafts side by side"
                                : "The projector shows this draft alone, large (L)");
    }
    ImGui::SameLine();
    if (ImGui::Button("Delete")) request_delete(frame, ui, draft, out);
    spots.del = last_item_centre();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete (Ctrl+Z brings it back)");
    show_field_error(frame.panel, error);

    const DraftEditorMode mode = ui.editor.mode;
    if ((mode == DraftEditorMode::wording || mode == DraftEditorMode::combine) &&
        ui.editor.draft_id == draft.id) {
        draw_draft_editor(frame, ui, out, spots);
    } else {
        ImGui::PushFont(frame.panel.fonts.body);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(current_text(draft).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        if (ImGui::Button("Edit wording")) open_wording_editor(ui, draft, DraftEditorMode::wording);
        spots.edit = last_item_centre();
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("A new version (F2 or Enter); every earlier one is kept");
        }
        if (has_concurrent_version(draft) && !ui.show_concurrent) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Button, colours::timer_warning_bg);
            ImGui::PushStyleColor(ImGuiCol_Text, colours::timer_warning);
            if (ImGui::Button("2 versions at once: compare")) ui.show_concurrent = true;
            ImGui::PopStyleColor(2);
        }
    }
    if (ui.show_concurrent && has_concurrent_version(draft)) {
        ImGui::Spacing();
        draw_concurrent_versions(frame, ui, draft, spots);
    }

    ImGui::Spacing();
    const std::string versions = "Versions (" + std::to_string(draft.versions.size()) + ")";
    ImGui::Checkbox(versions.c_str(), &ui.show_versions);
    spots.versions = last_item_centre();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every version side by side (V)");
    if (ui.show_versions) draw_draft_versions(frame, ui, draft, out, spots);

    ImGui::Spacing();
    ImGui::PushFont(frame.panel.fonts.bold);
    ImGui::Text("Sources (%zu)", draft.sources.size());
    ImGui::PopFont();
    draw_sources(frame, draft.sources);

    ImGui::Spacing();
    draw_draft_consent(frame, hui, draft, out);
    ImGui::PopID();
}
}  // namespace hostspace::gui
