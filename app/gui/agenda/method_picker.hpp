#pragma once
// The method library as a modal: the methods on the left; on the right the chosen one's
// how-to, timings with sub-steps, question prompts and harvest hint; "Add to agenda" puts its
// rounds at the end of the agenda as one change (one undo takes the whole method back).
#include <filesystem>

#include "app/gui/agenda/agenda_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

// Opens the picker on the next frame.
void open_method_picker(MethodPickerState& picker);

// Draws the picker while it is open. The library is read from `assets`/methods and the user's
// own folder the first time; files that could not be read show in a banner naming file and line.
void draw_method_picker(const PanelFrame& frame, const std::filesystem::path& assets,
                        AgendaUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
