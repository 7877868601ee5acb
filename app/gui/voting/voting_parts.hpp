#pragma once
// Pieces the voting views share (voting_views.hpp has what the control window calls): the
// round they act on, item text cut to a few lines, the refusal message, the test log.
#include <imgui.h>

#include <string>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/voting/voting_ui_state.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace::gui {

// The round the panel shows: `ui.round` while it exists and is not deleted, else the newest
// live round; nullptr when there is none.
const VotingRound* shown_round(const Session& session, const VotingUiState& ui);

// The round's results (tally_votes), kept in `ui` until the session changes.
const VoteResults& shown_results(const Session& session, const VotingRound& round,
                                 VotingUiState& ui);

// An item's text for people: a note's text, a theme's title, or a draft's label and current
// wording ("Café table 1: We come together to …"), marked " (deleted)" when the draft was
// deleted after the round counted it (its dots still count).
std::string vote_item_text(const Session& session, const VotingRound& round,
                           const std::string& item_id);

// "note", "theme" or "draft": what the round votes on, in the singular.
const char* vote_item_word(VoteTarget target);

// `text` (line breaks read as spaces) wrapped to `width` in `font` at `size` pixels, at most
// `max_lines` lines, the last cut with "…" when more would follow.
std::string clip_to_lines(const std::string& text, ImFont* font, float size, float width,
                          int max_lines);

// How many dots are in, in words: "14 dots from 5 voters", "40 dots" (all counted on
// paper), "40 dots: 12 from 5 voters, 28 on paper".
std::string dots_summary(const VoteResults& results);

// A refusal or other message the voter or facilitator must not miss: dark red text on a pale
// red band with a red edge, `font` sized, the full width available.
void draw_message_band(const std::string& text, ImFont* font, float scale);

// A slot that shows `message` as a message band, or `caption` (muted, in `caption_font`) when
// there is none, and takes the same height either way: a refusal never moves what is below.
void draw_message_slot(const std::string& message, ImFont* message_font, const std::string& caption,
                       ImFont* caption_font, float scale);

// Text in `font` and `colour`, wrapped at the window's edge.
void text_line(ImFont* font, ImU32 colour, const std::string& text);

// The new round's form, a modal (voting_round_form.cpp); opens when ui.form.open_requested.
void draw_round_form(const PanelFrame& frame, VotingUiState& ui, FrameRequests& out);

// The board column's replacements (voting_tally_view.cpp, ballot_view.cpp).
void draw_tally(const PanelFrame& frame, const VotingRound& round, VotingUiState& ui,
                FrameRequests& out);
void draw_ballots(const PanelFrame& frame, const VotingRound& round, VotingUiState& ui,
                  FrameRequests& out);

// For the GUI tests (HOSTSPACE_DRAW_LOG): `line` when it differs from the last one written.
void log_voting_state(VotingUiState& ui, const std::string& line);
// " target=drafts" for a vote on the purpose drafts, "" otherwise: the end of a voting line.
std::string target_suffix(const VotingRound& round);
// `text` in double quotes, with any double quote in it written as '.
std::string log_quoted(const std::string& text);

}  // namespace hostspace::gui
