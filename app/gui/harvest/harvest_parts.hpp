#pragma once
// The four parts of the Harvest place, each in its own file. Each draws into the current ImGui
// child window (the rest of the board's column) and sets what the projector's Purpose mode
// shows (frame.projector.harvest) while it is open.
#include "app/gui/harvest/harvest_view.hpp"

namespace hostspace::gui {

void draw_purpose_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);
void draw_principles_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);
void draw_actions_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);
void draw_focus_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);

// consent_view.cpp: a consent round on the draft's current wording (ask, take responses named
// or counted, record objections, amend and ask again, mark agreed), drawn under the draft.
void draw_draft_consent(const HarvestFrame& frame, HarvestUiState& ui, const Draft& draft,
                        FrameRequests& out);
// consent_view.cpp: the same for the whole set of principles, drawn under the list.
void draw_principles_consent(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);
// draft_vote.cpp: "Dot vote on the drafts…": the Voting section's new-round form, with the
// drafts as its target.
void draw_draft_vote_button(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
