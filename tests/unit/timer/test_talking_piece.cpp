// The timer runs the talking piece of the round it runs: the speaker's countdown in a circle,
// none in the café round after it, and the session's option for rounds from older files.
#include <catch2/catch.hpp>

#include "core/timer/talking_piece.hpp"
#include "core/timer/timer_actions.hpp"
#include "timer_room.hpp"

using namespace hostspace;
using hostspace::test::Room;

namespace {

EditRound piece_edit(const std::string& id, RoundTalkingPiece piece, int speaker_s = 0) {
    EditRound edit{id, std::nullopt, std::nullopt, std::nullopt};
    edit.talking_piece = piece;
    if (speaker_s > 0) edit.speaker_s = speaker_s;
    return edit;
}

}  // namespace

TEST_CASE("the reading has a speaker's countdown only in a round that passes the talking piece",
          "[timer][talking-piece]") {
    Room room;  // r1 check-in, r2 1-2-4-All, r3 harvest: none with a setting of its own
    room.commit(AddParticipant{"p1", "Ann", "NHS", ""});
    room.commit(piece_edit("r1", RoundTalkingPiece::on, 90));
    room.commit(piece_edit("r2", RoundTalkingPiece::off));
    room.commit(StartRound{"r1", 0, room.now});
    TimerReading r = room.read();
    CHECK(r.talking_piece);
    CHECK(r.speaker_name == "Ann");
    CHECK(r.speaker_seconds_remaining == 90);  // the round's own time, not the session's 120
    room.wait_s(100);
    CHECK(room.read().speaker_remaining_ms == -10'000);

    room.commit(NextStep{room.now, "r1", 0});
    CHECK(room.read().round_id == "r2");
    CHECK_FALSE(room.read().talking_piece);
    CHECK(room.read().speaker_name.empty());
    // The session-wide option does not reach a round that says off.
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 60});
    CHECK_FALSE(room.read().talking_piece);

    // r3 has no setting of its own (as every round of an older session): the session's option.
    room.commit(StartRound{"r3", 0, room.now});
    r = room.read();
    CHECK(r.talking_piece);
    CHECK(r.speaker_seconds_remaining == 60);
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, false, std::nullopt});
    CHECK_FALSE(room.read().talking_piece);
}

TEST_CASE("a session saved before rounds had a talking piece keeps working as it did",
          "[timer][talking-piece]") {
    // Only the session-wide option, as older journals hold: every round follows it.
    Room room;
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 75});
    for (const char* id : {"r1", "r2", "r3"}) {
        room.commit(StartRound{id, 0, room.now});
        CHECK(room.read().talking_piece);
        CHECK(room.read().speaker_seconds_remaining == 75);
        CHECK(!timer_action_ops(room.s, TimerAction::next_speaker, "", room.now).empty());
    }
}

TEST_CASE("next speaker only acts in a round that passes the talking piece",
          "[timer][talking-piece][actions]") {
    Room room;
    room.commit(piece_edit("r1", RoundTalkingPiece::on));
    room.commit(StartRound{"r1", 0, room.now});
    const auto ops = timer_action_ops(room.s, TimerAction::next_speaker, "", room.now);
    REQUIRE(ops.size() == 1);
    CHECK(std::holds_alternative<NextSpeaker>(ops[0]));
    room.commit(StartRound{"r2", 0, room.now});  // no setting of its own, session option off
    CHECK(timer_action_ops(room.s, TimerAction::next_speaker, "", room.now).empty());
}

TEST_CASE(
    "the options set the talking piece of the selected round, else the running one, else the first",
    "[timer][talking-piece]") {
    Room room;
    CHECK(talking_piece_round(room.s, "")->id == "r1");
    CHECK(talking_piece_round(room.s, "r3")->id == "r3");
    room.commit(StartRound{"r2", 0, room.now});
    CHECK(talking_piece_round(room.s, "")->id == "r2");
    CHECK(talking_piece_round(room.s, "r3")->id == "r3");
    room.commit(RemoveRound{"r3"});
    CHECK(talking_piece_round(room.s, "r3")->id == "r2");  // a removed round is not offered
    CHECK(talking_piece_round(Session{}, "") == nullptr);
}

TEST_CASE("a run is set going by start and resume, not by moving on or pausing",
          "[timer][talking-piece]") {
    TimerRun idle;
    TimerRun running;
    running.round_id = "r1";
    TimerRun paused = running;
    paused.paused = true;
    TimerRun next_step = running;
    next_step.step_index = 1;
    CHECK(timer_set_going(idle, running));
    CHECK(timer_set_going(paused, running));
    CHECK_FALSE(timer_set_going(running, next_step));
    CHECK_FALSE(timer_set_going(running, paused));
    CHECK_FALSE(timer_set_going(running, idle));
    CHECK_FALSE(timer_set_going(idle, paused));  // started paused (an undo): nothing counts yet
    CHECK_FALSE(timer_set_going(idle, idle));
}

TEST_CASE("the controls' edits switch the talking piece or set the time, one field each",
          "[timer][talking-piece]") {
    Room room;
    room.commit(talking_piece_switch("r3", true));
    const Round& r3 = *room.s.agenda.find_round("r3");
    CHECK(r3.talking_piece.value == RoundTalkingPiece::on);
    CHECK(r3.speaker_s.value == 0);
    room.commit(speaker_time_edit("r3", 45));
    CHECK(r3.talking_piece.value == RoundTalkingPiece::on);
    CHECK(talking_piece_for(r3, room.s.timer).speaker_s == 45);
    room.undo_last();
    CHECK(talking_piece_for(r3, room.s.timer).speaker_s == kDefaultSpeakerS);
    room.commit(talking_piece_switch("r3", false));
    CHECK_FALSE(talking_piece_for(r3, room.s.timer).on);
    const EditRound edit = talking_piece_switch("r1", true);
    CHECK_FALSE(edit.title);
    CHECK_FALSE(edit.speaker_s);
}
