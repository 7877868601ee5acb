#pragma once
// Transient state of the side panel: which round is selected, the text being typed into an
// agenda field, the method picker and its cached library, the auto-advance guard. Nothing here
// is part of the session: the agenda and the timer live in the Document, changed only by ops.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/methods/method.hpp"

namespace hostspace::gui {

// The text of the one agenda field being typed in. Only one field is active at a time, so one
// buffer serves them all; `id` says whose text it is (0: none).
struct FieldEdit {
    ImGuiID id = 0;
    std::string text;
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
    std::string start_error;   // why the typed start time was not taken, or empty
    std::string start_typed;   // the rejected text, kept so it can be corrected
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
