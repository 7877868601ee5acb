#pragma once
// Transient state of the Harvest place's Purpose part: the draft picked, the wording editor's
// text, what the projector is asked to show. Not part of the session: losing it loses only what
// is being typed and not yet saved.
#include <cstddef>
#include <string>
#include <vector>

#include "core/board/soft_wrap.hpp"

namespace hostspace::gui {

// What the wording editor is writing.
enum class DraftEditorMode {
    none,
    new_draft,  // a new draft: label, wording, the notes and themes it starts from
    wording,    // a new version of the picked draft
    combine,    // one wording from the versions written at once (the mark)
};

struct DraftEditor {
    DraftEditorMode mode = DraftEditorMode::none;
    // The draft written to; for a new draft, the id it will get when saved, so the projector
    // can show its wording forming under that id before it exists.
    std::string draft_id;
    std::string label;                 // new draft: its label (next_draft_label offered)
    std::vector<std::string> sources;  // new draft: the note and theme ids it starts from
    std::string shown;                 // what the field shows: the wording with soft breaks
    SoftWrapped wrapped;               // the wording as last wrapped (`shown` is its shown)
    int caret = 0;                     // in `shown`, as of the last frame
    std::string refusal;               // why the last Save was refused, shown under the field
    bool focus_label = false;          // give the label field the keyboard (text selected)
    bool focus_text = false;           // give the wording the keyboard, caret at the end
    bool caret_to_end = false;
    int select_from = -1, select_to = -1;  // in the wording: selected when it takes the keys
    bool typing = false;                   // one of its fields had the keyboard last frame
    int generation = 0;  // a fresh widget per opening: no stale undo inside the field
};

// What the projector's Purpose mode shows while this part is open.
enum class PurposeShow { drafts, picked_large, agreed };

struct PurposeUiState {
    std::string selected_draft;  // the draft picked in the list (empty: none)
    DraftEditor editor;
    bool show_versions = false;    // the picked draft's versions side by side
    bool show_concurrent = false;  // the versions written at once (the mark was clicked)
    bool list_has_keys = false;    // the list was clicked last: Up/Down pick, Alt+Up/Down move
    std::size_t picked_index = 0;  // where the picked draft was: a deleted one's neighbour is next
    bool reveal_picked = false;    // scroll the picked card into view (picked from the keyboard)
    PurposeShow show = PurposeShow::drafts;
    std::string confirm_delete;  // a draft whose delete waits for the notice to be read
    std::string message;         // a refusal outside the editor (a restore), until the next act
    std::string log_line;        // the part's last draw-log line (GUI tests)
    int drawn_frame = -1;        // ImGui's frame count when the part was last drawn
};

}  // namespace hostspace::gui
