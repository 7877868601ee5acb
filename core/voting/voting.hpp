#pragma once
// Dot voting: voting rounds, the dots cast in them and the room's paper tally, with the
// operations that change them. A dot is one op, so dots cast on several devices add up.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

// What a round votes on: notes, themes (groups) on the board, or the purpose drafts.
enum class VoteTarget { notes, groups, drafts };

const char* vote_target_name(VoteTarget target);  // "notes", "groups", "drafts"
// Throws hostspace::Error for an unknown name.
VoteTarget vote_target_from_name(const std::string& name);

// What a round is and its rules, fixed when it opens: a different rule is a new round.
struct VotingRules {
    VoteTarget target = VoteTarget::notes;
    int dots_per_person = 3;
    int per_item_max = 0;            // the most dots one voter may put on one item; 0: no limit
    bool anonymous = false;          // ballots carry an opaque voter key, never a name
    bool live_results = false;       // results shown while voting; otherwise hidden until revealed
    std::vector<std::string> items;  // only these may get dots (a run-off); empty: every item
    std::string runoff_of;           // the round this one is a run-off of, or empty

    friend bool operator==(const VotingRules& a, const VotingRules& b) {
        return a.target == b.target && a.dots_per_person == b.dots_per_person &&
               a.per_item_max == b.per_item_max && a.anonymous == b.anonymous &&
               a.live_results == b.live_results && a.items == b.items && a.runoff_of == b.runoff_of;
    }
};

struct Dot {
    std::string id;
    std::string item_id;  // a note, group or draft id, per the round's target
    std::string voter;    // a name, or an opaque key in an anonymous round
    Lww<bool> live;       // false once withdrawn (or refused when it arrived)
};

struct VotingRound {
    std::string id;
    std::int64_t opened_ms = 0;
    Lww<std::string> title;
    VotingRules rules;
    Lww<bool> closed;
    Lww<bool> revealed;
    Lww<bool> deleted;
    std::vector<Dot> dots;  // in the order they were first cast
    std::unordered_map<std::string, std::size_t> dot_index;
    std::map<std::string, int> tally;  // item id -> the room's count of paper dots (>= 0)

    const Dot* find_dot(const std::string& dot_id) const;
    Dot* find_dot(const std::string& dot_id);
    // Live dots a voter has placed, in all and on one item.
    int dots_used(const std::string& voter) const;
    int dots_on_item(const std::string& voter, const std::string& item_id) const;
    int tally_of(const std::string& item_id) const;
    // The results may be shown: live results, or revealed.
    bool results_visible() const { return rules.live_results || revealed.value; }
};

struct Voting {
    std::vector<VotingRound> rounds;  // in the order they were opened

    const VotingRound* find_round(const std::string& id) const;
    VotingRound* find_round(const std::string& id);
    // The newest round that is not deleted, or null.
    const VotingRound* latest_round() const;
};

// ---- operations --------------------------------------------------------------------------
struct OpenVotingRound {
    std::string id, title;
    VotingRules rules;
};
struct RenameVotingRound {
    std::string id, title;
};
struct CloseVoting {
    std::string id;
};
struct ReopenVoting {
    std::string id;
};
struct RevealVotes {
    std::string id;
    bool revealed = true;
};
struct DeleteVotingRound {
    std::string id;
};
struct RestoreVotingRound {
    std::string id;
};
// One dot from one voter on one item. Re-casting a withdrawn dot's id puts it back.
struct CastDot {
    std::string id, round_id, item_id, voter;
};
struct WithdrawDot {
    std::string id, round_id;
};
// The facilitator's count of paper dots: +1 or -1 per key press. Deltas from several devices
// add up; the total shown never goes below zero.
struct AdjustTally {
    std::string round_id, item_id;
    int delta = 0;
};

}  // namespace hostspace
