#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/session/session.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

// Four notes (n1..n4) in two groups, and a voting round "v" over notes with `rules`.
struct Room {
    Session session;
    std::uint64_t seq = 0;

    explicit Room(VotingRules rules = {}) {
        add(AddGroup{"g1", "Voice", "", {0, 0}});
        add(AddGroup{"g2", "Trust", "", {400, 0}});
        add(AddNote{"n1", "Listen", "", "", "", "g1", {0, 50}});
        add(AddNote{"n2", "Young people first", "", "", "", "g1", {0, 200}});
        add(AddNote{"n3", "Share data", "", "", "", "g2", {400, 50}});
        add(AddNote{"n4", "Keep promises", "", "", "", "g2", {400, 200}});
        add(OpenVotingRound{"v", "What matters most?", std::move(rules)});
    }
    // Applies the op as the GUI would: only when the rules allow it. Returns the refusal.
    std::optional<std::string> cast(const std::string& dot, const std::string& item,
                                    const std::string& voter, const std::string& round = "v") {
        const CastDot op{dot, round, item, voter};
        auto refusal = dot_refusal(session, op);
        if (!refusal) add(op);
        return refusal;
    }
    void add(OpPayload payload) {
        ++seq;
        apply(session, make_op(kDeviceA, seq, seq, std::move(payload)));
    }
    const VotingRound& round(const std::string& id = "v") const {
        return *session.voting.find_round(id);
    }
    VoteResults results(const std::string& id = "v") const {
        return tally_votes(session.board, round(id));
    }
    int dots_of(const std::string& item, const std::string& id = "v") const {
        for (const auto& r : results(id).ranked) {
            if (r.item_id == item) return r.dots;
        }
        return -1;
    }
};

}  // namespace

TEST_CASE("a voter has dots_per_person dots and no more", "[voting]") {
    Room room(VotingRules{VoteTarget::notes, 3, 0, false, false, {}, ""});
    CHECK_FALSE(room.cast("d1", "n1", "Priya"));
    CHECK_FALSE(room.cast("d2", "n1", "Priya"));
    CHECK(dots_left(room.round(), "Priya") == 1);
    CHECK_FALSE(room.cast("d3", "n2", "Priya"));
    CHECK(dots_left(room.round(), "Priya") == 0);
    CHECK(room.cast("d4", "n3", "Priya") ==
          std::optional<std::string>("Priya has used all 3 dots."));
    CHECK_FALSE(room.cast("d5", "n3", "Sam"));  // another voter has their own budget
    CHECK(room.dots_of("n1") == 2);
    CHECK(room.dots_of("n3") == 1);
    CHECK(room.results().voters == 2);
    CHECK(room.results().total_dots == 4);
}

TEST_CASE("a dot over the budget never counts, even if it is folded in", "[voting]") {
    Room room(VotingRules{VoteTarget::notes, 2, 0, false, false, {}, ""});
    room.add(CastDot{"d1", "v", "n1", "Priya"});
    room.add(CastDot{"d2", "v", "n2", "Priya"});
    room.add(CastDot{"d3", "v", "n3", "Priya"});  // a device that skipped the check
    CHECK(room.dots_of("n3") == 0);
    CHECK(room.round().dots_used("Priya") == 2);
    CHECK(room.round().find_dot("d3") == nullptr);
}

TEST_CASE("the per-item limit caps one voter's dots on one item", "[voting]") {
    Room room(VotingRules{VoteTarget::notes, 5, 2, false, false, {}, ""});
    CHECK_FALSE(room.cast("d1", "n1", "Priya"));
    CHECK_FALSE(room.cast("d2", "n1", "Priya"));
    CHECK(room.cast("d3", "n1", "Priya") ==
          std::optional<std::string>("At most 2 dots may go on one note."));
    CHECK_FALSE(room.cast("d4", "n1", "Sam"));
    CHECK_FALSE(room.cast("d5", "n2", "Priya"));
    CHECK(room.dots_of("n1") == 3);
}

