#include <catch2/catch.hpp>

#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::counter_ids;
using hostspace::test::HarvestRoom;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

std::string titles(const Harvest& harvest) {
    std::string out;
    for (const Principle* p : principles_in_order(harvest)) out += p->title.value + ";";
    return out;
}

std::string texts(const std::vector<const PrincipleLine*>& lines) {
    std::string out;
    for (const PrincipleLine* line : lines) out += line->text.value + ";";
    return out;
}

}  // namespace

TEST_CASE("a principle starts from a theme: its title, and its notes as sources",
          "[harvest][principles]") {
    HarvestRoom room;
    const auto op = principle_from_theme(room.session, "g1", "pr");
    REQUIRE(op);
    CHECK(op->title == "Young people's voice");
    CHECK(op->sources == std::vector<std::string>{"g1", "n1", "n2"});
    room.add(*op);
    const Principle& principle = *room.harvest().find_principle("pr");
    const auto raw = describe_sources(room.session.board, linked_sources(principle));
    REQUIRE(raw.size() == 3);
    CHECK(raw[0].kind == SourceKind::theme);
    CHECK(raw[1].text == "Ask young people first");
    // The theme is deleted later: the principle keeps it, named and marked.
    room.add(DeleteGroup{"g1"});
    room.add(DeleteNote{"n2"});
    const auto after = describe_sources(room.session.board, linked_sources(principle));
    CHECK(after[0].text == "Young people's voice");
    CHECK(after[0].deleted);
    CHECK(after[2].deleted);
    CHECK(describe_source(room.session.board, "never").kind == SourceKind::missing);
    CHECK(principle_from_theme_refusal(room.session, "g1") ==
          std::optional<std::string>("That theme was deleted: restore it on the board first."));
    CHECK_FALSE(principle_from_theme(room.session, "g1", "pr2"));
    CHECK(principle_from_theme_refusal(room.session, "nope"));
    CHECK(theme_sources(room.session.board, "g2") == std::vector<std::string>{"g2", "n3"});
    CHECK(theme_sources(room.session.board, "nope").empty());
}

TEST_CASE("principles start from a vote's top results", "[harvest][principles]") {
    HarvestRoom room;
    room.add(OpenVotingRound{"v", "Which themes?",
                             VotingRules{VoteTarget::groups, 3, 0, false, true, {}, ""}});
    CHECK_THAT(*principles_from_vote_refusal(room.session, "v", 2),
               Catch::Contains("Nobody has voted in \"Which themes?\" yet"));
    room.add(CastDot{"d1", "v", "g2", "Helen"});
    room.add(CastDot{"d2", "v", "g2", "Amira"});
    room.add(CastDot{"d3", "v", "g1", "Amira"});
    REQUIRE_FALSE(principles_from_vote_refusal(room.session, "v", 2));
    const auto undo = room.add_all(principles_from_vote(room.session, "v", 2, counter_ids("pr")));
    CHECK(titles(room.harvest()) == "Trust;Young people's voice;");
    CHECK(linked_sources(*room.harvest().find_principle("pr1")) ==
          std::vector<std::string>{"g2", "n3"});
    // Asked again, the top results already have principles.
    CHECK(principles_from_vote_refusal(room.session, "v", 2) ==
          std::optional<std::string>("Each of the top results already has a principle."));
    room.add_all(undo);  // one undo step takes them all back
    CHECK(principles_in_order(room.harvest()).empty());

    room.add(OpenVotingRound{"n", "Which notes?",
                             VotingRules{VoteTarget::notes, 3, 0, false, true, {}, ""}});
    room.add(CastDot{"d4", "n", "n3", "Helen"});
    room.add_all(principles_from_vote(room.session, "n", 3, counter_ids("np")));
    REQUIRE(principles_in_order(room.harvest()).size() == 1);
    CHECK(principles_in_order(room.harvest())[0]->title.value == "Keep our promises");
    CHECK(linked_sources(*principles_in_order(room.harvest())[0]) ==
          std::vector<std::string>{"n3"});

    room.add(OpenVotingRound{"dv", "Drafts",
                             VotingRules{VoteTarget::drafts, 3, 0, false, true, {}, ""}});
    CHECK_THAT(*principles_from_vote_refusal(room.session, "dv", 3),
               Catch::Contains("purpose drafts"));
    CHECK(principles_from_vote(room.session, "dv", 3, counter_ids()).empty());
    CHECK(principles_from_vote_refusal(room.session, "nope", 3));
}

