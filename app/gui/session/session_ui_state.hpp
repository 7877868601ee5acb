#pragma once
// Transient state of the Session details window: whether it is open, the field being typed in,
// and the "add a participant" row. Nothing here is part of the session: the details and the
// participants live in the Document, changed only by ops.
#include <string>

#include "app/gui/shell/field_edit.hpp"

namespace hostspace::gui {

struct NewParticipantRow {
    std::string name, organisation, role;
    std::string error;        // why the last Add was refused ("A participant needs a name.")
    bool focus_name = false;  // give the name field the keyboard on the next frame
    int generation = 0;       // a fresh widget id after each add: no stale undo in the fields
};

struct SessionUiState {
    bool open_requested = false;  // open the window on the next frame
    bool focus_title = false;     // give the title field the keyboard as the window opens
    FieldEdit field;              // the detail or participant field being typed in
    NewParticipantRow new_person;
    bool show_removed = false;
    bool open_sync = false;    // "Sync with other laptops…" was pressed: open that dialog
    std::string logged_error;  // the refusal last written to the draw log (GUI tests)
};

}  // namespace hostspace::gui
