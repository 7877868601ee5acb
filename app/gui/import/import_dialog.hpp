#pragma once
// Import from a spreadsheet, in the window: notes for the board or the participants list, from
// a CSV file whose path is typed or which is dropped on the window. The file is checked first
// and what it holds is shown (or the line and reason it cannot be read); Import then adds it
// all as one change, one undo step, while the session stays open.
#include <string>
#include <vector>

#include "app/gui/import/import_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

// Opens the dialog for `kind`, with `path` filled in and checked when one is given.
void open_import_dialog(ImportUiState& ui, ImportKind kind, const std::string& path = "");

// Files dropped on the window while a session is open: the first CSV file opens the dialog
// with its kind guessed from its header row or its name (guess_import_kind), and checks it.
void import_dropped_files(const Session& session, const std::vector<std::string>& paths,
                          ImportUiState& ui);

void draw_import_dialog(const PanelFrame& frame, ImportUiState& ui, FrameRequests& out);

// The notice an import leaves above the board ("Imported 8 notes…"), with its warnings, until
// dismissed.
void draw_import_notice(const PanelFrame& frame, ImportUiState& ui);

}  // namespace hostspace::gui
