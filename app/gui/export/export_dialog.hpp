#pragma once
// Export from the window: the session written to a file whose path is offered (beside the
// session folder) and can be changed, so a host never needs the command line to send it on.
// JSON today; the harvest's documents (Markdown, HTML, PDF, Word) join it with the harvest.
#include <filesystem>
#include <string>

#include "app/gui/export/export_ui_state.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

void open_export_dialog(ExportUiState& ui, const std::filesystem::path& session_folder);

void draw_export_dialog(const PanelFrame& frame, const std::filesystem::path& session_folder,
                        ExportUiState& ui);

void draw_export_notice(const PanelFrame& frame, ExportUiState& ui);

}  // namespace hostspace::gui
