#pragma once
// The agenda in the side panel: the planned start time, the total length and planned end, and
// the rounds in order with their planned times. A click selects a round (its editor opens
// under it); rounds are reordered by dragging (or Alt+Up / Alt+Down, timer_shortcuts.cpp);
// methods come from the picker, blank rounds from a button.
#include <filesystem>

#include "app/gui/agenda/agenda_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

// Fills the rest of the current window. True when the agenda took a click this frame, so the
// round keys (Delete, Alt+arrows) go to it rather than to a selected note.
bool draw_agenda(const PanelFrame& frame, const std::filesystem::path& assets, AgendaUiState& ui,
                 FrameRequests& out);

}  // namespace hostspace::gui