TEST_CASE("practice and accountability lines: added, moved, two co-hosts at once",
          "[harvest][principles]") {
    HarvestRoom room;
    room.add(new_principle(room.harvest(), "pr", "Listen first"));
    room.add(new_principle(room.harvest(), "other", "Keep promises"));
    CHECK(line_text_refusal(LineKind::practice, " "));
    CHECK_THAT(*line_text_refusal(LineKind::accountability, ""), Catch::Contains("account"));
    CHECK_FALSE(line_text_refusal(LineKind::practice, "x"));
    room.add(new_line(room.harvest(), "pr", LineKind::practice, "a", "Young people co-chair"));
    room.add(new_line(room.harvest(), "pr", LineKind::practice, "b", "We meet in youth clubs"));
    room.add(new_line(room.harvest(), "pr", LineKind::accountability, "c", "A yearly review"));
    CHECK(texts(lines_of(room.harvest(), "pr", LineKind::practice)) ==
          "Young people co-chair;We meet in youth clubs;");
    room.add_all(move_line_to(room.harvest(), "b", 0));
    CHECK(texts(lines_of(room.harvest(), "pr", LineKind::practice)) ==
          "We meet in youth clubs;Young people co-chair;");
    room.add_all(move_line_into(room.harvest(), "a", "pr", LineKind::accountability));
    CHECK(texts(lines_of(room.harvest(), "pr", LineKind::accountability)) ==
          "A yearly review;Young people co-chair;");
    CHECK(move_line_into(room.harvest(), "a", "pr", LineKind::accountability).empty());
    room.add_all(move_line_into(room.harvest(), "a", "other", LineKind::practice));
    CHECK(texts(lines_of(room.harvest(), "other", LineKind::practice)) == "Young people co-chair;");

    // Two co-hosts add a practice at the same moment: both are kept.
    Session s = fold({
        make_op(kDeviceA, 1, 1, AddPrinciple{"pr", "Listen", "", {}, {}, 0}),
        make_op(kDeviceA, 2, 2, AddPrincipleLine{"x", {"pr", LineKind::practice, 0}, "From A"}),
        make_op(kDeviceB, 1, 2, AddPrincipleLine{"y", {"pr", LineKind::practice, 0}, "From B"}),
    });
    CHECK(texts(lines_of(s.harvest, "pr", LineKind::practice)) == "From A;From B;");
}

TEST_CASE("principles reorder, delete and restore in place", "[harvest][principles]") {
    HarvestRoom room;
    for (const char* id : {"a", "b", "c"}) room.add(new_principle(room.harvest(), id, id));
    room.add_all(move_principle_to(room.harvest(), "a", 2));
    CHECK(titles(room.harvest()) == "b;c;a;");
    room.add_all(delete_principle(room.harvest(), "c"));
    CHECK(titles(room.harvest()) == "b;a;");
    CHECK(delete_principle(room.harvest(), "c").empty());
    room.add(new_principle(room.harvest(), "d", "d"));
    room.add_all(restore_principle(room.harvest(), "c"));
    CHECK(titles(room.harvest()) == "b;c;a;d;");
    CHECK(restore_principle(room.harvest(), "c").empty());
}

TEST_CASE("merging two principles is one undo step", "[harvest][principles]") {
    HarvestRoom room;
    room.add(AddPrinciple{"keep", "Listen first", "", {}, {"g1", "n1"}, 1});
    room.add(AddPrinciple{"gone",
                          "Hear young people",
                          "We ask before we decide.",
                          Assignee{"p2", "Amira Hussain"},
                          {"n1", "n2"},
                          2});
    room.add(new_line(room.harvest(), "keep", LineKind::practice, "k1", "Co-chair"));
    room.add(new_line(room.harvest(), "gone", LineKind::practice, "g1p", "Youth clubs"));
    room.add(new_line(room.harvest(), "gone", LineKind::accountability, "g1a", "Yearly review"));
    room.add(new_action(room.harvest(), "act", "Invite two young people", {}, "", "gone"));
    CHECK(merge_refusal(room.harvest(), "keep", "keep"));
    CHECK(merge_refusal(room.harvest(), "keep", "nope"));
    REQUIRE_FALSE(merge_refusal(room.harvest(), "keep", "gone"));
    const auto before = room.session.harvest.principles.size();
    const auto undo = room.add_all(merge_principles(room.harvest(), "keep", "gone"));
    CHECK(titles(room.harvest()) == "Listen first;");
    CHECK(texts(lines_of(room.harvest(), "keep", LineKind::practice)) == "Co-chair;Youth clubs;");
    CHECK(texts(lines_of(room.harvest(), "keep", LineKind::accountability)) == "Yearly review;");
    const Principle& kept = *room.harvest().find_principle("keep");
    CHECK(linked_sources(kept) == std::vector<std::string>{"g1", "n1", "n2"});
    CHECK(kept.statement.value == "We ask before we decide.");
    CHECK(kept.champion.value.participant_id == "p2");
    CHECK(room.harvest().find_action("act")->principle_id.value == "keep");
    CHECK(room.session.harvest.principles.size() == before);  // the merged one is a tombstone

    room.add_all(undo);
    CHECK(titles(room.harvest()) == "Listen first;Hear young people;");
    CHECK(texts(lines_of(room.harvest(), "keep", LineKind::practice)) == "Co-chair;");
    CHECK(texts(lines_of(room.harvest(), "gone", LineKind::practice)) == "Youth clubs;");
    CHECK(linked_sources(*room.harvest().find_principle("keep")) ==
          std::vector<std::string>{"g1", "n1"});
    CHECK(room.harvest().find_principle("keep")->statement.value.empty());
    CHECK(room.harvest().find_action("act")->principle_id.value == "gone");
}
