#pragma once
// "Export harvest…" (Ctrl+E): the harvest's documents written from the window, so a host never
// needs the command line. Choose the formats, the sections, anonymity and the folder; the files
// are made in the background with their progress shown, and the dialog ends with the paths
// written and a button that opens the folder.
#include <filesystem>
#include <string>

#include "app/gui/export/export_ui_state.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

void open_export_dialog(ExportUiState& ui, const Session& session,
                        const std::filesystem::path& session_folder);

void draw_export_dialog(const PanelFrame& frame, ExportUiState& ui);

void draw_export_notice(const PanelFrame& frame, ExportUiState& ui);

}  // namespace hostspace::gui