TEST_CASE("an anonymous round does not name the voter when it refuses", "[voting]") {
    Room room(VotingRules{VoteTarget::notes, 1, 0, true, false, {}, ""});
    CHECK_FALSE(room.cast("d1", "n1", "ballot-7f3a"));
    const auto refusal = room.cast("d2", "n2", "ballot-7f3a");
    REQUIRE(refusal);
    CHECK(*refusal == "This voter has used all 1 dot.");
    CHECK(refusal->find("ballot-7f3a") == std::string::npos);
    const std::string json = export_session_json(room.session);
    CHECK(json.find("ballot-7f3a") == std::string::npos);
    CHECK(json.find("\"ballots\": null") != std::string::npos);
}

TEST_CASE("a named round exports each voter's ballot", "[voting][export]") {
    Room room;
    room.cast("d1", "n1", "Priya");
    room.cast("d2", "n3", "Priya");
    room.cast("d3", "n1", "Sam");
    const auto list = ballots(room.round());
    REQUIRE(list.size() == 2);
    CHECK(list[0] == Ballot{"Priya", {"n1", "n3"}});
    CHECK(list[1] == Ballot{"Sam", {"n1"}});
}

TEST_CASE("a closed round takes no dots until it is re-opened", "[voting]") {
    Room room;
    CHECK_FALSE(room.cast("d1", "n1", "Priya"));
    room.add(CloseVoting{"v"});
    CHECK(room.cast("d2", "n1", "Sam") ==
          std::optional<std::string>("This voting round is closed; re-open it to take more dots."));
    CHECK(withdraw_refusal(room.session, WithdrawDot{"d1", "v"}));
    CHECK(tally_refusal(room.session, AdjustTally{"v", "n1", 1}));
    room.add(CastDot{"d2", "v", "n1", "Sam"});  // folded in from a device that missed the close
    CHECK(room.dots_of("n1") == 1);
    room.add(ReopenVoting{"v"});
    CHECK_FALSE(room.cast("d3", "n1", "Sam"));
    CHECK(room.dots_of("n1") == 2);
}

TEST_CASE("dots go only on items of the round", "[voting]") {
    Room room(VotingRules{VoteTarget::groups, 3, 0, false, false, {}, ""});
    CHECK(room.cast("d1", "n1", "Priya") ==
          std::optional<std::string>("That theme is not part of this vote."));
    CHECK_FALSE(room.cast("d2", "g1", "Priya"));
    room.add(DeleteGroup{"g2"});
    CHECK(room.cast("d3", "g2", "Priya"));
    CHECK(room.cast("d4", "g1", "Priya", "nope") ==
          std::optional<std::string>("There is no such voting round."));
    CHECK(round_items(room.session.board, room.round()) == std::vector<std::string>{"g1"});
    CHECK(item_label(room.session.board, room.round(), "g1") == "Voice");
}

TEST_CASE("withdrawing a dot gives it back, and undo of a dot withdraws it", "[voting]") {
    Room room(VotingRules{VoteTarget::notes, 1, 0, false, false, {}, ""});
    const CastDot dot{"d1", "v", "n1", "Priya"};
    const auto undo = invert(room.session, dot);
    room.add(dot);
    REQUIRE(undo.size() == 1);
    CHECK(std::holds_alternative<WithdrawDot>(undo[0]));
    const auto redo = invert(room.session, undo[0]);
    room.add(undo[0]);
    CHECK(room.dots_of("n1") == 0);
    CHECK(dots_left(room.round(), "Priya") == 1);
    CHECK(withdraw_refusal(room.session, WithdrawDot{"d1", "v"}) ==
          std::optional<std::string>("That dot is not cast."));
    REQUIRE(redo.size() == 1);
    room.add(redo[0]);  // the same dot, back
    CHECK(room.dots_of("n1") == 1);
    CHECK(room.round().dots.size() == 1);
    CHECK(dot_refusal(room.session, dot) ==
          std::optional<std::string>("That dot is already cast."));
}

