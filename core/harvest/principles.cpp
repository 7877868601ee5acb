#include "core/harvest/principles.hpp"

#include <algorithm>

#include "core/harvest/ranked.hpp"
#include "core/harvest/sources.hpp"
#include "core/util/text.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace {
namespace {

const Principle* live_principle(const Harvest& harvest, const std::string& id) {
    const Principle* principle = harvest.find_principle(id);
    return principle && !principle->deleted.value ? principle : nullptr;
}

bool linked_by_a_principle(const Harvest& harvest, const std::string& source) {
    for (const Principle* principle : principles_in_order(harvest)) {
        const auto ids = linked_sources(*principle);
        if (std::find(ids.begin(), ids.end(), source) != ids.end()) return true;
    }
    return false;
}

// The rank after every line ever placed in one list, so a restored line keeps its place.
double line_rank_after(const Harvest& harvest, const std::string& principle_id, LineKind kind) {
    return rank_after(harvest.lines, [&](const PrincipleLine& line) {
        return line.place.value.principle_id == principle_id && line.place.value.kind == kind;
    });
}

// The top items of a vote that may become principles, best first.
std::vector<std::string> top_items(const Session& session, const VotingRound& round, int top_n) {
    const VoteResults results = tally_votes(session, round);
    std::vector<std::string> items;
    for (const std::string& id : runoff_candidates(results, top_n)) {
        const auto found = std::find_if(results.ranked.begin(), results.ranked.end(),
                                        [&](const ItemResult& r) { return r.item_id == id; });
        if (found != results.ranked.end() && found->dots > 0) items.push_back(id);
    }
    return items;
}

const VotingRound* live_vote(const Session& session, const std::string& id) {
    const VotingRound* round = session.voting.find_round(id);
    return round && !round->deleted.value ? round : nullptr;
}

}  // namespace

std::vector<const Principle*> principles_in_order(const Harvest& harvest) {
    return in_rank_order(harvest.principles,
                         [](const Principle& principle) { return !principle.deleted.value; });
}

std::vector<const PrincipleLine*> lines_of(const Harvest& harvest, const std::string& principle_id,
                                           LineKind kind) {
    return in_rank_order(harvest.lines, [&](const PrincipleLine& line) {
        return !line.deleted.value && line.place.value.principle_id == principle_id &&
               line.place.value.kind == kind;
    });
}

AddPrinciple new_principle(const Harvest& harvest, const std::string& id, const std::string& title,
                           const std::string& statement, std::vector<std::string> sources) {
    AddPrinciple op;
    op.id = id;
    op.title = title;
    op.statement = statement;
    op.sources = std::move(sources);
    op.rank = rank_after(harvest.principles, [](const Principle&) { return true; });
    return op;
}

std::optional<std::string> principle_from_theme_refusal(const Session& session,
                                                        const std::string& group_id) {
    const Group* group = session.board.find_group(group_id);
    if (!group) return "There is no such theme.";
    if (group->deleted.value) return "That theme was deleted: restore it on the board first.";
    return std::nullopt;
}

std::optional<AddPrinciple> principle_from_theme(const Session& session,
                                                 const std::string& group_id,
                                                 const std::string& id) {
    if (principle_from_theme_refusal(session, group_id)) return std::nullopt;
    return new_principle(session.harvest, id, session.board.find_group(group_id)->title.value, "",
                         theme_sources(session.board, group_id));
}

std::optional<std::string> principles_from_vote_refusal(const Session& session,
                                                        const std::string& round_id, int top_n) {
    const VotingRound* round = live_vote(session, round_id);
    if (!round) return "There is no such voting round.";
    if (round->rules.target == VoteTarget::drafts) {
        return "That vote was on purpose drafts: principles start from notes or themes.";
    }
    const std::vector<std::string> items = top_items(session, *round, std::max(1, top_n));
    if (items.empty()) {
        return "Nobody has voted in \"" + round->title.value +
               "\" yet: there are no top results to start from.";
    }
    for (const std::string& item : items) {
        if (!linked_by_a_principle(session.harvest, item)) return std::nullopt;
    }
    return "Each of the top results already has a principle.";
}

std::vector<OpPayload> principles_from_vote(const Session& session, const std::string& round_id,
                                            int top_n, const NewId& new_id) {
    if (principles_from_vote_refusal(session, round_id, top_n)) return {};
    const VotingRound& round = *live_vote(session, round_id);
    double rank = rank_after(session.harvest.principles, [](const Principle&) { return true; });
    std::vector<OpPayload> ops;
    for (const std::string& item : top_items(session, round, std::max(1, top_n))) {
        if (linked_by_a_principle(session.harvest, item)) continue;
        AddPrinciple op;
        op.id = new_id();
        if (round.rules.target == VoteTarget::groups) {
            op.title = session.board.find_group(item)->title.value;
            op.sources = theme_sources(session.board, item);
        } else {
            op.title = trim_space(session.board.find_note(item)->text.value);
            op.sources = {item};
        }
        op.rank = rank;
        rank += 1;
        ops.push_back(std::move(op));
    }
    return ops;
}

