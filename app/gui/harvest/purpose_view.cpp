// The Harvest place's Purpose part: the agreed purpose (if any), the drafts as a list of cards,
// and the picked draft beside them: its label, wording, versions, raw material and consent
// round. It takes the part's keys and tells the projector's Purpose mode what to show.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/draft_start.hpp"

namespace hostspace::gui {
namespace {

constexpr int kDraftsPerPage = 4;  // the projector shows four drafts side by side

bool key(int glfw_key, bool repeat = false) {
    return ImGui::IsKeyPressed(glfw_key, repeat);
}

const char* mode_word(DraftEditorMode mode) {
    switch (mode) {
        case DraftEditorMode::new_draft:
            return "new";
        case DraftEditorMode::wording:
            return "wording";
        case DraftEditorMode::combine:
            return "combine";
        default:
            return "no";
    }
}

const char* show_word(HarvestShow show) {
    switch (show) {
        case HarvestShow::draft:
            return "draft";
        case HarvestShow::agreed:
            return "agreed";
        default:
            return "drafts";
    }
}

// The picked draft stays a live one: after a delete (or a co-host's), its neighbour; while a
// wording is being written, the draft it is written for.
const Draft* keep_pick_valid(PurposeUiState& ui, const std::vector<const Draft*>& drafts) {
    const DraftEditor& editor = ui.editor;
    if (editor.mode == DraftEditorMode::wording || editor.mode == DraftEditorMode::combine) {
        if (draft_index(drafts, editor.draft_id) < drafts.size())
            ui.selected_draft = editor.draft_id;
    }
    if (drafts.empty()) {
        ui.selected_draft.clear();
        return nullptr;
    }
    std::size_t at = draft_index(drafts, ui.selected_draft);
    if (at == drafts.size()) {
        at = std::min(ui.picked_index, drafts.size() - 1);
        ui.selected_draft = drafts[at]->id;
        ui.show_concurrent = false;
    }
    ui.picked_index = at;
    return drafts[at];
}

void start_from_board(const HarvestFrame& frame, PurposeUiState& ui) {
    const Board& board = frame.panel.session.board;
    std::vector<std::string> sources =
        board_pick_sources(board, frame.board.selection, frame.board.selected_theme);
    if (sources.empty()) {
        ui.message =
            "Nothing is picked on the board: select notes there (or click a theme's "
            "title), then come back with Ctrl+1 and start the draft from them.";
        return;
    }
    ui.message.clear();
    open_new_draft(frame.panel.session.harvest, ui, std::move(sources));
}

// The agreed purpose over everything, with its date; a click puts it on the projector.
void draw_agreed(const HarvestFrame& frame, PurposeUiState& ui) {
    const auto record = agreed_purpose(frame.panel.session.harvest);
    if (!record || !record->version) {
        if (ui.show == PurposeShow::agreed) ui.show = PurposeShow::drafts;
        return;
    }
    const Fonts& fonts = frame.panel.fonts;
    ImGui::PushFont(fonts.bold);
    std::string heading = "Agreed purpose \xC2\xB7 " + record->date;
    if (!record->review_date.empty()) heading += " \xC2\xB7 review " + record->review_date;
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colours::saved), "%s", heading.c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(record->version->text.c_str());
    ImGui::PopTextWrapPos();
    const bool on = ui.show == PurposeShow::agreed;
    if (ImGui::SmallButton(on ? "On the projector: back to the drafts###agreed-show"
                              : "Show the agreed purpose on the projector###agreed-show")) {
        ui.show = on ? PurposeShow::drafts : PurposeShow::agreed;
    }
    ImGui::Separator();
}

void draw_header(const HarvestFrame& frame, HarvestUiState& hui, std::size_t count,
                 FrameRequests& out, PurposeSpots& spots) {
    PurposeUiState& ui = hui.purpose;
    const bool editing = ui.editor.mode != DraftEditorMode::none;
    ImGui::PushFont(frame.panel.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Purpose drafts (%zu)", count);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::BeginDisabled(editing);
    if (ImGui::Button("New draft")) open_new_draft(frame.panel.session.harvest, ui, {});
    spots.new_draft = last_item_centre();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip(editing ? "Save or cancel the wording being written first"
                                  : "N (or Ctrl+Enter) when no field is typed in");
    }
    ImGui::SameLine();
    if (ImGui::Button("From the board's selection")) start_from_board(frame, ui);
    spots.from_selection = last_item_centre();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip(
            "Shift+N: a draft with the notes selected on the board, or the theme "
            "picked there, as its raw material and sources");
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    draw_draft_vote_button(frame, hui, out);
    if (!ui.message.empty()) show_field_error(frame.panel, ui.message);
}

// The part's keys, with no field typed in and no dialog open.
void handle_keys(const HarvestFrame& frame, PurposeUiState& ui,
                 const std::vector<const Draft*>& drafts, const Draft* picked, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (ui.editor.mode != DraftEditorMode::none) return;
    const Harvest& harvest = frame.panel.session.harvest;
    const bool enter = key(GLFW_KEY_ENTER) || key(GLFW_KEY_KP_ENTER);
    if (!io.KeyAlt && !io.KeyCtrl && key(GLFW_KEY_N)) {
        if (io.KeyShift) {
            start_from_board(frame, ui);
        } else {
            open_new_draft(harvest, ui, {});
        }
        return;
    }
    if (io.KeyCtrl && !io.KeyAlt && !io.KeyShift && enter) {
        open_new_draft(harvest, ui, {});
        return;
    }
    if (!ui.list_has_keys || !picked || io.KeyCtrl) return;
    const std::size_t at = draft_index(drafts, picked->id);
    const bool up = key(GLFW_KEY_UP, true), down = key(GLFW_KEY_DOWN, true);
    if (io.KeyAlt) {
        if (up && at > 0) out.commit(move_draft_to(harvest, picked->id, at - 1));
        if (down && at + 1 < drafts.size()) out.commit(move_draft_to(harvest, picked->id, at + 1));
        return;
    }
    if ((up && at > 0) || (down && at + 1 < drafts.size())) {
        ui.selected_draft = drafts[up ? at - 1 : at + 1]->id;
        ui.show_concurrent = false;
        ui.reveal_picked = true;
        ui.message.clear();
    }
    if (io.KeyShift) return;
    if (key(GLFW_KEY_F2) || enter) open_wording_editor(ui, *picked, DraftEditorMode::wording);
    if (key(GLFW_KEY_DELETE)) request_delete(frame, ui, *picked, out);
    if (key(GLFW_KEY_V)) ui.show_versions = !ui.show_versions;
    if (key(GLFW_KEY_L)) {
        ui.show =
            ui.show == PurposeShow::picked_large ? PurposeShow::drafts : PurposeShow::picked_large;
    }
}

// What the projector's Purpose mode shows: the wording as it is typed, one draft large, the
// agreed purpose, or the drafts side by side (a page of them that stays in range).
void tell_projector(const HarvestFrame& frame, const PurposeUiState& ui, std::size_t count) {
    ProjectorHarvest& projector = frame.projector.harvest;
    const DraftEditor& editor = ui.editor;
    const int pages =
        std::max<int>(1, (static_cast<int>(count) + kDraftsPerPage - 1) / kDraftsPerPage);
    projector.page = std::clamp(projector.page, 0, pages - 1);
    if (editor.mode != DraftEditorMode::none) {
        projector.show = HarvestShow::draft;
        projector.draft_id = editor.draft_id;
        projector.typing_draft_id = editor.draft_id;
        projector.typing_text = editor_text(editor);
        return;
    }
    projector.typing_draft_id.clear();
    projector.typing_text.clear();
    if (ui.show == PurposeShow::agreed) {
        projector.show = HarvestShow::agreed;
    } else if (ui.show == PurposeShow::picked_large && !ui.selected_draft.empty()) {
        projector.show = HarvestShow::draft;
        projector.draft_id = ui.selected_draft;
    } else {
        projector.show = HarvestShow::drafts;
    }
}

std::string spot(const char* name, ImVec2 at) {
    if (at.x == 0 && at.y == 0) return "";
    char text[64];
    std::snprintf(text, sizeof text, " %s=%.0f,%.0f", name, at.x, at.y);
    return text;
}

// For the GUI tests: what the part shows and where its controls are, once per change.
void log_purpose(const HarvestFrame& frame, PurposeUiState& ui, const Draft* picked,
                 std::size_t count, const PurposeSpots& spots) {
    if (!test_log_enabled()) return;
    const ProjectorHarvest& projector = frame.projector.harvest;
    std::string line = "purpose drafts=" + std::to_string(count);
    line += " picked=\"" + (picked ? picked->label.value : std::string()) + "\"";
    line += std::string(" editing=") + mode_word(ui.editor.mode);
    line += " versions=" + std::to_string(picked ? picked->versions.size() : 0);
    line += " concurrent=" + std::to_string(picked ? concurrent_versions(*picked).size() : 0);
    line += " sources=" + std::to_string(picked ? picked->sources.size() : 0);
    line += " deleted=" + std::to_string(deleted_drafts(frame.panel.session.harvest).size());
    line += std::string(" show=") + show_word(projector.show);
    line += " page=" + std::to_string(projector.page);
    line += " typing=" + std::to_string(projector.typing_text.size());
    if (ui.editor.mode == DraftEditorMode::new_draft) {
        line += " new_sources=" + std::to_string(ui.editor.sources.size());
    }
    line += std::string(" refused=") + (ui.editor.refusal.empty() ? "no" : "yes");
    line += std::string(" message=") + (ui.message.empty() ? "no" : "yes");
    line += std::string(" confirm=") + (ui.confirm_delete.empty() ? "no" : "yes");
    line += std::string(" versions_shown=") + (ui.show_versions ? "yes" : "no");
    line += spot("new_at", spots.new_draft) + spot("from_selection_at", spots.from_selection) +
            spot("label_at", spots.label) + spot("text_at", spots.text) +
            spot("frame_at", spots.frame) + spot("save_at", spots.save) +
            spot("cancel_at", spots.cancel) + spot("edit_at", spots.edit) +
            spot("versions_at", spots.versions) + spot("large_at", spots.large) +
            spot("delete_at", spots.del) + spot("combine_at", spots.combine) +
            spot("restore_first_at", spots.first_restore) +
            spot("restore_deleted_at", spots.deleted_restore);
    if (ui.log_line == line) return;
    ui.log_line = line;
    note_for_tests(line);
}

}  // namespace

