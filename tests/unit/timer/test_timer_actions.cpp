#include <catch2/catch.hpp>

#include "core/timer/timer_actions.hpp"
#include "timer_room.hpp"

using namespace hostspace;
using hostspace::test::Room;

namespace {

template <typename T>
T only(const std::vector<OpPayload>& ops) {
    REQUIRE(ops.size() == 1);
    REQUIRE(std::holds_alternative<T>(ops[0]));
    return std::get<T>(ops[0]);
}

}  // namespace

TEST_CASE("Start runs the selected live round, else the first", "[timer][actions]") {
    Room room;
    CHECK(round_to_start(room.s.agenda, "r2") == "r2");
    CHECK(round_to_start(room.s.agenda, "") == "r1");
    CHECK(round_to_start(room.s.agenda, "gone") == "r1");
    room.commit(RemoveRound{"r2"});
    CHECK(round_to_start(room.s.agenda, "r2") == "r1");  // a removed round is not started
    CHECK(round_to_start(Agenda{}, "") == "");

    const auto& start =
        only<StartRound>(timer_action_ops(room.s, TimerAction::start_pause_resume, "r3", room.now));
    CHECK(start.round_id == "r3");
    CHECK(start.step_index == 0);
    CHECK(start.at_ms == room.now);
    CHECK(timer_action_ops(Session{}, TimerAction::start_pause_resume, "", room.now).empty());
}

TEST_CASE("F5 pauses a running timer and resumes a paused one", "[timer][actions]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(10);
    CHECK(only<PauseTimer>(timer_action_ops(room.s, TimerAction::start_pause_resume, "", room.now))
              .at_ms == room.now);
    CHECK(timer_action_ops(room.s, TimerAction::resume, "", room.now).empty());
    room.commit(PauseTimer{room.now});
    CHECK(only<ResumeTimer>(timer_action_ops(room.s, TimerAction::start_pause_resume, "", room.now))
              .at_ms == room.now);
    CHECK(timer_action_ops(room.s, TimerAction::pause, "", room.now).empty());
}

TEST_CASE("timer actions on a running round, and none on an idle one", "[timer][actions]") {
    Room room;
    for (TimerAction action :
         {TimerAction::pause, TimerAction::resume, TimerAction::next_step,
          TimerAction::next_speaker, TimerAction::minus_minute, TimerAction::plus_minute,
          TimerAction::restart_step, TimerAction::stop}) {
        CHECK(timer_action_ops(room.s, action, "r1", room.now).empty());
    }
    room.commit(StartRound{"r2", 0, room.now});
    const auto next = only<NextStep>(timer_action_ops(room.s, TimerAction::next_step, "", 5));
    CHECK(next.from_round == "r2");  // names the step it skips
    CHECK(next.from_step == 0);
    CHECK(only<AdjustTimer>(timer_action_ops(room.s, TimerAction::minus_minute, "", 5)).delta_s ==
          -60);
    CHECK(only<AdjustTimer>(timer_action_ops(room.s, TimerAction::plus_minute, "", 5)).delta_s ==
          60);
    CHECK(only<RestartStep>(timer_action_ops(room.s, TimerAction::restart_step, "", 5)).at_ms == 5);
    only<StopTimer>(timer_action_ops(room.s, TimerAction::stop, "", 5));
    // Next speaker only in talking-piece mode.
    CHECK(timer_action_ops(room.s, TimerAction::next_speaker, "", 5).empty());
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, std::nullopt});
    CHECK(only<NextSpeaker>(timer_action_ops(room.s, TimerAction::next_speaker, "", 5)).at_ms == 5);
}