std::optional<std::string> line_text_refusal(LineKind kind, const std::string& text) {
    if (!trim_space(text).empty()) return std::nullopt;
    return kind == LineKind::practice
               ? "Write the practice first: what it looks like when we live this."
               : "Write the commitment first: how we will hold each other to account.";
}

AddPrincipleLine new_line(const Harvest& harvest, const std::string& principle_id, LineKind kind,
                          const std::string& id, const std::string& text) {
    return AddPrincipleLine{
        id, {principle_id, kind, line_rank_after(harvest, principle_id, kind)}, text};
}

std::vector<OpPayload> move_principle_to(const Harvest& harvest, const std::string& id,
                                         std::size_t index) {
    std::vector<OpPayload> ops;
    for (const RankChange& change : moves_to_index(principles_in_order(harvest), id, index)) {
        ops.push_back(MovePrinciple{change.id, change.rank});
    }
    return ops;
}

std::vector<OpPayload> move_line_to(const Harvest& harvest, const std::string& line_id,
                                    std::size_t index) {
    const PrincipleLine* line = harvest.find_line(line_id);
    if (!line) return {};
    const LinePlace place = line->place.value;
    std::vector<OpPayload> ops;
    for (const RankChange& change :
         moves_to_index(lines_of(harvest, place.principle_id, place.kind), line_id, index)) {
        ops.push_back(MovePrincipleLine{change.id, {place.principle_id, place.kind, change.rank}});
    }
    return ops;
}

std::vector<OpPayload> move_line_into(const Harvest& harvest, const std::string& line_id,
                                      const std::string& principle_id, LineKind kind) {
    const PrincipleLine* line = harvest.find_line(line_id);
    if (!line) return {};
    const LinePlace& place = line->place.value;
    if (place.principle_id == principle_id && place.kind == kind) return {};
    return {MovePrincipleLine{line_id,
                              {principle_id, kind, line_rank_after(harvest, principle_id, kind)}}};
}

std::optional<std::string> merge_refusal(const Harvest& harvest, const std::string& into,
                                         const std::string& from) {
    if (into == from) return "Choose two different principles to merge.";
    if (!live_principle(harvest, into) || !live_principle(harvest, from)) {
        return "There is no such principle (it may have been deleted).";
    }
    return std::nullopt;
}

std::vector<OpPayload> merge_principles(const Harvest& harvest, const std::string& into,
                                        const std::string& from) {
    if (merge_refusal(harvest, into, from)) return {};
    const Principle& target = *live_principle(harvest, into);
    const Principle& merged = *live_principle(harvest, from);
    std::vector<OpPayload> ops;
    for (LineKind kind : {LineKind::practice, LineKind::accountability}) {
        double rank = line_rank_after(harvest, into, kind);
        for (const PrincipleLine* line : lines_of(harvest, from, kind)) {
            ops.push_back(MovePrincipleLine{line->id, {into, kind, rank}});
            rank += 1;
        }
    }
    const std::vector<std::string> have = linked_sources(target);
    std::vector<std::string> joining;
    for (const std::string& source : linked_sources(merged)) {
        if (std::find(have.begin(), have.end(), source) == have.end()) joining.push_back(source);
    }
    if (!joining.empty()) ops.push_back(LinkPrincipleSources{into, joining, true});
    EditPrinciple fill{into};
    if (trim_space(target.statement.value).empty() && !merged.statement.value.empty()) {
        fill.statement = merged.statement.value;
    }
    if (target.champion.value.empty() && !merged.champion.value.empty()) {
        fill.champion = merged.champion.value;
    }
    if (fill.statement || fill.champion) ops.push_back(fill);
    for (const Action& action : harvest.actions) {
        if (!action.deleted.value && action.principle_id.value == from) {
            EditAction relink{action.id};
            relink.principle_id = into;
            ops.push_back(relink);
        }
    }
    ops.push_back(DeletePrinciple{from});
    return ops;
}

std::vector<OpPayload> delete_principle(const Harvest& harvest, const std::string& id) {
    if (!live_principle(harvest, id)) return {};
    return {DeletePrinciple{id}};
}

std::vector<OpPayload> restore_principle(const Harvest& harvest, const std::string& id) {
    const Principle* principle = harvest.find_principle(id);
    if (!principle || !principle->deleted.value) return {};
    return {RestorePrinciple{id}};
}

}  // namespace hostspace
