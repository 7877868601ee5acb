#pragma once
// Transient state of the agenda: which round is selected, the text being typed into an agenda
// field, the method picker and its cached library. Nothing here is part of the session: the
// agenda lives in the Document, changed only by ops.
#include <string>
#include <vector>

#include "app/gui/shell/field_edit.hpp"
#include "core/methods/method.hpp"

namespace hostspace::gui {

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

}  // namespace hostspace::gui
