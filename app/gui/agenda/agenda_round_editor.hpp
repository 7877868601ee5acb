#pragma once
// The selected round, opened under its row in the agenda: title, question, length or steps
// (each step's title and minutes), its talking piece (on or off, seconds per speaker), Start
// this round, Remove. Every finished edit is one op.
#include "app/gui/agenda/agenda_ui_state.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

void draw_round_editor(const PanelFrame& frame, const Round& round, AgendaUiState& ui,
                       FrameRequests& out);

}  // namespace hostspace::gui
