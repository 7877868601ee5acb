#include "core/voting/voting.hpp"

#include <algorithm>

#include "core/util/error.hpp"

namespace hostspace {

const char* vote_target_name(VoteTarget target) {
    switch (target) {
        case VoteTarget::groups:
            return "groups";
        case VoteTarget::drafts:
            return "drafts";
        case VoteTarget::notes:
            break;
    }
    return "notes";
}

VoteTarget vote_target_from_name(const std::string& name) {
    if (name == "notes") return VoteTarget::notes;
    if (name == "groups") return VoteTarget::groups;
    if (name == "drafts") return VoteTarget::drafts;
    throw Error("unknown vote target \"" + name + "\" (expected notes, groups or drafts)");
}

const Dot* VotingRound::find_dot(const std::string& dot_id) const {
    const auto it = dot_index.find(dot_id);
    return it == dot_index.end() ? nullptr : &dots[it->second];
}

Dot* VotingRound::find_dot(const std::string& dot_id) {
    const auto it = dot_index.find(dot_id);
    return it == dot_index.end() ? nullptr : &dots[it->second];
}

int VotingRound::dots_used(const std::string& voter) const {
    int used = 0;
    for (const Dot& dot : dots) used += dot.live.value && dot.voter == voter ? 1 : 0;
    return used;
}

int VotingRound::dots_on_item(const std::string& voter, const std::string& item_id) const {
    int used = 0;
    for (const Dot& dot : dots) {
        used += dot.live.value && dot.voter == voter && dot.item_id == item_id ? 1 : 0;
    }
    return used;
}

int VotingRound::tally_of(const std::string& item_id) const {
    const auto it = tally.find(item_id);
    return it == tally.end() ? 0 : it->second;
}

const VotingRound* Voting::find_round(const std::string& id) const {
    for (const VotingRound& round : rounds) {
        if (round.id == id) return &round;
    }
    return nullptr;
}

VotingRound* Voting::find_round(const std::string& id) {
    return const_cast<VotingRound*>(static_cast<const Voting&>(*this).find_round(id));
}

const VotingRound* Voting::latest_round() const {
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
        if (!it->deleted.value) return &*it;
    }
    return nullptr;
}

}  // namespace hostspace