TEST_CASE("the tally adds and takes away, and never goes below zero", "[voting][tally]") {
    Room room;
    room.add(AdjustTally{"v", "n2", +1});
    room.add(AdjustTally{"v", "n2", +1});
    room.add(AdjustTally{"v", "n2", +1});
    room.add(AdjustTally{"v", "n2", -1});
    CHECK(room.dots_of("n2") == 2);
    room.cast("d1", "n2", "Priya");
    const auto results = room.results();
    CHECK(results.ranked[0].item_id == "n2");
    CHECK(results.ranked[0].tally == 2);
    CHECK(results.ranked[0].ballot_dots == 1);
    CHECK(results.ranked[0].dots == 3);
    CHECK(tally_refusal(room.session, AdjustTally{"v", "n1", -1}) ==
          std::optional<std::string>("The count is already at zero."));
    room.add(AdjustTally{"v", "n1", -1});  // folded in anyway: it changes nothing
    CHECK(room.round().tally_of("n1") == 0);
    room.add(AdjustTally{"v", "n1", +1});
    CHECK(room.round().tally_of("n1") == 1);
    const auto undo = invert(room.session, AdjustTally{"v", "n1", -3});
    REQUIRE(undo.size() == 1);
    CHECK(std::get<AdjustTally>(undo[0]).delta == 1);  // only the one dot it really took
}

TEST_CASE("results are ranked with ties flagged and shared ranks", "[voting][results]") {
    Room room(VotingRules{VoteTarget::notes, 10, 0, false, false, {}, ""});
    room.add(AdjustTally{"v", "n3", 5});
    room.add(AdjustTally{"v", "n1", 3});
    room.add(AdjustTally{"v", "n4", 3});
    const auto results = room.results();
    REQUIRE(results.ranked.size() == 4);
    CHECK(results.ranked[0].item_id == "n3");
    CHECK(results.ranked[0].rank == 1);
    CHECK_FALSE(results.ranked[0].tied);
    CHECK(results.ranked[1].item_id == "n1");  // equal dots keep board order
    CHECK(results.ranked[2].item_id == "n4");
    CHECK(results.ranked[1].rank == 2);
    CHECK(results.ranked[2].rank == 2);
    CHECK(results.ranked[1].tied);
    CHECK(results.ranked[2].tied);
    CHECK(results.ranked[3].rank == 4);
    CHECK_FALSE(results.ranked[3].tied);  // alone at 0
    CHECK(results.has_ties);
    CHECK(results.total_dots == 11);
}

TEST_CASE("a run-off takes the top N and any item level with the last", "[voting][runoff]") {
    Room room(VotingRules{VoteTarget::notes, 10, 2, false, false, {}, ""});
    room.add(AdjustTally{"v", "n3", 5});
    room.add(AdjustTally{"v", "n1", 3});
    room.add(AdjustTally{"v", "n4", 3});
    room.add(AdjustTally{"v", "n2", 1});
    CHECK(runoff_candidates(room.results(), 1) == std::vector<std::string>{"n3"});
    CHECK(runoff_candidates(room.results(), 2) == std::vector<std::string>{"n3", "n1", "n4"});
    CHECK(runoff_candidates(room.results(), 9).size() == 4);

    const OpenVotingRound runoff = make_runoff(room.session.board, room.round(), 2, "v2");
    CHECK(runoff.title == "Run-off: What matters most?");
    CHECK(runoff.rules.runoff_of == "v");
    CHECK(runoff.rules.per_item_max == 2);
    room.add(runoff);
    CHECK(round_items(room.session.board, room.round("v2")) ==
          std::vector<std::string>{"n1", "n3", "n4"});
    CHECK(room.cast("d1", "n2", "Priya", "v2") ==
          std::optional<std::string>("That note is not part of this vote."));
    CHECK_FALSE(room.cast("d2", "n4", "Priya", "v2"));
    CHECK(room.dots_of("n4", "v2") == 1);
    CHECK(room.dots_of("n4", "v") == 3);  // the first round's result is kept as it was
}

