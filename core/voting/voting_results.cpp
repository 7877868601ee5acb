#include "core/voting/voting_results.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/harvest/ranked.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace {
namespace {

bool counts_in_results(VoteItems items, const VotingRound& round, const std::string& item_id) {
    return item_in_round(items, round, item_id) || item_kept_after_delete(items, round, item_id);
}

// The items the results list: the round's live items and, for drafts, the deleted drafts that
// have dots, in the drafts' order.
std::vector<std::string> result_items(VoteItems items, const VotingRound& round,
                                      const std::unordered_map<std::string, int>& ballot_dots) {
    if (round.rules.target != VoteTarget::drafts || !items.harvest) {
        return round_items(items, round);
    }
    const auto listed = [&](const Draft& draft) {
        if (item_in_round(items, round, draft.id)) return true;
        return item_kept_after_delete(items, round, draft.id) &&
               (ballot_dots.count(draft.id) > 0 || round.tally_of(draft.id) > 0);
    };
    std::vector<std::string> ids;
    for (const Draft* draft : in_rank_order(items.harvest->drafts, listed)) {
        ids.push_back(draft->id);
    }
    return ids;
}

}  // namespace

VoteResults tally_votes(VoteItems items, const VotingRound& round) {
    VoteResults results;
    std::unordered_map<std::string, int> ballot_dots;
    std::set<std::string> voters;
    for (const Dot& dot : round.dots) {
        // A dot on a note or theme deleted since is kept (an undo brings it back) but does not
        // count; on a draft it still counts (see item_kept_after_delete).
        if (!dot.live.value || !counts_in_results(items, round, dot.item_id)) continue;
        ++ballot_dots[dot.item_id];
        voters.insert(dot.voter);
    }
    results.voters = static_cast<int>(voters.size());
    for (const std::string& item : result_items(items, round, ballot_dots)) {
        ItemResult result;
        result.item_id = item;
        result.deleted = !item_in_round(items, round, item);
        const auto found = ballot_dots.find(item);
        result.ballot_dots = found == ballot_dots.end() ? 0 : found->second;
        result.tally = round.tally_of(item);
        result.dots = result.ballot_dots + result.tally;
        results.total_dots += result.dots;
        results.paper_dots += result.tally;
        results.ranked.push_back(std::move(result));
    }
    std::stable_sort(results.ranked.begin(), results.ranked.end(),
                     [](const ItemResult& a, const ItemResult& b) { return a.dots > b.dots; });
    for (std::size_t i = 0; i < results.ranked.size(); ++i) {
        ItemResult& item = results.ranked[i];
        const bool same_as_previous = i > 0 && results.ranked[i - 1].dots == item.dots;
        item.rank = same_as_previous ? results.ranked[i - 1].rank : static_cast<int>(i) + 1;
        const bool same_as_next =
            i + 1 < results.ranked.size() && results.ranked[i + 1].dots == item.dots;
        item.tied = same_as_previous || same_as_next;
        results.has_ties = results.has_ties || item.tied;
    }
    return results;
}

std::vector<std::string> runoff_candidates(const VoteResults& results, int top_n) {
    std::vector<std::string> chosen;
    for (const ItemResult& item : results.ranked) {
        if (item.deleted) continue;  // a deleted draft cannot be voted on again
        const bool within = static_cast<int>(chosen.size()) < top_n;
        const bool level_with_last =
            !chosen.empty() && item.rank <= top_n && item.dots > 0;  // a tie across the cut
        if (!within && !level_with_last) break;
        chosen.push_back(item.item_id);
    }
    return chosen;
}

OpenVotingRound make_runoff(VoteItems items, const VotingRound& of, int top_n,
                            const std::string& new_id) {
    OpenVotingRound runoff;
    runoff.id = new_id;
    runoff.title = "Run-off: " + of.title.value;
    runoff.rules = of.rules;
    runoff.rules.items = runoff_candidates(tally_votes(items, of), top_n);
    runoff.rules.runoff_of = of.id;
    return runoff;
}

std::vector<Ballot> ballots(const VotingRound& round) {
    std::vector<Ballot> out;
    std::unordered_map<std::string, std::size_t> slot;
    for (const Dot& dot : round.dots) {
        if (!dot.live.value) continue;
        auto [it, added] = slot.emplace(dot.voter, out.size());
        if (added) out.push_back({dot.voter, {}});
        out[it->second].second.push_back(dot.item_id);
    }
    return out;
}

}  // namespace hostspace
