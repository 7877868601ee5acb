#include "core/voting/voting_rules.hpp"

#include <algorithm>

#include "core/board/filter.hpp"

namespace hostspace {
namespace {

const char* item_word(const VotingRound& round) {
    return round.rules.target == VoteTarget::groups ? "theme" : "note";
}

std::string plural(int count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// "Priya has" or "This voter has": an anonymous round never repeats a voter key to the room.
std::string voter_phrase(const VotingRound& round, const std::string& voter) {
    return round.rules.anonymous || voter.empty() ? "This voter has" : voter + " has";
}

}  // namespace

bool item_in_round(const Board& board, const VotingRound& round, const std::string& item_id) {
    if (round.rules.target == VoteTarget::groups) {
        const Group* group = board.find_group(item_id);
        if (!group || group->deleted.value) return false;
    } else {
        const Note* note = board.find_note(item_id);
        if (!note || note->deleted.value) return false;
    }
    const auto& only = round.rules.items;
    return only.empty() || std::find(only.begin(), only.end(), item_id) != only.end();
}

std::vector<std::string> round_items(const Board& board, const VotingRound& round) {
    std::vector<std::string> items;
    if (round.rules.target == VoteTarget::groups) {
        for (const Group& group : board.groups) {
            if (item_in_round(board, round, group.id)) items.push_back(group.id);
        }
    } else {
        for (const Note& note : board.notes) {
            if (item_in_round(board, round, note.id)) items.push_back(note.id);
        }
    }
    return items;
}

bool round_has_items(const Board& board, const VotingRound& round) {
    const auto live = [&](const std::string& id) { return item_in_round(board, round, id); };
    if (!round.rules.items.empty()) {
        return std::any_of(round.rules.items.begin(), round.rules.items.end(), live);
    }
    if (round.rules.target == VoteTarget::groups) {
        return std::any_of(board.groups.begin(), board.groups.end(),
                           [&](const Group& group) { return live(group.id); });
    }
    return std::any_of(board.notes.begin(), board.notes.end(),
                       [&](const Note& note) { return live(note.id); });
}

std::string item_label(const Board& board, const VotingRound& round, const std::string& item_id) {
    if (round.rules.target == VoteTarget::groups) {
        const Group* group = board.find_group(item_id);
        return group ? group->title.value : "";
    }
    const Note* note = board.find_note(item_id);
    return note ? note->text.value : "";
}

std::optional<std::string> dot_refusal(const Session& session, const CastDot& dot) {
    const VotingRound* round = session.voting.find_round(dot.round_id);
    if (!round || round->deleted.value) return "There is no such voting round.";
    if (round->closed.value) return "This voting round is closed; re-open it to take more dots.";
    if (!item_in_round(session.board, *round, dot.item_id)) {
        return std::string("That ") + item_word(*round) + " is not part of this vote.";
    }
    const Dot* existing = round->find_dot(dot.id);
    if (existing && existing->live.value) return "That dot is already cast.";
    const int budget = round->rules.dots_per_person;
    if (round->dots_used(dot.voter) >= budget) {
        return voter_phrase(*round, dot.voter) + " used all " + plural(budget, "dot") + ".";
    }
    const int limit = round->rules.per_item_max;
    if (limit > 0 && round->dots_on_item(dot.voter, dot.item_id) >= limit) {
        return "At most " + plural(limit, "dot") + " may go on one " + item_word(*round) + ".";
    }
    return std::nullopt;
}

std::optional<std::string> withdraw_refusal(const Session& session, const WithdrawDot& withdraw) {
    const VotingRound* round = session.voting.find_round(withdraw.round_id);
    if (!round || round->deleted.value) return "There is no such voting round.";
    if (round->closed.value) return "This voting round is closed; re-open it to change dots.";
    const Dot* dot = round->find_dot(withdraw.id);
    if (!dot || !dot->live.value) return "That dot is not cast.";
    return std::nullopt;
}

std::optional<std::string> tally_refusal(const Session& session, const AdjustTally& change) {
    const VotingRound* round = session.voting.find_round(change.round_id);
    if (!round || round->deleted.value) return "There is no such voting round.";
    if (round->closed.value) return "This voting round is closed; re-open it to change the count.";
    if (!item_in_round(session.board, *round, change.item_id)) {
        return std::string("That ") + item_word(*round) + " is not part of this vote.";
    }
    if (change.delta == 0) return "The count would not change.";
    if (round->tally_of(change.item_id) + change.delta < 0) {
        return "The count is already at zero.";
    }
    return std::nullopt;
}

int dots_left(const VotingRound& round, const std::string& voter) {
    return std::max(0, round.rules.dots_per_person - round.dots_used(voter));
}

std::optional<std::string> ballot_voter(const VotingRound& round, const std::string& name) {
    const std::string wanted = fold_case(name);
    for (const Dot& dot : round.dots) {
        if (dot.live.value && fold_case(dot.voter) == wanted) return dot.voter;
    }
    return std::nullopt;
}

const Dot* last_live_dot(const VotingRound& round, const std::string& voter,
                         const std::string& item_id) {
    for (auto it = round.dots.rbegin(); it != round.dots.rend(); ++it) {
        if (it->live.value && it->voter == voter && it->item_id == item_id) return &*it;
    }
    return nullptr;
}

}  // namespace hostspace
