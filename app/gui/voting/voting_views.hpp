#pragma once
// Dot voting in the control window: the side panel's Voting section (voting_panel.cpp), the
// new round's form (voting_round_form.cpp), and what takes the board column's place while the
// facilitator counts paper dots (voting_tally_view.cpp) or passes the laptop round for ballots
// (ballot_view.cpp). Free functions over the const session: they change only VotingUiState
// (and, on a reveal, the projector's mode) and emit ops.
#include <string>

#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/voting/voting_ui_state.hpp"

namespace hostspace::gui {

// The folded section's one-line summary: "Open · 14 dots", "Closed · 9 dots", "No vote yet";
// never a count while ballots are being taken; "· drafts" for a vote on the purpose drafts.
std::string voting_summary(const Session& session, VotingUiState& ui);

// The section's body: the round shown (a combo for older ones), its rules and state, and its
// buttons (Tally, Pass the laptop, Reveal/Hide, Close/Re-open, Run-off, Delete, New round).
// Revealing a round's results turns the projector to Votes.
void draw_voting_section(const PanelFrame& frame, VotingUiState& ui, ProjectorSettings& projector,
                         FrameRequests& out);

// The height to keep free for the section below the agenda: its height last frame, plus the
// rows of results it had to leave out then for want of room (given back when there is some).
float voting_panel_reserve(const VotingUiState& ui);

// True while the tally or the ballots take the board column's place.
inline bool voting_takes_board(const VotingUiState& ui) {
    return ui.screen != VotingScreen::board;
}

// Draws the tally or the ballots in the board column (call only when voting_takes_board).
void draw_voting_screen(const PanelFrame& frame, VotingUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
