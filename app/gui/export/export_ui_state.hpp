#pragma once
// Transient state of the export dialog: the path offered or typed, why the last try did not
// write, and the notice an export leaves above the board.
#include <string>

namespace hostspace::gui {

struct ExportUiState {
    bool open_requested = false;
    bool focus_path = false;
    std::string path;   // as typed; filled in with the default when the dialog opens empty
    std::string error;  // why the last Export did not write (the file is as it was)
    bool close_requested = false;
    std::string notice;  // "Exported the session to …", above the board until dismissed
};

}  // namespace hostspace::gui
