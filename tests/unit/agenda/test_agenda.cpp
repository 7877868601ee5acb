#include <catch2/catch.hpp>
#include <cmath>

#include "core/agenda/rounds_from_method.hpp"
#include "core/agenda/schedule.hpp"
#include "core/export/json_export.hpp"
#include "core/session/session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

constexpr std::int64_t kTen = 1'795'341'600'000;  // a morning at 10:00, Unix ms

AddRound round(const std::string& id, const std::string& title, int duration_s, double rank,
               std::vector<RoundStep> steps = {}) {
    return AddRound{id, title, "", "", duration_s, std::move(steps), rank};
}

// Check-in 10 min, 1-2-4-All (1+2+4+5 min), harvest 15 min, from 10:00.
Session planned_session() {
    return fold({
        make_op(kDeviceA, 1, 1, round("r1", "Check-in", 600, 1)),
        make_op(
            kDeviceA, 2, 2,
            round("r2", "1-2-4-All", 999, 2, {{"1", 60}, {"2", 120}, {"4", 240}, {"All", 300}})),
        make_op(kDeviceA, 3, 3, round("r3", "Harvest", 900, 3)),
        make_op(kDeviceA, 4, 4, SetAgendaStart{kTen}),
    });
}

std::vector<std::string> order_of(const Agenda& agenda) {
    std::vector<std::string> ids;
    for (const Round* r : rounds_in_order(agenda)) ids.push_back(r->id);
    return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a round runs its steps, or one step of its own length", "[agenda]") {
    const Session s = planned_session();
    const Round& plain = *s.agenda.find_round("r1");
    REQUIRE(round_steps(plain).size() == 1);
    CHECK(round_steps(plain)[0] == RoundStep{"Check-in", 600});
    CHECK(round_duration_s(plain) == 600);
    // With steps, the steps decide the length; the round's own duration_s is not used.
    const Round& stepped = *s.agenda.find_round("r2");
    CHECK(round_steps(stepped).size() == 4);
    CHECK(round_duration_s(stepped) == 720);
    CHECK(s.agenda.find_round("zz") == nullptr);

    Round negative = plain;
    negative.duration_s.value = -30;
    CHECK(round_duration_s(negative) == 0);
}

TEST_CASE("rounds are ordered by rank, ties by id, removed ones left out", "[agenda]") {
    Session s = fold({
        make_op(kDeviceA, 1, 1, round("b", "B", 60, 2)),
        make_op(kDeviceA, 2, 2, round("a", "A", 60, 2)),
        make_op(kDeviceA, 3, 3, round("c", "C", 60, 1)),
        make_op(kDeviceA, 4, 4, round("d", "D", 60, 0.5)),
    });
    CHECK(order_of(s.agenda) == Ids{"d", "c", "a", "b"});
    apply(s, make_op(kDeviceA, 5, 5, RemoveRound{"c"}));
    CHECK(order_of(s.agenda) == Ids{"d", "a", "b"});
    apply(s, make_op(kDeviceA, 6, 6, RestoreRound{"c"}));
    CHECK(order_of(s.agenda) == Ids{"d", "c", "a", "b"});
}

TEST_CASE("rank_between finds a rank between neighbours and at the ends", "[agenda]") {
    CHECK(rank_between(std::nullopt, std::nullopt) == 0);
    CHECK(rank_between(3.0, std::nullopt) == 4);
    CHECK(rank_between(std::nullopt, 3.0) == 2);
    CHECK(rank_between(1.0, 2.0) == 1.5);
    CHECK(rank_between(-1.0, 1.0) == 0);
    const double tiny = rank_between(1.0, std::nextafter(1.0, 2.0));
    CHECK((tiny == 1.0 || tiny == std::nextafter(1.0, 2.0)));  // no room: equals an end

    Agenda empty;
    CHECK(rank_after_last(empty) == 0);
    Session s = planned_session();
    CHECK(rank_after_last(s.agenda) == 4);
    apply(s, make_op(kDeviceA, 5, 5, RemoveRound{"r3"}));
    CHECK(rank_after_last(s.agenda) == 4);  // past removed rounds too: a restore keeps its place
}

