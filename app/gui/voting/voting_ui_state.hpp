#pragma once
// Transient state of dot voting in the control window: which round the panel shows, the new
// round's form, the tally's highlighted row, and the pass-the-laptop ballot in progress (the
// name being typed, the voter key, the keyboard's place among the ballot's buttons). None of
// it is part of the session: rounds, dots and the tally live in the Document, changed only by
// ops.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/voting/voting.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace::gui {

// What takes the board column's place: nothing (the board), the tally or the ballots.
enum class VotingScreen { board, tally, ballots };

// The steps of one ballot: who votes, the voting itself, and the neutral hand-over screen
// that shows nothing of the voter before.
enum class BallotStep { start, voting, hand_over };

struct BallotUiState {
    BallotStep step = BallotStep::start;
    int number = 0;            // "Ballot 3": the round's voters before this one, plus one
    std::string name;          // typed on the start screen (named rounds)
    std::string voter;         // the voter key of the ballot in progress
    std::string focus;         // the button the keyboard is on: "add:<item>", "take:<item>", "done"
    bool focus_field = false;  // give the name field the keyboard on the next frame
    bool scroll_to_focus = false;
    std::string message;          // why the last action was refused, until the next action
    bool confirm_finish = false;  // open the "Finish ballots?" question on the next frame
    // The voter whose ballot the typed name matched (as their dots spell it), offered
    // "Continue <name>'s ballot" to change it; empty when the name is new.
    std::string returning_voter;
};

struct TallyUiState {
    std::string highlighted;  // item id of the row the keys act on
    std::string message;      // why the last change was refused, until the next action
    bool scroll_to_highlight = false;
};

// The "New voting round" form, filled in before the round opens.
struct RoundFormState {
    bool open_requested = false;
    // What the form opens on when asked from elsewhere (the Harvest place's "Dot vote on the
    // drafts…"); nothing: notes, the form's default.
    std::optional<VoteTarget> preset_target;
    std::string title;
    VotingRules rules;
    bool focus_title = false;
};

// The shown round's results, worked out again only when the session changes (every change is
// an op, which moves the op count or the Lamport clock): not on every frame of the panel.
struct VoteResultsMemo {
    std::string round;
    SessionVersion version;
    bool valid = false;
    VoteResults results;
};

struct VotingUiState {
    std::string round;  // the round the panel shows (and tally and ballots act on); "": latest
    VotingScreen screen = VotingScreen::board;
    BallotUiState ballot;
    TallyUiState tally;
    RoundFormState form;
    int runoff_top = 3;        // a run-off over the top N
    float panel_height = 0;    // the voting section's height last frame, kept free for it
    float panel_cut = 0;       // the height of the results rows it left out for want of room
    int panel_cut_frame = -1;  // the frame panel_cut was measured in
    std::string log_line;      // the last voting line in the test log
    std::string results_log;   // the panel's last results line in the test log
    std::string buttons_log;   // the panel's last buttons line in the test log
    // Open the side panel's Voting section on its next frame: a round opened from elsewhere
    // (the Harvest place) shows where its ballots are taken.
    bool show_section = false;
    VoteResultsMemo results_memo;
};

}  // namespace hostspace::gui
