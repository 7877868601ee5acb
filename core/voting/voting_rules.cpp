#include "core/voting/voting_rules.hpp"

#include <algorithm>

#include "core/board/filter.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/ranked.hpp"

namespace hostspace {
namespace {

const char* item_word(const VotingRound& round) {
    switch (round.rules.target) {
        case VoteTarget::groups:
            return "theme";
        case VoteTarget::drafts:
            return "draft";
        case VoteTarget::notes:
            break;
    }
    return "note";
}

const Draft* find_draft(VoteItems items, const std::string& id) {
    return items.harvest ? items.harvest->find_draft(id) : nullptr;
}

bool in_runoff_list(const VotingRound& round, const std::string& item_id) {
    const auto& only = round.rules.items;
    return only.empty() || std::find(only.begin(), only.end(), item_id) != only.end();
}

std::string plural(int count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// "Priya has" or "This voter has": an anonymous round never repeats a voter key to the room.
std::string voter_phrase(const VotingRound& round, const std::string& voter) {
    return round.rules.anonymous || voter.empty() ? "This voter has" : voter + " has";
}

}  // namespace

bool item_in_round(VoteItems items, const VotingRound& round, const std::string& item_id) {
    switch (round.rules.target) {
        case VoteTarget::groups: {
            const Group* group = items.board.find_group(item_id);
            if (!group || group->deleted.value) return false;
            break;
        }
        case VoteTarget::drafts: {
            const Draft* draft = find_draft(items, item_id);
            if (!draft || draft->deleted.value) return false;
            break;
        }
        case VoteTarget::notes: {
            const Note* note = items.board.find_note(item_id);
            if (!note || note->deleted.value) return false;
            break;
        }
    }
    return in_runoff_list(round, item_id);
}

bool item_kept_after_delete(VoteItems items, const VotingRound& round, const std::string& item_id) {
    if (round.rules.target != VoteTarget::drafts) return false;
    const Draft* draft = find_draft(items, item_id);
    return draft && draft->deleted.value && in_runoff_list(round, item_id);
}

std::vector<std::string> round_items(VoteItems items, const VotingRound& round) {
    std::vector<std::string> ids;
    switch (round.rules.target) {
        case VoteTarget::groups:
            for (const Group& group : items.board.groups) {
                if (item_in_round(items, round, group.id)) ids.push_back(group.id);
            }
            break;
        case VoteTarget::drafts:
            if (!items.harvest) break;
            for (const Draft* draft : in_rank_order(items.harvest->drafts, [&](const Draft& d) {
                     return item_in_round(items, round, d.id);
                 })) {
                ids.push_back(draft->id);
            }
            break;
        case VoteTarget::notes:
            for (const Note& note : items.board.notes) {
                if (item_in_round(items, round, note.id)) ids.push_back(note.id);
            }
            break;
    }
    return ids;
}

bool round_has_items(VoteItems items, const VotingRound& round) {
    const auto live = [&](const std::string& id) { return item_in_round(items, round, id); };
    if (!round.rules.items.empty()) {
        return std::any_of(round.rules.items.begin(), round.rules.items.end(), live);
    }
    switch (round.rules.target) {
        case VoteTarget::groups:
            return std::any_of(items.board.groups.begin(), items.board.groups.end(),
                               [&](const Group& group) { return live(group.id); });
        case VoteTarget::drafts:
            return items.harvest &&
                   std::any_of(items.harvest->drafts.begin(), items.harvest->drafts.end(),
                               [&](const Draft& draft) { return live(draft.id); });
        case VoteTarget::notes:
            break;
    }
    return std::any_of(items.board.notes.begin(), items.board.notes.end(),
                       [&](const Note& note) { return live(note.id); });
}

std::string item_label(VoteItems items, const VotingRound& round, const std::string& item_id) {
    switch (round.rules.target) {
        case VoteTarget::groups: {
            const Group* group = items.board.find_group(item_id);
            return group ? group->title.value : "";
        }
        case VoteTarget::drafts: {
            const Draft* draft = find_draft(items, item_id);
            return draft ? current_text(*draft) : "";
        }
        case VoteTarget::notes:
            break;
    }
    const Note* note = items.board.find_note(item_id);
    return note ? note->text.value : "";
}

std::optional<std::string> dot_refusal(const Session& session, const CastDot& dot) {
    const VotingRound* round = session.voting.find_round(dot.round_id);
    if (!round || round->deleted.value) return "There is no such voting round.";
    if (round->closed.value) return "This voting round is closed; re-open it to take more dots.";
    if (!item_in_round(session, *round, dot.item_id)) {
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
    if (!item_in_round(session, *round, change.item_id)) {
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