TEST_CASE("dots cast on two devices at once add up, in either order", "[voting][merge]") {
    const VotingRules rules{VoteTarget::notes, 3, 0, false, false, {}, ""};
    std::vector<Op> ops = {
        make_op(kDeviceA, 1, 1, AddNote{"n1", "Listen", "", "", "", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, OpenVotingRound{"v", "Vote", rules}),
        // Both laptops have seen the round (lamport 2) and cast at the same time.
        make_op(kDeviceA, 3, 3, CastDot{"a1", "v", "n1", "Priya"}),
        make_op(kDeviceA, 4, 4, CastDot{"a2", "v", "n1", "Priya"}),
        make_op(kDeviceB, 1, 3, CastDot{"b1", "v", "n1", "Sam"}),
        make_op(kDeviceB, 2, 4, AdjustTally{"v", "n1", 2}),
        make_op(kDeviceA, 5, 5, AdjustTally{"v", "n1", 1}),
    };
    const Session forward = fold(ops);
    std::reverse(ops.begin(), ops.end());
    const Session backward = fold(ops);
    const auto count = [](const Session& s) {
        return tally_votes(s.board, *s.voting.find_round("v")).ranked.at(0).dots;
    };
    CHECK(count(forward) == 6);
    CHECK(count(backward) == 6);
    CHECK(export_session_json(forward) == export_session_json(backward));
}

TEST_CASE("one voter on two devices still cannot go over budget", "[voting][merge]") {
    const VotingRules rules{VoteTarget::notes, 2, 0, false, false, {}, ""};
    const Session s = fold({
        make_op(kDeviceA, 1, 1, AddNote{"n1", "Listen", "", "", "", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, OpenVotingRound{"v", "Vote", rules}),
        make_op(kDeviceA, 3, 3, CastDot{"a1", "v", "n1", "Priya"}),
        make_op(kDeviceA, 4, 4, CastDot{"a2", "v", "n1", "Priya"}),
        make_op(kDeviceB, 1, 3, CastDot{"b1", "v", "n1", "Priya"}),
    });
    // Fold order (lamport, device, seq): a1, b1, a2; a2 is the third and does not count.
    const VotingRound& round = *s.voting.find_round("v");
    CHECK(round.dots_used("Priya") == 2);
    CHECK(round.find_dot("a1"));
    CHECK(round.find_dot("b1"));
    CHECK_FALSE(round.find_dot("a2"));
}

TEST_CASE("items with no dots share a rank and are tied, but no tie is shown for them",
          "[voting][results]") {
    Room room(VotingRules{VoteTarget::notes, 10, 0, false, false, {}, ""});
    room.add(AdjustTally{"v", "n3", 2});
    room.add(AdjustTally{"v", "n2", 1});
    const auto results = room.results();
    REQUIRE(results.ranked.size() == 4);
    CHECK(results.ranked[2].item_id == "n1");
    CHECK(results.ranked[3].item_id == "n4");
    CHECK(results.ranked[2].rank == 3);
    CHECK(results.ranked[3].rank == 3);
    CHECK(results.ranked[2].tied);  // the export marks every level item
    CHECK(results.ranked[3].tied);
    CHECK_FALSE(results.ranked[2].tie_to_show());  // the views point out ties with dots only
    CHECK_FALSE(results.ranked[0].tied);
    CHECK(results.has_ties);
    room.add(AdjustTally{"v", "n1", 2});  // now level with n3 at the top
    const auto level = room.results();
    CHECK(level.ranked[0].tie_to_show());
    CHECK(level.ranked[1].tie_to_show());
}

TEST_CASE("results are hidden until revealed unless the round shows them live", "[voting]") {
    Room hidden;
    CHECK_FALSE(hidden.round().results_visible());
    hidden.add(RevealVotes{"v", true});
    CHECK(hidden.round().results_visible());
    Room live(VotingRules{VoteTarget::notes, 3, 0, false, true, {}, ""});
    CHECK(live.round().results_visible());
}

TEST_CASE("voting round ops change the state and their inverses restore it", "[voting][ops]") {
    Room room;
    room.cast("d1", "n1", "Priya");
    const OpPayload ops[] = {RenameVotingRound{"v", "Top three"}, CloseVoting{"v"},
                             RevealVotes{"v", true}, DeleteVotingRound{"v"},
                             OpenVotingRound{"w", "Themes", VotingRules{}}};
    for (const OpPayload& op : ops) {
        INFO(op_tag(op));
        Room copy = room;
        const std::string before = export_session_json(copy.session);
        const auto undo = invert(copy.session, op);
        copy.add(op);
        CHECK(export_session_json(copy.session) != before);
        REQUIRE_FALSE(undo.empty());
        for (const auto& u : undo) copy.add(u);
        CHECK(export_session_json(copy.session) == before);
    }
    Room closed = room;
    closed.add(CloseVoting{"v"});
    CHECK(std::holds_alternative<CloseVoting>(invert(closed.session, ReopenVoting{"v"}).at(0)));
    closed.add(DeleteVotingRound{"v"});
    CHECK(std::holds_alternative<DeleteVotingRound>(
        invert(closed.session, RestoreVotingRound{"v"}).at(0)));
    CHECK(closed.session.voting.latest_round() == nullptr);
}

TEST_CASE("the export lists voting rounds and each item's votes", "[voting][export]") {
    Room room(VotingRules{VoteTarget::notes, 3, 2, false, false, {}, ""});
    room.cast("d1", "n2", "Priya");
    room.cast("d2", "n2", "Sam");
    room.add(AdjustTally{"v", "n2", 1});
    room.add(
        OpenVotingRound{"w", "Themes", VotingRules{VoteTarget::groups, 3, 0, true, true, {}, ""}});
    room.cast("d3", "g2", "k1", "w");
    const std::string json = export_session_json(room.session);
    CHECK(json.find(R"("voting_rounds": [)") != std::string::npos);
    CHECK(json.find(R"("title": "What matters most?")") != std::string::npos);
    CHECK(json.find(R"("per_item_max": 2)") != std::string::npos);
    CHECK(json.find(R"("per_item_max": null)") != std::string::npos);
    CHECK(json.find(R"("results_shown": "when_revealed")") != std::string::npos);
    CHECK(json.find(R"("results_shown": "live")") != std::string::npos);
    CHECK(json.find(R"("label": "Young people first")") != std::string::npos);
    // n2: two ballot dots and one on paper, first of round v.
    CHECK(json.find(R"("round": "v",
          "dots": 3,
          "rank": 1)") != std::string::npos);
    // g2 (a group) got the one dot of round w.
    CHECK(json.find(R"("round": "w",
          "dots": 1,
          "rank": 1)") != std::string::npos);
}

TEST_CASE("a name already on a ballot is found in any case; take-back finds the newest dot",
          "[voting]") {
    Room room;
    room.cast("d1", "n1", "Zoë");
    room.cast("d2", "n1", "Zoë");
    room.cast("d3", "n2", "Sam");
    CHECK(ballot_voter(room.round(), "ZOË") == std::optional<std::string>("Zoë"));
    CHECK(ballot_voter(room.round(), "sam") == std::optional<std::string>("Sam"));
    CHECK_FALSE(ballot_voter(room.round(), "Priya"));
    const Dot* newest = last_live_dot(room.round(), "Zoë", "n1");
    REQUIRE(newest);
    CHECK(newest->id == "d2");
    room.add(WithdrawDot{"d2", "v"});
    CHECK(last_live_dot(room.round(), "Zoë", "n1")->id == "d1");
    CHECK(last_live_dot(room.round(), "Zoë", "n2") == nullptr);
    room.add(WithdrawDot{"d3", "v"});
    CHECK_FALSE(ballot_voter(room.round(), "Sam"));  // a ballot with no live dots is gone
}

TEST_CASE("results say how many dots came from paper", "[voting][results]") {
    Room room;
    room.cast("d1", "n1", "Priya");
    room.add(AdjustTally{"v", "n2", 3});
    CHECK(room.results().total_dots == 4);
    CHECK(room.results().paper_dots == 3);
}

TEST_CASE("round_has_items stops at the first live item", "[voting]") {
    Room room;
    CHECK(round_has_items(room.session.board, room.round()));
    room.add(OpenVotingRound{"r", "Run-off",
                             VotingRules{VoteTarget::notes, 3, 0, false, false, {"n4"}, "v"}});
    CHECK(round_has_items(room.session.board, room.round("r")));
    room.add(DeleteNote{"n4"});
    CHECK_FALSE(round_has_items(room.session.board, room.round("r")));
    room.add(OpenVotingRound{"g", "Themes",
                             VotingRules{VoteTarget::groups, 3, 0, false, false, {}, ""}});
    CHECK(round_has_items(room.session.board, room.round("g")));
    room.add(DeleteGroup{"g1"});
    room.add(DeleteGroup{"g2"});
    CHECK_FALSE(round_has_items(room.session.board, room.round("g")));
}