void draw_purpose_part(const HarvestFrame& frame, HarvestUiState& hui, FrameRequests& out) {
    PurposeUiState& ui = hui.purpose;
    const std::vector<const Draft*> drafts = drafts_in_order(frame.panel.session.harvest);
    const int now = ImGui::GetFrameCount();
    if (ui.drawn_frame < now - 1) ui.list_has_keys = true;  // just opened: the list has the keys
    ui.drawn_frame = now;
    // A click elsewhere in the window (the side panel) takes the keys from the list.
    if (ImGui::IsMouseClicked(0) &&
        !ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        ui.list_has_keys = false;
    }
    const Draft* picked = keep_pick_valid(ui, drafts);
    PurposeSpots spots;

    draw_agreed(frame, ui);
    draw_header(frame, hui, drafts.size(), out, spots);
    ImGui::Spacing();

    const float s = frame.panel.scale;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float list_width = std::max(260 * s, avail.x * 0.38f);
    if (ImGui::BeginChild("purpose-drafts", ImVec2(list_width, avail.y))) {
        draw_draft_list(frame, ui, drafts);
        draw_deleted_drafts(frame, out, spots);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("purpose-picked", ImVec2(0, avail.y))) {
        if (ui.editor.mode == DraftEditorMode::new_draft) {
            draw_draft_editor(frame, ui, out, spots);
        } else if (picked) {
            draw_picked_draft(frame, hui, *picked, drafts, out, spots);
        } else {
            muted_caption(frame.panel.fonts, "Pick a draft in the list to see and edit it here.");
        }
    }
    ImGui::EndChild();

    handle_keys(frame, ui, drafts, picked, out);
    draw_delete_confirmation(frame, ui, out);
    tell_projector(frame, ui, drafts.size());
    log_purpose(frame, ui, picked, drafts.size(), spots);
}

}  // namespace hostspace::gui
