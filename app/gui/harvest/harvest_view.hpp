#pragma once
// The Harvest place: Purpose, Principles, Actions and Focus, drawn in the board's column when
// the facilitator switches to it (the tab above the board, or Ctrl+H). Views read the session
// and emit ops; what the projector's Purpose mode shows follows what is worked on here.
#include "app/gui/board/board_ui_state.hpp"
#include "app/gui/harvest/harvest_ui_state.hpp"
#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/voting/voting_ui_state.hpp"

namespace hostspace::gui {

// What every part of the Harvest place reads and writes in one frame.
struct HarvestFrame {
    const PanelFrame& panel;
    const BoardUiState& board;     // the selected notes and the picked theme: raw material
    ProjectorSettings& projector;  // Purpose mode shows what is worked on here
    VotingUiState& voting;         // a dot vote on the drafts opens in the Voting section
};

// Ctrl+H: the Harvest place or the board; Ctrl+1..4 with the place shown: its parts. Not while
// a dialog is open.
void handle_harvest_shortcuts(HarvestUiState& ui);

// The row of tabs over the column: Board | Harvest, and with the place shown, its parts.
// Returns true when the Harvest place is to be drawn below it.
bool draw_place_tabs(const PanelFrame& frame, HarvestUiState& ui, ProjectorSettings& projector);

// The open part of the Harvest place, filling the rest of the column.
void draw_harvest_place(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);

// After the frame's views: the harvest field typed in but not drawn (the place switched away)
// is committed; before quitting or closing, everything typed is, a draft's wording too.
void commit_undrawn_harvest_field(HarvestUiState& ui, FrameRequests& out);
void flush_harvest_edits(const Session& session, HarvestUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
