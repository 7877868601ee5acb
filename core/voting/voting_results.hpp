#pragma once
// A round's results: items ranked by dots (ballot dots plus the paper tally), ties flagged, and
// the items a run-off is held over.
#include <string>
#include <utility>
#include <vector>

#include "core/session/session.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace {

struct ItemResult {
    std::string item_id;
    int ballot_dots = 0;  // live dots cast as ballots
    int tally = 0;        // the paper count (never below zero)
    int dots = 0;         // the two together
    int rank = 0;         // 1 for the most dots; tied items share a rank (1, 2, 2, 4)
    bool tied = false;    // another item has as many dots (none counts too: 0 and 0 are level)
    // A draft deleted after it got dots: still counted, marked (see item_kept_after_delete).
    bool deleted = false;

    // A tie the views point out to the room: level items that have dots. Items that no one
    // voted for are level too (and exported as tied), but "tie" beside every 0 is noise.
    bool tie_to_show() const { return tied && dots > 0; }
};

struct VoteResults {
    std::vector<ItemResult> ranked;  // most dots first; equal dots keep board order
    int total_dots = 0;
    int paper_dots = 0;     // of total_dots, those counted from paper (the tally)
    int voters = 0;         // voters with at least one live dot
    bool has_ties = false;  // some item is tied (see ItemResult::tied)
};

// Pass the session (a Board alone knows no drafts: see VoteItems).
VoteResults tally_votes(VoteItems items, const VotingRound& round);

// The top `top_n` items, and any item tied with the last of them: a run-off never drops one of
// two items that are level. Deleted drafts are left out.
std::vector<std::string> runoff_candidates(const VoteResults& results, int top_n);

// A new round over the run-off candidates of `of`, with the same rules otherwise.
OpenVotingRound make_runoff(VoteItems items, const VotingRound& of, int top_n,
                            const std::string& new_id);

// Each voter's live dots (item ids, in casting order), voters in order of their first dot.
using Ballot = std::pair<std::string, std::vector<std::string>>;
std::vector<Ballot> ballots(const VotingRound& round);

}  // namespace hostspace
