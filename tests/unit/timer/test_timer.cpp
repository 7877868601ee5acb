#include <catch2/catch.hpp>

#include "core/timer/timer_reading.hpp"
#include "test_support.hpp"
#include "timer_room.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

using hostspace::test::kMinute;
using hostspace::test::kTen;
using hostspace::test::Room;

TEST_CASE("an idle timer reads idle", "[timer]") {
    Room room;
    const TimerReading r = room.read();
    CHECK(r.phase == TimerPhase::idle);
    CHECK(r.round_id.empty());
    CHECK(r.remaining_ms == 0);
    CHECK_FALSE(r.auto_advance_due);
    CHECK(std::string(timer_phase_name(TimerPhase::idle)) == "idle");
    CHECK(std::string(timer_phase_name(TimerPhase::overtime)) == "overtime");
    CHECK(std::string(timer_phase_name(TimerPhase::warning)) == "warning");
    CHECK(std::string(timer_phase_name(TimerPhase::running)) == "running");
    CHECK(std::string(timer_phase_name(TimerPhase::paused)) == "paused");
}

TEST_CASE("start counts down from the round's length on the fake clock", "[timer]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    TimerReading r = room.read();
    CHECK(r.phase == TimerPhase::running);
    CHECK(r.round_id == "r1");
    CHECK(r.round_title == "Check-in");
    CHECK(r.step_title == "Check-in");  // no steps: one step named as the round
    CHECK(r.step_count == 1);
    CHECK(r.question == "What brings you?");
    CHECK(r.duration_ms == 600'000);
    CHECK(r.remaining_ms == 600'000);
    CHECK(r.seconds_remaining == 600);
    CHECK(r.progress == 0);
    CHECK(r.ends_at_ms == kTen + 10 * kMinute);
    CHECK(r.has_next);

    room.wait_s(150);
    r = room.read();
    CHECK(r.seconds_remaining == 450);
    CHECK(r.progress == Approx(0.25));
    room.now += 200;  // 449.8 s left shows as 450: a countdown rounds up
    CHECK(room.read().seconds_remaining == 450);
    CHECK(room.read().remaining_ms == 449'800);
}

TEST_CASE("pause holds the time left and resume carries on", "[timer]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(100);
    room.commit(PauseTimer{room.now});
    room.wait_s(300);
    CHECK(room.read().phase == TimerPhase::paused);
    CHECK(room.left_s() == 500);
    room.commit(PauseTimer{room.now});  // pausing again changes nothing
    CHECK(room.undo.empty());
    room.commit(ResumeTimer{room.now});
    CHECK(room.read().phase == TimerPhase::running);
    room.wait_s(100);
    CHECK(room.left_s() == 400);
    room.commit(ResumeTimer{room.now});  // resuming a running timer changes nothing
    CHECK(room.undo.empty());
    CHECK(room.left_s() == 400);
}

TEST_CASE("a minute can be added or taken off, running or paused", "[timer]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(60);
    room.commit(AdjustTimer{+60});
    CHECK(room.left_s() == 600);
    CHECK(room.read().duration_ms == 660'000);
    room.commit(AdjustTimer{-60});
    room.commit(AdjustTimer{-60});
    CHECK(room.left_s() == 480);
    room.commit(PauseTimer{room.now});
    room.commit(AdjustTimer{+60});
    room.wait_s(30);
    CHECK(room.left_s() == 540);
    // Taking off more than is left goes into overtime; the length never goes below 0.
    room.commit(AdjustTimer{-3600});
    CHECK(room.read().duration_ms == 0);
    CHECK(room.read().progress == 1.0);
}

TEST_CASE("the warning turns amber before zero, and overtime counts past it", "[timer]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(539);
    CHECK(room.read().phase == TimerPhase::running);  // 61 s left
    room.wait_s(1);
    CHECK(room.read().phase == TimerPhase::warning);  // 60 s left: the default warning
    room.wait_s(59);
    CHECK(room.read().phase == TimerPhase::warning);
    room.wait_s(1);
    CHECK(room.read().phase == TimerPhase::overtime);  // zero is red
    CHECK(room.read().seconds_remaining == 0);
    room.wait_s(90);
    const TimerReading r = room.read();
    CHECK(r.phase == TimerPhase::overtime);
    CHECK(r.remaining_ms == -90'000);
    CHECK(r.seconds_remaining == -90);
    CHECK(r.progress == 1.0);
    room.commit(PauseTimer{room.now});
    CHECK(room.read().phase == TimerPhase::paused);
    CHECK(room.read().seconds_remaining == -90);

    // A different warning time moves the amber phase.
    Room other;
    other.commit(SetTimerOptions{std::nullopt, 120, std::nullopt, std::nullopt});
    other.commit(StartRound{"r1", 0, other.now});
    other.wait_s(480);
    CHECK(other.read().phase == TimerPhase::warning);
}

TEST_CASE("a short step turns amber at half-time, not from the start", "[timer]") {
    Room room;
    room.commit(StartRound{"r2", 0, room.now});  // "Alone": 60 s, warning 60 s
    CHECK(room.read().phase == TimerPhase::running);
    room.wait_s(29);
    CHECK(room.read().phase == TimerPhase::running);
    room.wait_s(1);
    CHECK(room.read().phase == TimerPhase::warning);
}

TEST_CASE("restart starts the step again at its full length", "[timer]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(200);
    room.commit(AdjustTimer{120});
    room.commit(RestartStep{room.now});
    CHECK(room.left_s() == 600);  // the added time is gone with the old start
    room.wait_s(10);
    CHECK(room.left_s() == 590);
    // Restarting a paused step leaves it paused at its full length.
    room.commit(PauseTimer{room.now});
    room.wait_s(10);
    room.commit(RestartStep{room.now});
    room.wait_s(100);
    CHECK(room.read().phase == TimerPhase::paused);
    CHECK(room.left_s() == 600);
    room.commit(ResumeTimer{room.now});
    room.wait_s(1);
    CHECK(room.left_s() == 599);
}

TEST_CASE("next step walks the sub-steps, then the next round, then stops", "[timer]") {
    Room room;
    room.commit(StartRound{"r2", 0, room.now});
    CHECK(room.read().step_title == "Alone");
    CHECK(room.read().step_count == 4);
    room.wait_s(70);
    room.commit(NextStep{room.now});
    TimerReading r = room.read();
    CHECK(r.step_index == 1);
    CHECK(r.step_title == "Pairs");
    CHECK(r.seconds_remaining == 120);
    CHECK(r.round_title == "1-2-4-All");
    CHECK(r.question == "How do we serve young people?");  // no round question: the session's
    room.commit(PauseTimer{room.now});
    room.commit(NextStep{room.now});  // the next step starts running, even from a pause
    CHECK(room.read().phase == TimerPhase::running);
    room.commit(NextStep{room.now});
    CHECK(room.read().step_title == "All");
    room.commit(NextStep{room.now});
    r = room.read();
    CHECK(r.round_id == "r3");
    CHECK(r.step_index == 0);
    CHECK(r.seconds_remaining == 900);
    CHECK_FALSE(r.has_next);
    room.commit(NextStep{room.now});  // after the last round: stop
    CHECK(room.read().phase == TimerPhase::idle);
    room.commit(NextStep{room.now});  // idle: nothing to do
    CHECK(room.undo.empty());
}

TEST_CASE("next_timer_position follows agenda order, past removed rounds", "[timer]") {
    Room room;
    auto next = next_timer_position(room.s.agenda, "r1", 0);
    REQUIRE(next);
    CHECK(next->round_id == "r2");
    CHECK(next->step_index == 0);
    next = next_timer_position(room.s.agenda, "r2", 2);
    REQUIRE(next);
    CHECK(next->round_id == "r2");
    CHECK(next->step_index == 3);
    CHECK_FALSE(next_timer_position(room.s.agenda, "r3", 0));
    CHECK_FALSE(next_timer_position(room.s.agenda, "zz", 0));
    room.commit(RemoveRound{"r2"});
    next = next_timer_position(room.s.agenda, "r1", 0);
    REQUIRE(next);
    CHECK(next->round_id == "r3");
    // A running round that was removed still leads on to the round after it.
    next = next_timer_position(room.s.agenda, "r2", 0);
    REQUIRE(next);
    CHECK(next->round_id == "r3");
    room.commit(MoveRound{"r3", 0});
    CHECK(next_timer_position(room.s.agenda, "r3", 0)->round_id == "r1");
}

TEST_CASE("auto-advance is due at zero while running, never by itself", "[timer]") {
    Room room;
    room.commit(StartRound{"r2", 0, room.now});
    room.wait_s(60);
    CHECK(room.read().phase == TimerPhase::overtime);
    CHECK_FALSE(room.read().auto_advance_due);  // off by default
    room.commit(SetTimerOptions{true, std::nullopt, std::nullopt, std::nullopt});
    CHECK(room.read().auto_advance_due);
    CHECK(room.read().step_index == 0);  // apply has no clock: the app emits the next step
    room.commit(PauseTimer{room.now});
    CHECK_FALSE(room.read().auto_advance_due);
    room.commit(ResumeTimer{room.now});
    room.commit(NextStep{room.now});
    CHECK_FALSE(room.read().auto_advance_due);
    room.wait_s(119);
    CHECK_FALSE(room.read().auto_advance_due);
    room.wait_s(1);
    CHECK(room.read().auto_advance_due);
}

TEST_CASE("stop makes the timer idle", "[timer]") {
    Room room;
    room.commit(StopTimer{});
    CHECK(room.undo.empty());  // idle already
    room.commit(StartRound{"r3", 0, room.now});
    room.commit(StopTimer{});
    CHECK(room.read().phase == TimerPhase::idle);
    CHECK(room.s.timer.run.value == TimerRun{});
    room.commit(AdjustTimer{60});  // idle: ignored
    CHECK(room.s.timer.run.value == TimerRun{});
}

TEST_CASE("talking piece: each speaker gets a countdown, next speaker with one op", "[timer]") {
    Room room;
    room.commit(AddParticipant{"p1", "Ann", "NHS", ""});
    room.commit(AddParticipant{"p2", "Bo", "Police", ""});
    room.commit(AddParticipant{"p3", "Cy", "School", ""});
    room.commit(AddParticipant{"p4", "Di", "Council", ""});
    room.commit(RemoveParticipant{"p3"});  // left early: not in the circle
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 90});
    room.commit(StartRound{"r1", 0, room.now});
    TimerReading r = room.read();
    CHECK(r.talking_piece);
    CHECK(r.speaker_index == 0);
    CHECK(r.speaker_count == 3);
    CHECK(r.speaker_name == "Ann");
    CHECK(r.speaker_seconds_remaining == 90);

    room.wait_s(30);
    CHECK(room.read().speaker_seconds_remaining == 60);
    room.wait_s(80);
    CHECK(room.read().speaker_remaining_ms == -20'000);  // Ann ran over
    CHECK(room.read().seconds_remaining == 490);         // the round's clock goes on
    room.commit(NextSpeaker{room.now});
    r = room.read();
    CHECK(r.speaker_name == "Bo");
    CHECK(r.speaker_seconds_remaining == 90);
    // A pause stops the speaker's clock too.
    room.wait_s(20);
    room.commit(PauseTimer{room.now});
    room.wait_s(300);
    room.commit(ResumeTimer{room.now});
    room.wait_s(10);
    CHECK(room.read().speaker_seconds_remaining == 60);

    room.commit(NextSpeaker{room.now});
    CHECK(room.read().speaker_name == "Di");  // Cy was removed
    room.commit(NextSpeaker{room.now});
    r = room.read();
    CHECK(r.speaker_index == 3);
    CHECK(r.speaker_name.empty());  // everyone has spoken
    // A late arrival can still take the piece.
    room.commit(AddParticipant{"p5", "Ed", "Charity", ""});
    CHECK(room.read().speaker_name == "Ed");

    // A restart begins the circle again.
    room.commit(RestartStep{room.now});
    CHECK(room.read().speaker_name == "Ann");
    // Without talking-piece mode, the reading has no speaker.
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, false, std::nullopt});
    CHECK_FALSE(room.read().talking_piece);
    CHECK(room.read().speaker_name.empty());
}

TEST_CASE("options change only what they set", "[timer]") {
    Room room;
    CHECK(room.s.timer.warning_s.value == 60);
    CHECK(room.s.timer.speaker_s.value == kDefaultSpeakerS);
    CHECK_FALSE(room.s.timer.auto_advance.value);
    room.commit(SetTimerOptions{true, std::nullopt, std::nullopt, std::nullopt});
    room.commit(SetTimerOptions{std::nullopt, 30, std::nullopt, std::nullopt});
    CHECK(room.s.timer.auto_advance.value);
    CHECK(room.s.timer.warning_s.value == 30);
    CHECK_FALSE(room.s.timer.talking_piece.value);
}

TEST_CASE("a timer op older than the run's last change is ignored", "[timer]") {
    Room room;
    apply(room.s, make_op(kDeviceB, 1, 100, StartRound{"r1", 0, kTen}));
    apply(room.s, make_op(kDeviceA, 50, 50, PauseTimer{kTen + kMinute}));  // late and older
    CHECK_FALSE(room.s.timer.run.value.paused);
    apply(room.s, make_op(kDeviceA, 51, 101, PauseTimer{kTen + kMinute}));
    CHECK(room.s.timer.run.value.paused);
}

TEST_CASE("odd ops never crash: missing rounds, edited steps, skewed clocks", "[timer]") {
    Room room;
    room.commit(StartRound{"nowhere", 0, room.now});
    CHECK(room.read().phase == TimerPhase::idle);
    CHECK(room.undo.empty());

    room.commit(StartRound{"r2", 9, room.now});  // past the last step: reads as the last
    CHECK(room.read().step_title == "All");
    room.commit(StartRound{"r2", 3, room.now});
    room.commit(SetRoundSteps{"r2", {{"Only", 100}}});  // steps edited while running
    TimerReading r = room.read();
    CHECK(r.step_index == 0);
    CHECK(r.step_title == "Only");
    room.commit(NextStep{room.now});
    CHECK(room.read().round_id == "r3");

    // Another laptop's clock is behind: the step has not "started" yet, so nothing has run.
    room.commit(StartRound{"r1", 0, room.now + 5000});
    CHECK(room.left_s() == 600);
    room.commit(PauseTimer{room.now});
    room.commit(ResumeTimer{room.now - 1000});  // resume stamped before its pause
    CHECK(room.s.timer.run.value.paused_total_ms == 0);

    // The running round removed: the reading still shows it; next goes on in order.
    room.commit(RemoveRound{"r1"});
    CHECK(room.read().round_id == "r1");
    room.commit(NextStep{room.now});
    CHECK(room.read().round_id == "r2");
    room.commit(SetRoundSteps{"r3", {{"bad", -50}}});
    room.commit(StartRound{"r3", 0, room.now});
    CHECK(room.read().duration_ms == 0);
    CHECK(room.read().phase == TimerPhase::overtime);
}

TEST_CASE("a next step from two devices at once skips one step, not two", "[timer]") {
    Room room;
    room.commit(StartRound{"r2", 0, room.now});
    room.wait_s(60);
    // Both laptops auto-advance "Alone" (or two co-hosts press Next): same step, two ops.
    const NextStep from_a{room.now, "r2", 0};
    const NextStep from_b{room.now + 5, "r2", 0};
    apply(room.s, make_op(kDeviceA, 100, 100, from_a, room.now));
    apply(room.s, make_op(kDeviceB, 100, 100, from_b, room.now));
    CHECK(room.read().step_index == 1);
    CHECK(room.read().step_title == "Pairs");
    // In the other order too: the fold is the same on every device.
    Room other;
    other.commit(StartRound{"r2", 0, other.now});
    other.wait_s(60);
    apply(other.s, make_op(kDeviceB, 100, 100, from_b, other.now));
    apply(other.s, make_op(kDeviceA, 100, 100, from_a, other.now));
    CHECK(other.read().step_index == 1);
    // A next step from the step the timer is on still moves it on.
    room.seq = 200;  // after the two ops above in (lamport, device, seq) order
    room.commit(NextStep{room.now, "r2", 1});
    CHECK(room.read().step_title == "Fours");
    room.commit(NextStep{room.now, "r1", 0});  // from a step it is not on: ignored
    CHECK(room.read().step_title == "Fours");
}
