#pragma once
// Transient state of the side panel: which round is selected, the text being typed into an
// agenda field, the method picker and its cached library, the auto-advance guard. Nothing here
// is part of the session: the agenda and the timer live in the Document, changed only by ops.
#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "core/methods/method.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

// What a finished field's text becomes: the ops to commit (none: nothing changed), or why the
// text cannot be taken (then it stays in the field, marked, to be corrected).
struct FieldOutcome {
    std::vector<OpPayload> ops;
    std::string error;
};
using FieldCommit = std::function<FieldOutcome(const std::string& text)>;

// A finished text the session does not show yet: handed over but not on disk (saving may have
// failed), or not valid. The field shows it instead of the session's value until it is saved,
// so what was typed survives a failed save and Enter in the field tries again.
struct KeptText {
    ImGuiID id = 0;
    std::string text;
    std::string error;         // not valid: why (nothing was committed)
    int committed_frame = -1;  // the frame it was last handed over in
    FieldCommit commit;        // makes the change again for a retry
};

// The agenda field being typed in. Only one field is active at a time, so one buffer serves
// them all; `id` says whose text it is (0: none). `commit` goes with the text, so the text
// can be committed even on a frame its field is not drawn (a section folded, the panel
// clipped, the app quitting).
struct FieldEdit {
    ImGuiID id = 0;
    std::string text;
    FieldCommit commit;
    int drawn_frame = -1;  // ImGui's frame count when that field was last drawn
    std::vector<KeptText> kept;
};

// The method library, read once from disk when the picker first opens and kept for the run:
// the files are small, but reading them on every frame would be needless disk work.
struct MethodLibraryCache {
    bool loaded = false;
    std::vector<Method> methods;
    std::vector<std::string> warnings;  // "file:line: reason", one per skipped file
    bool warnings_dismissed = false;
};

struct MethodPickerState {
    bool open_requested = false;  // open the modal on the next frame
    std::string picked;           // method id shown in the detail pane
    MethodLibraryCache library;
};

struct AgendaUiState {
    std::string session;   // folder of the session this state belongs to, to reset on a switch
    std::string selected;  // round id, or empty
    // The agenda (not the board) had the last click, so Delete and Alt+Up/Down go to the
    // selected round rather than to a selected note.
    bool has_keys = false;
    FieldEdit field;
    std::string reveal;        // a round to scroll into view (just added or moved by keys)
    MethodPickerState picker;  // outlives session switches: the library is the same
};

struct TimerUiState {
    // The run (round, step, start instant) that auto-advance last moved on from: NextStep is
    // committed once per step even if frames repeat before the change is saved, or saving fails.
    std::string advanced_from;
    FieldEdit field;               // warning and speaker seconds
    int scrolled_to_speaker = -1;  // the speaker the circle's list last scrolled to
};

}  // namespace hostspace::gui