TEST_CASE("move_round_to moves a round between its new neighbours", "[agenda]") {
    Session s = planned_session();
    auto moves = move_round_to(s.agenda, "r3", 0);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].id == "r3");
    CHECK(moves[0].rank == 0);
    apply(s, make_op(kDeviceA, 5, 5, moves[0]));
    CHECK(order_of(s.agenda) == Ids{"r3", "r1", "r2"});

    moves = move_round_to(s.agenda, "r3", 1);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].rank == 1.5);
    apply(s, make_op(kDeviceA, 6, 6, moves[0]));
    CHECK(order_of(s.agenda) == Ids{"r1", "r3", "r2"});

    moves = move_round_to(s.agenda, "r1", 99);  // past the end: to the end
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].rank == 3);
    apply(s, make_op(kDeviceA, 7, 7, moves[0]));
    CHECK(order_of(s.agenda) == Ids{"r3", "r2", "r1"});

    CHECK(move_round_to(s.agenda, "r3", 0).empty());  // already there
    CHECK(move_round_to(s.agenda, "nope", 0).empty());
    apply(s, make_op(kDeviceA, 8, 8, RemoveRound{"r2"}));
    CHECK(move_round_to(s.agenda, "r2", 0).empty());
}

TEST_CASE("move_round_to re-ranks every round when no rank fits between", "[agenda]") {
    const double one = 1.0;
    const double next = std::nextafter(one, 2.0);
    Session s = fold({
        make_op(kDeviceA, 1, 1, round("a", "A", 60, one)),
        make_op(kDeviceA, 2, 2, round("b", "B", 60, next)),
        make_op(kDeviceA, 3, 3, round("c", "C", 60, 5)),
    });
    const auto moves = move_round_to(s.agenda, "c", 1);
    REQUIRE(moves.size() == 2);  // a already has rank 1; c and b are spread to 2 and 3
    std::uint64_t seq = 4;
    for (const auto& move : moves) {
        apply(s, make_op(kDeviceA, seq, seq, move));
        ++seq;
    }
    CHECK(order_of(s.agenda) == Ids{"a", "c", "b"});
    CHECK(s.agenda.find_round("c")->rank.value == 2);
    CHECK(s.agenda.find_round("b")->rank.value == 3);

    // Two rounds given the same rank by two devices: moving between them re-ranks too.
    Session tie = fold({
        make_op(kDeviceA, 1, 1, round("x", "X", 60, 1)),
        make_op(kDeviceB, 1, 1, round("y", "Y", 60, 1)),
        make_op(kDeviceA, 2, 2, round("z", "Z", 60, 2)),
    });
    const auto tie_moves = move_round_to(tie.agenda, "z", 1);
    CHECK(tie_moves.size() >= 2);
    seq = 3;
    for (const auto& move : tie_moves) {
        apply(tie, make_op(kDeviceA, seq, seq, move));
        ++seq;
    }
    CHECK(order_of(tie.agenda) == Ids{"x", "z", "y"});
}

