#include "core/export/json_votes.hpp"

#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::export_json {
namespace {

void write_rules(Writer& w, const VotingRules& rules) {
    put(w, "target", vote_target_name(rules.target));
    put_int(w, "dots_per_person", rules.dots_per_person);
    w.Key("per_item_max");
    if (rules.per_item_max > 0) {
        w.Int(rules.per_item_max);
    } else {
        w.Null();  // no limit
    }
    put_bool(w, "anonymous", rules.anonymous);
    put(w, "results_shown", rules.live_results ? "live" : "when_revealed");
    w.Key("runoff_of");
    if (rules.runoff_of.empty()) {
        w.Null();
    } else {
        w.String(rules.runoff_of.c_str());
    }
}

void write_results(Writer& w, const Session& session, const VotingRound& round,
                   const VoteResults& results) {
    put_int(w, "total_dots", results.total_dots);
    put_int(w, "voters", results.voters);
    put_bool(w, "has_ties", results.has_ties);
    w.Key("results");
    w.StartArray();
    for (const ItemResult& item : results.ranked) {
        w.StartObject();
        put(w, "item", item.item_id);
        put(w, "label", item_label(session, round, item.item_id));
        put_int(w, "dots", item.dots);
        put_int(w, "ballot_dots", item.ballot_dots);
        put_int(w, "tally", item.tally);
        put_int(w, "rank", item.rank);
        put_bool(w, "tied", item.tied);
        put_bool(w, "deleted", item.deleted);  // a draft deleted after it got dots
        w.EndObject();
    }
    w.EndArray();
}

// Named rounds list who put which dots where; an anonymous round's voter keys stay out.
void write_ballots(Writer& w, const VotingRound& round) {
    w.Key("ballots");
    if (round.rules.anonymous) {
        w.Null();
        return;
    }
    w.StartArray();
    for (const auto& [voter, items] : ballots(round)) {
        w.StartObject();
        put(w, "voter", voter);
        w.Key("items");
        w.StartArray();
        for (const std::string& item : items) w.String(item.c_str());
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

VotesByItem votes_by_item(const Session& session) {
    VotesByItem votes;
    for (const VotingRound& round : session.voting.rounds) {
        if (round.deleted.value) continue;
        for (const ItemResult& item : tally_votes(session, round).ranked) {
            votes[item.item_id].push_back({&round, item.dots, item.rank, item.tied});
        }
    }
    return votes;
}

void write_item_votes(Writer& w, const VotesByItem& votes, const std::string& item_id) {
    w.Key("votes");
    w.StartArray();
    if (const auto found = votes.find(item_id); found != votes.end()) {
        for (const ItemVotes& vote : found->second) {
            w.StartObject();
            put(w, "round", vote.round->id);
            put_int(w, "dots", vote.dots);
            put_int(w, "rank", vote.rank);
            put_bool(w, "tied", vote.tied);
            w.EndObject();
        }
    }
    w.EndArray();
}

void write_voting_rounds(Writer& w, const Session& session) {
    w.Key("voting_rounds");
    w.StartArray();
    for (const VotingRound& round : session.voting.rounds) {
        if (round.deleted.value) continue;
        w.StartObject();
        put(w, "id", round.id);
        put(w, "title", round.title.value);
        put_int(w, "opened_ms", round.opened_ms);
        write_rules(w, round.rules);
        put_bool(w, "closed", round.closed.value);
        put_bool(w, "revealed", round.revealed.value);
        write_results(w, session, round, tally_votes(session, round));
        write_ballots(w, round);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace hostspace::export_json
