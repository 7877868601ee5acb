#pragma once
// Transient state of the import dialog: which kind of file, the path typed or dropped, and
// what checking it found. Nothing is imported until the user says so; the import itself is one
// change, so one undo step.
#include <cstddef>
#include <string>
#include <vector>

#include "core/import/import_file.hpp"

namespace hostspace::gui {

// What reading the file found, shown before anything is imported.
struct ImportCheck {
    std::string path;  // the path it was made for
    ImportKind kind = ImportKind::notes;
    std::string error;    // the file cannot be imported: why (file, line, reason)
    std::string summary;  // "8 notes (2 new themes)"
    std::vector<std::string> warnings;
    std::size_t count = 0;  // rows that would be imported
};

struct ImportUiState {
    bool open_requested = false;  // open the dialog on the next frame
    bool focus_path = false;      // give the path field the keyboard
    ImportKind kind = ImportKind::notes;
    std::string path;
    ImportCheck check;             // for (path, kind) as last checked; path empty: not checked
    bool close_requested = false;  // the import is on disk: close on the next frame
    // After an import: what was imported and any warnings, shown above the board until
    // dismissed.
    std::string notice;
    std::vector<std::string> notice_warnings;
    std::string logged;  // the dialog's last draw-log line (GUI tests)
};

}  // namespace hostspace::gui
