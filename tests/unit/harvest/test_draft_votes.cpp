#include <catch2/catch.hpp>

#include "core/harvest/drafts.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;

namespace {

// Three drafts (a, b, c) and a dot vote "v" over them.
HarvestRoom room_with_vote(VotingRules rules = {VoteTarget::drafts, 3, 2, false, false, {}, ""}) {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "a", "a1", "Table 1", "We listen", ""));
    room.add(new_draft(room.harvest(), "b", "b1", "Table 2", "We act together", ""));
    room.add(new_draft(room.harvest(), "c", "c1", "Table 3", "Children first", ""));
    room.add(OpenVotingRound{"v", "Which draft speaks for us?", std::move(rules)});
    return room;
}

std::optional<std::string> cast(HarvestRoom& room, const std::string& id, const std::string& item,
                                const std::string& voter, const std::string& round = "v") {
    const CastDot dot{id, round, item, voter};
    auto refusal = dot_refusal(room.session, dot);
    if (!refusal) room.add(dot);
    return refusal;
}

const VotingRound& vote(const HarvestRoom& room, const std::string& id = "v") {
    return *room.session.voting.find_round(id);
}

}  // namespace

TEST_CASE("drafts are a voting target with all the rules", "[harvest][voting]") {
    HarvestRoom room = room_with_vote();
    CHECK(vote_target_from_name("drafts") == VoteTarget::drafts);
    CHECK(std::string(vote_target_name(VoteTarget::drafts)) == "drafts");
    CHECK(round_items(room.session, vote(room)) == std::vector<std::string>{"a", "b", "c"});
    CHECK(round_has_items(room.session, vote(room)));
    CHECK(item_label(room.session, vote(room), "b") == "We act together");
    // A board alone knows no drafts.
    CHECK(round_items(room.session.board, vote(room)).empty());

    CHECK_FALSE(cast(room, "d1", "b", "Helen"));
    CHECK_FALSE(cast(room, "d2", "b", "Helen"));
    CHECK(cast(room, "d3", "b", "Helen") ==
          std::optional<std::string>("At most 2 dots may go on one draft."));
    CHECK_FALSE(cast(room, "d3", "a", "Helen"));
    CHECK(cast(room, "d4", "c", "Helen") ==
          std::optional<std::string>("Helen has used all 3 dots."));
    CHECK(cast(room, "d5", "n1", "Amira") ==
          std::optional<std::string>("That draft is not part of this vote."));
    CHECK_FALSE(cast(room, "d6", "c", "Amira"));
    room.add(AdjustTally{"v", "c", 2});
    const VoteResults results = tally_votes(room.session, vote(room));
    REQUIRE(results.ranked.size() == 3);
    CHECK(results.ranked[0].item_id == "c");  // 1 ballot dot + 2 paper dots
    CHECK(results.ranked[0].dots == 3);
    CHECK(results.ranked[1].item_id == "b");
    CHECK(results.total_dots == 6);
    CHECK(results.voters == 2);

    // A run-off over the top two, with the same rules.
    const OpenVotingRound runoff = make_runoff(room.session, vote(room), 2, "r");
    CHECK(runoff.rules.target == VoteTarget::drafts);
    CHECK(runoff.rules.items == std::vector<std::string>{"c", "b"});
    room.add(runoff);
    CHECK(round_items(room.session, vote(room, "r")) == std::vector<std::string>{"b", "c"});
    CHECK(cast(room, "r1", "a", "Helen", "r"));
}

TEST_CASE("a draft deleted after the vote keeps its dots in the results, marked",
          "[harvest][voting]") {
    HarvestRoom room = room_with_vote({VoteTarget::drafts, 3, 0, false, true, {}, ""});
    cast(room, "d1", "a", "Helen");
    cast(room, "d2", "a", "Amira");
    cast(room, "d3", "b", "Amira");
    room.add(AdjustTally{"v", "a", 1});
    room.add(DeleteDraft{"a"});
    const VoteResults results = tally_votes(room.session, vote(room));
    REQUIRE(results.ranked.size() == 3);
    CHECK(results.ranked[0].item_id == "a");
    CHECK(results.ranked[0].dots == 3);
    CHECK(results.ranked[0].deleted);
    CHECK_FALSE(results.ranked[1].deleted);
    CHECK(results.total_dots == 4);
    CHECK(results.voters == 2);
    CHECK(item_label(room.session, vote(room), "a") == "We listen");
    CHECK(item_kept_after_delete(room.session, vote(room), "a"));
    CHECK_FALSE(item_in_round(room.session, vote(room), "a"));
    // It takes no new dots or paper dots, and is never a run-off candidate.
    CHECK(cast(room, "d4", "a", "Tom"));
    CHECK(tally_refusal(room.session, AdjustTally{"v", "a", 1}));
    CHECK(runoff_candidates(results, 1) == std::vector<std::string>{"b"});
    CHECK(round_items(room.session, vote(room)) == std::vector<std::string>{"b", "c"});
    // A deleted draft that had no dots is not listed.
    room.add(DeleteDraft{"c"});
    CHECK(tally_votes(room.session, vote(room)).ranked.size() == 2);
    // Restored, it is an item like any other again.
    room.add(RestoreDraft{"a"});
    CHECK_FALSE(tally_votes(room.session, vote(room)).ranked[0].deleted);
    // Notes deleted after a vote still drop out, as before.
    room.add(
        OpenVotingRound{"n", "Notes", VotingRules{VoteTarget::notes, 3, 0, false, true, {}, ""}});
    cast(room, "nd", "n1", "Helen", "n");
    room.add(DeleteNote{"n1"});
    CHECK(tally_votes(room.session, vote(room, "n")).total_dots == 0);
    CHECK_FALSE(item_kept_after_delete(room.session, vote(room, "n"), "n1"));
}
