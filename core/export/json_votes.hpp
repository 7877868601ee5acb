#pragma once
// The voting part of the JSON export: each note's and group's dots per round, and the rounds
// with their rules and ranked results. Internal to core/export (json_export.cpp calls it).
#include <string>
#include <unordered_map>
#include <vector>

#include "core/export/json_writer.hpp"
#include "core/session/session.hpp"

namespace hostspace::export_json {

struct ItemVotes {
    const VotingRound* round = nullptr;
    int dots = 0;
    int rank = 0;
    bool tied = false;
};

// Item id (note, group or draft) -> its results in each live round that lists it, oldest
// round first.
using VotesByItem = std::unordered_map<std::string, std::vector<ItemVotes>>;
VotesByItem votes_by_item(const Session& session);

// "votes": [{"round", "dots", "rank", "tied"}, ...] for one item (an empty list if none).
void write_item_votes(Writer& w, const VotesByItem& votes, const std::string& item_id);

// "voting_rounds": every live round with its rules, state and ranked results.
void write_voting_rounds(Writer& w, const Session& session);

}  // namespace hostspace::export_json
