#pragma once
// The rules of a vote, in one place: the GUI asks them before it commits a dot (to say why a
// dot is refused), and the fold asks them again when the dot is applied (so a dot that breaks
// them never counts, whichever device cast it).
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// Where a round's items live: notes and themes on the board, purpose drafts in the harvest.
// Made from a Session (every target) or from a Board alone, as callers did before drafts were
// a target (notes and themes only: a drafts round then has no items). Pass the session.
struct VoteItems {
    VoteItems(const Session& session) : board(session.board), harvest(&session.harvest) {}
    VoteItems(const Board& board_only) : board(board_only) {}

    const Board& board;
    const Harvest* harvest = nullptr;
};

// True when the item is a live note (or group, or draft, per the round's target) and, in a
// run-off, one of the round's items.
bool item_in_round(VoteItems items, const VotingRound& round, const std::string& item_id);

// A draft deleted after the round took dots on it: its dots still count in the results, where
// it is marked deleted (the record of what the room chose does not change behind its back),
// but it takes no new dots and is never a run-off candidate. Notes and themes deleted since do
// not count (an undo brings their dots back).
bool item_kept_after_delete(VoteItems items, const VotingRound& round, const std::string& item_id);

// The live items of a round in board order (drafts: in the drafts' order): what a ballot lists.
std::vector<std::string> round_items(VoteItems items, const VotingRound& round);

// True when the round has at least one live item (stops at the first, unlike round_items).
bool round_has_items(VoteItems items, const VotingRound& round);

// The item's text for people: a note's text, a group's title or a draft's current wording (""
// when it is gone).
std::string item_label(VoteItems items, const VotingRound& round, const std::string& item_id);

// Why this dot cannot be cast, in words for the facilitator, or nothing when it can.
std::optional<std::string> dot_refusal(const Session& session, const CastDot& dot);
std::optional<std::string> withdraw_refusal(const Session& session, const WithdrawDot& withdraw);
std::optional<std::string> tally_refusal(const Session& session, const AdjustTally& change);

// Dots a voter may still place in the round.
int dots_left(const VotingRound& round, const std::string& voter);

// The voter of the round (with live dots) who has this name, ignoring case, as their dots spell
// it; nullopt if none. A second "Priya" would see and spend the first one's dots, so a new
// ballot must not start under a name already used; Priya herself may go back to hers.
std::optional<std::string> ballot_voter(const VotingRound& round, const std::string& name);

// The voter's most recent live dot on the item (what "take back" withdraws), or null.
const Dot* last_live_dot(const VotingRound& round, const std::string& voter,
                         const std::string& item_id);

}  // namespace hostspace
