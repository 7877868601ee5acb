#pragma once
// The Purpose part's pieces, each in its own file: the list of drafts (purpose_list.cpp), the
// wording editor (draft_editor.cpp), and the picked draft's versions and sources
// (draft_versions.cpp). purpose_view.cpp puts them together, takes the keys, and tells the
// projector what to show.
#include <imgui.h>

#include <string>
#include <vector>

#include "app/gui/harvest/harvest_parts.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "core/harvest/drafts.hpp"

namespace hostspace::gui {

// Where the controls a GUI test clicks were drawn this frame (0, 0: not drawn).
struct PurposeSpots {
    ImVec2 new_draft, from_selection, label, text, frame, save, cancel;
    ImVec2 edit, versions, large, del, combine, first_restore, deleted_restore;
};

// ---- the list (purpose_list.cpp) ----------------------------------------------------------
// The live drafts as cards, the picked one highlighted; a click picks one (and its mark, "2
// versions at once", opens the versions written at once).
void draw_draft_list(const HarvestFrame& frame, PurposeUiState& ui,
                     const std::vector<const Draft*>& drafts);
// "Deleted drafts (N)", each with Restore.
void draw_deleted_drafts(const HarvestFrame& frame, FrameRequests& out, PurposeSpots& spots);
// Where draft `id` is in `drafts` (drafts.size() when it is not there).
std::size_t draft_index(const std::vector<const Draft*>& drafts, const std::string& id);
// The deleted drafts, in the order they were written.
std::vector<const Draft*> deleted_drafts(const Harvest& harvest);

// ---- the picked draft (draft_detail.cpp) -------------------------------------------------
// Label, order, "Show large", Delete; the wording or its editor; the versions written at once;
// every version; sources; the consent round.
void draw_picked_draft(const HarvestFrame& frame, HarvestUiState& hui, const Draft& draft,
                       const std::vector<const Draft*>& drafts, FrameRequests& out,
                       PurposeSpots& spots);
// Deletes the draft at once, or first asks, showing what deleting it does (votes, an agreement).
void request_delete(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                    FrameRequests& out);
// The question request_delete asks, while it waits for an answer.
void draw_delete_confirmation(const HarvestFrame& frame, PurposeUiState& ui, FrameRequests& out);

// ---- the editor (draft_editor.cpp) ---------------------------------------------------------
// A new draft, with `sources` (note and theme ids) as its raw material; the label field offers
// next_draft_label, selected so typing replaces it.
void open_new_draft(const Harvest& harvest, PurposeUiState& ui, std::vector<std::string> sources);
// A new wording of `draft` (mode wording), or one wording from its concurrent versions (mode
// combine), starting from its current text.
void open_wording_editor(PurposeUiState& ui, const Draft& draft, DraftEditorMode mode);
void close_draft_editor(PurposeUiState& ui);
// The wording typed so far, without the soft line breaks the field shows.
std::string editor_text(const DraftEditor& editor);
// The editor for ui.editor's mode: label (new drafts), wording, "Start from the frame", Save
// and Cancel, the refusal under the field; Enter or Ctrl+Enter saves, Esc cancels.
void draw_draft_editor(const HarvestFrame& frame, PurposeUiState& ui, FrameRequests& out,
                       PurposeSpots& spots);
// The ops that keep what the editor holds when the app quits or the session closes with it
// open: the new draft or the new wording, if it may be saved; none otherwise.
std::vector<OpPayload> unsaved_wording_ops(const Harvest& harvest, const DraftEditor& editor);
// Whether one of the editor's fields has the keyboard (as of the last frame).
bool editor_has_keys(const PurposeUiState& ui);

// ---- versions and sources (draft_versions.cpp) --------------------------------------------
// The notes and themes `ids` name, as raw material: deleted ones marked, never dropped.
void draw_sources(const HarvestFrame& frame, const std::vector<std::string>& ids);
// Every version of `draft`, oldest first, with who and when, each with Restore; withdrawn
// ones greyed.
void draw_draft_versions(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                         FrameRequests& out, PurposeSpots& spots);
// The versions written at once, side by side, and the button that writes one from them.
void draw_concurrent_versions(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                              PurposeSpots& spots);

// "14:05" today, or "3 Dec 14:05": when a version was written, in local time.
std::string when_written(std::int64_t at_ms, std::int64_t now_ms);

}  // namespace hostspace::gui