TEST_CASE("the schedule runs the rounds back to back from the planned start",
          "[agenda][schedule]") {
    Session s = planned_session();
    const auto plan = plan_schedule(s.agenda);
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].round_id == "r1");
    CHECK(plan[0].start_ms == kTen);
    CHECK(plan[0].end_ms == kTen + 600'000);
    CHECK(plan[1].start_ms == kTen + 600'000);
    CHECK(plan[1].end_ms == kTen + 1'320'000);  // 10:22
    CHECK(plan[2].end_ms == kTen + 2'220'000);  // 10:37
    CHECK(agenda_duration_s(s.agenda) == 2220);
    CHECK(planned_end_ms(s.agenda) == kTen + 2'220'000);

    // Editing, removing and reordering rounds moves the end.
    apply(s, make_op(kDeviceA, 5, 5, EditRound{"r1", std::nullopt, std::nullopt, 1200}));
    CHECK(planned_end_ms(s.agenda) == kTen + 2'820'000);
    apply(s, make_op(kDeviceA, 6, 6, RemoveRound{"r2"}));
    CHECK(planned_end_ms(s.agenda) == kTen + 2'100'000);
    apply(s, make_op(kDeviceA, 7, 7, MoveRound{"r3", 0}));
    const auto moved = plan_schedule(s.agenda);
    REQUIRE(moved.size() == 2);
    CHECK(moved[0].round_id == "r3");
    CHECK(moved[1].start_ms == kTen + 900'000);

    // Without a start, the times are offsets from 0.
    apply(s, make_op(kDeviceA, 8, 8, SetAgendaStart{0}));
    CHECK(plan_schedule(s.agenda)[0].start_ms == 0);
    CHECK(planned_end_ms(s.agenda) == 2'100'000);
    CHECK(plan_schedule(Agenda{}).empty());
    CHECK(planned_end_ms(Agenda{}) == 0);
}

TEST_CASE("edit_round changes only the fields it sets; concurrent edits both stay",
          "[agenda][ops]") {
    Session s = planned_session();
    apply(s, make_op(kDeviceA, 5, 10, EditRound{"r1", std::nullopt, "What brings you?", {}}));
    apply(s, make_op(kDeviceB, 1, 10, EditRound{"r1", "Welcome circle", std::nullopt, {}}));
    const Round& r = *s.agenda.find_round("r1");
    CHECK(r.title.value == "Welcome circle");
    CHECK(r.question.value == "What brings you?");
    CHECK(r.duration_s.value == 600);
    // An older write loses, whatever order it arrives in.
    apply(s, make_op(kDeviceB, 2, 9, EditRound{"r1", "Stale", std::nullopt, {}}));
    CHECK(s.agenda.find_round("r1")->title.value == "Welcome circle");
}

TEST_CASE("agenda ops invert field by field", "[agenda][ops]") {
    const Session s = planned_session();
    // Undo of a question edit restores only the question.
    const auto undo = invert(s, EditRound{"r1", "Same?", "New question", 600});
    REQUIRE(undo.size() == 1);
    const auto& back = std::get<EditRound>(undo[0]);
    CHECK(back.title == std::optional<std::string>("Check-in"));
    CHECK(back.question == std::optional<std::string>(""));
    CHECK_FALSE(back.duration_s);  // unchanged by the edit, so left alone by the undo
    CHECK(invert(s, EditRound{"r1", "Check-in", std::nullopt, std::nullopt}).empty());
    CHECK(invert(s, EditRound{"gone", "x", std::nullopt, std::nullopt}).empty());
    CHECK(invert(s, SetRoundSteps{"r2", s.agenda.find_round("r2")->steps.value}).empty());
    CHECK(invert(s, MoveRound{"r1", 1}).empty());
    CHECK(invert(s, RestoreRound{"r1"}).empty());  // not removed
    CHECK(invert(s, AddRound{round("r1", "again", 1, 1)}).empty());
    CHECK(invert(s, SetAgendaStart{kTen}).empty());
    const auto start_back = invert(s, SetAgendaStart{kTen + 60'000});
    REQUIRE(start_back.size() == 1);
    CHECK(std::get<SetAgendaStart>(start_back[0]).start_ms == kTen);
}

TEST_CASE("a repeated add_round does not replace the round", "[agenda][ops]") {
    Session s = planned_session();
    apply(s, make_op(kDeviceB, 1, 9, round("r1", "impostor", 5, 9)));
    CHECK(s.agenda.find_round("r1")->title.value == "Check-in");
    CHECK(s.agenda.rounds.size() == 3);
    // Ops on a missing round change nothing.
    const std::string before = export_session_json(s);
    apply(s, make_op(kDeviceB, 2, 10, EditRound{"zz", "x", "y", 1}));
    apply(s, make_op(kDeviceB, 3, 11, SetRoundSteps{"zz", {{"a", 1}}}));
    apply(s, make_op(kDeviceB, 4, 12, MoveRound{"zz", 0}));
    apply(s, make_op(kDeviceB, 5, 13, RemoveRound{"zz"}));
    CHECK(export_session_json(s) == before);
}

TEST_CASE("rounds_from_method turns a method into add_round ops", "[agenda][methods]") {
    Method cafe;
    cafe.id = "world-cafe";
    cafe.name = "World Café";
    cafe.rounds = {{"Round 1", "", 1200, {}},
                   {"Round 2", "Deeper?", 1200, {{"Host recap", 180, ""}, {"Talk", 1020, "x"}}},
                   {"Harvest", "", 900, {}}};
    int next = 0;
    const auto adds = rounds_from_method(
        cafe, [&] { return "id" + std::to_string(++next); }, 10, 0.25);
    REQUIRE(adds.size() == 3);
    CHECK(adds[0].id == "id1");
    CHECK(adds[2].id == "id3");
    CHECK(adds[0].title == "Round 1");
    CHECK(adds[1].question == "Deeper?");
    CHECK(adds[0].method_id == "world-cafe");
    CHECK(adds[0].duration_s == 1200);
    CHECK(adds[0].steps.empty());
    CHECK(adds[1].steps == std::vector<RoundStep>{{"Host recap", 180}, {"Talk", 1020}});
    CHECK(adds[0].rank == 10);
    CHECK(adds[1].rank == 10.25);
    CHECK(adds[2].rank == 10.5);

    // Folded in, they plan as the method's timings.
    Session s;
    std::uint64_t seq = 1;
    for (const auto& add : adds) {
        apply(s, make_op(kDeviceA, seq, seq, add));
        ++seq;
    }
    CHECK(agenda_duration_s(s.agenda) == 3300);
    CHECK(order_of(s.agenda) == Ids{"id1", "id2", "id3"});
    CHECK(rounds_from_method(
              Method{}, [] { return std::string("x"); }, 0)
              .empty());
}
