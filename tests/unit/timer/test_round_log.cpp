// The timer's log of how the session ran: which round the timer was in, from when to when.
#include <catch2/catch.hpp>

#include "timer_room.hpp"

using namespace hostspace;
using namespace hostspace::test;

TEST_CASE("the log records each round from its start to the change of round", "[timer][log]") {
    Room room;
    CHECK_FALSE(round_as_run(room.s.timer, "r1"));
    room.commit(StartRound{"r1", 0, room.now});
    const std::int64_t started = room.now;
    room.wait_s(12 * 60);
    room.commit(NextStep{room.now, "r1", 0});  // r1 has one step: on to r2
    room.wait_s(30);
    room.commit(PauseTimer{room.now});  // pauses count: the room's time, not the countdown's
    room.wait_s(90);
    room.commit(ResumeTimer{room.now});
    room.commit(NextStep{room.now, "r2", 0});  // a step within r2: the same stretch
    room.wait_s(60);
    room.commit(StopTimer{});

    const auto r1 = round_as_run(room.s.timer, "r1");
    REQUIRE(r1);
    CHECK(r1->first_start_ms == started);
    CHECK(r1->length_ms == 12 * kMinute);
    CHECK_FALSE(r1->running);
    const auto r2 = round_as_run(room.s.timer, "r2");
    REQUIRE(r2);
    CHECK(r2->first_start_ms == started + 12 * kMinute);
    CHECK(r2->length_ms == 3 * kMinute);
    CHECK_FALSE(round_as_run(room.s.timer, "r3"));
    CHECK(room.s.timer.ran.size() == 2);
}

TEST_CASE("a round run twice keeps its first start and adds its stretches", "[timer][log]") {
    Room room;
    room.commit(StartRound{"r3", 0, room.now});
    const std::int64_t first = room.now;
    room.wait_s(5 * 60);
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(10 * 60);
    room.commit(StartRound{"r3", 0, room.now});
    room.wait_s(60);

    const auto r3 = round_as_run(room.s.timer, "r3");
    REQUIRE(r3);
    CHECK(r3->first_start_ms == first);
    CHECK(r3->length_ms == 5 * kMinute);  // the open stretch has no end yet
    CHECK(r3->running);
    CHECK(round_as_run(room.s.timer, "r1")->length_ms == 10 * kMinute);
}

TEST_CASE("restarting a step or starting the same round again is one stretch", "[timer][log]") {
    Room room;
    room.commit(StartRound{"r2", 0, room.now});
    room.wait_s(30);
    room.commit(RestartStep{room.now});
    room.commit(StartRound{"r2", 2, room.now});
    room.commit(AdjustTimer{60});
    CHECK(room.s.timer.ran == std::vector<RoundStretch>{{"r2", kTen, 0}});
}

TEST_CASE("the last step of the last round ends the last stretch", "[timer][log]") {
    Room room;
    room.commit(StartRound{"r3", 0, room.now});
    room.wait_s(15 * 60);
    room.commit(NextStep{room.now, "r3", 0});
    CHECK(room.read().phase == TimerPhase::idle);
    CHECK(round_as_run(room.s.timer, "r3")->length_ms == 15 * kMinute);
}

TEST_CASE("undoing a stop opens a new stretch; the gap is not counted", "[timer][log]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(60);
    room.commit(StopTimer{});
    room.wait_s(60);
    room.undo_last();  // the run comes back; the minute it was stopped is not the round's
    room.wait_s(60);
    room.commit(StopTimer{});
    CHECK(room.s.timer.ran.size() == 2);
    CHECK(round_as_run(room.s.timer, "r1")->length_ms == 2 * kMinute);
}

TEST_CASE("an op older than the run's last change leaves the log alone", "[timer][log]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    const Stamp newest = room.s.timer.run.stamp;
    // A start from a laptop whose op sorts before the run's last change: ignored, not logged.
    Op late = make_op(kDeviceB, 1, 0, StartRound{"r3", 0, room.now});
    REQUIRE(late.stamp() < newest);
    apply(room.s, late);
    CHECK(room.s.timer.ran == std::vector<RoundStretch>{{"r1", kTen, 0}});
}

TEST_CASE("log_round_change closes the open stretch and opens the next", "[timer][log]") {
    std::vector<RoundStretch> ran;
    log_round_change(ran, "", "a", 100);
    log_round_change(ran, "a", "a", 150);  // same round: nothing
    log_round_change(ran, "a", "b", 200);
    log_round_change(ran, "b", "", 0);  // a stop stamped at the epoch still ends the stretch
    CHECK(ran == std::vector<RoundStretch>{{"a", 100, 200}, {"b", 200, 1}});
    Timer timer;
    timer.ran = ran;
    CHECK(round_as_run(timer, "b")->length_ms == 0);  // ended before it began: none
    CHECK_FALSE(round_as_run(timer, "b")->running);
}
