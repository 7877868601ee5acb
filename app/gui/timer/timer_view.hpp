#pragma once
// The timer at the top of the side panel: the card with the round, step and countdown
// (timer_view.cpp), and below it the buttons, options and talking-piece circle
// (timer_controls.cpp). Both only read the session and emit ops.
#include <string>

#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/shell/ui_state.hpp"

namespace hostspace::gui {

// Round and step, the countdown (amber in the warning time, red at zero, flashing briefly,
// counting up in overtime), a progress bar, the end time and how far off schedule. When idle,
// the round Start would start.
void draw_timer_card(const PanelFrame& frame, const std::string& selected_round);

// Start/Pause/Resume, Next, -1/+1 min, Restart step, Stop; in talking-piece mode the speaker's
// time, Next speaker and the participants in order, the current one highlighted.
void draw_timer_controls(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out);

// The options: Chime, auto-advance, the warning time, and the talking piece of the selected
// round (else the running one, else the first) with its time per speaker. And a one-line
// summary of the session's options for the folded section's header.
void draw_timer_options(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out);
std::string timer_options_summary(const Timer& timer, bool chime);

// A round's talking piece: on or off, and each speaker's seconds while on; each change is one
// EditRound (one undo step). `name_round`: say which round it is. The timer's options and the
// round editor both show it.
void draw_talking_piece_option(const PanelFrame& frame, const Round& round, FieldEdit& field,
                               FrameRequests& out, bool name_round);

}  // namespace hostspace::gui
