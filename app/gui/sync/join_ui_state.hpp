#pragma once
// Transient state of the start screen's Join dialog: the fields as typed. Nothing is kept until
// the join has worked; then the settings are saved with the new session and the password (if
// remembered) in the user's config folder.
#include <string>

namespace hostspace::gui {

struct JoinUiState {
    bool focus_first = false;  // the keyboard goes to Server next frame
    std::string server, user, password, event, folder;
    bool remember_password = true;
    std::string error;  // why Join was refused before it started (a field missing)
};

}  // namespace hostspace::gui
