// The timer as part of a session: undo of every timer op, reopening a saved session, and how
// far ahead or behind schedule a running session is.
#include <catch2/catch.hpp>
#include <functional>

#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/storage/journal.hpp"
#include "test_support.hpp"
#include "timer_room.hpp"

using namespace hostspace;
using hostspace::test::fixed_options;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::kMinute;
using hostspace::test::kTen;
using hostspace::test::make_op;
using hostspace::test::Room;
using hostspace::test::TempDir;

namespace {

void check_same(const TimerReading& a, const TimerReading& b) {
    CHECK(timer_phase_name(a.phase) == std::string(timer_phase_name(b.phase)));
    CHECK(a.round_id == b.round_id);
    CHECK(a.step_index == b.step_index);
    CHECK(a.remaining_ms == b.remaining_ms);
    CHECK(a.duration_ms == b.duration_ms);
    CHECK(a.talking_piece == b.talking_piece);
    CHECK(a.speaker_index == b.speaker_index);
    CHECK(a.speaker_remaining_ms == b.speaker_remaining_ms);
    CHECK(a.auto_advance_due == b.auto_advance_due);
}

// Commits the op made by `make` in one room, waits, undoes it; another room with the same
// setup just waits. Undo is right when both read the same, then and later.
void check_undo(const std::string& what, const std::function<void(Room&)>& setup,
                const std::function<OpPayload(const Room&)>& make) {
    INFO(what);
    Room with_op, without;
    setup(with_op);
    setup(without);
    const OpPayload op = make(with_op);
    with_op.commit(op);
    REQUIRE_FALSE(with_op.undo.empty());
    with_op.wait_s(45);
    without.wait_s(45);
    with_op.undo_last();
    check_same(with_op.read(), without.read());
    with_op.wait_s(1000);
    without.wait_s(1000);
    check_same(with_op.read(), without.read());
    CHECK(with_op.s.timer.warning_s.value == without.s.timer.warning_s.value);
    CHECK(with_op.s.timer.auto_advance.value == without.s.timer.auto_advance.value);
}

void running_r1(Room& room) {
    room.commit(AddParticipant{"p1", "Ann", "", ""});
    room.commit(AddParticipant{"p2", "Bo", "", ""});
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 60});
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(100);
}

void paused_in_r2(Room& room) {
    room.commit(StartRound{"r2", 1, room.now});
    room.wait_s(30);
    room.commit(PauseTimer{room.now});
    room.wait_s(20);
}

}  // namespace

TEST_CASE("undo of every timer op puts the timer back", "[timer][undo]") {
    auto idle = [](Room&) {};
    check_undo("start from idle", idle, [](const Room& r) -> OpPayload {
        return StartRound{"r1", 0, r.now};
    });
    check_undo("start over a paused round", paused_in_r2, [](const Room& r) -> OpPayload {
        return StartRound{"r3", 0, r.now};
    });
    check_undo("pause", running_r1, [](const Room& r) -> OpPayload { return PauseTimer{r.now}; });
    check_undo("resume", paused_in_r2,
               [](const Room& r) -> OpPayload { return ResumeTimer{r.now}; });
    check_undo("add a minute", running_r1,
               [](const Room&) -> OpPayload { return AdjustTimer{60}; });
    check_undo("take a minute", paused_in_r2,
               [](const Room&) -> OpPayload { return AdjustTimer{-60}; });
    check_undo("restart", running_r1,
               [](const Room& r) -> OpPayload { return RestartStep{r.now}; });
    check_undo("next step", paused_in_r2,
               [](const Room& r) -> OpPayload { return NextStep{r.now}; });
    check_undo(
        "next step past the end",
        [](Room& r) {
            r.commit(StartRound{"r3", 0, r.now});
        },
        [](const Room& r) -> OpPayload { return NextStep{r.now}; });
    check_undo("stop", running_r1, [](const Room&) -> OpPayload { return StopTimer{}; });
    check_undo("next speaker", running_r1,
               [](const Room& r) -> OpPayload { return NextSpeaker{r.now}; });
    check_undo("options", running_r1, [](const Room&) -> OpPayload {
        return SetTimerOptions{true, 30, false, 200};
    });
    check_undo("restore", running_r1, [](const Room&) -> OpPayload { return RestoreTimer{}; });
}

TEST_CASE("timer ops that change nothing have nothing to undo", "[timer][undo]") {
    Room room;
    CHECK(invert(room.s, PauseTimer{room.now}).empty());
    CHECK(invert(room.s, ResumeTimer{room.now}).empty());
    CHECK(invert(room.s, AdjustTimer{60}).empty());
    CHECK(invert(room.s, RestartStep{room.now}).empty());
    CHECK(invert(room.s, NextStep{room.now}).empty());
    CHECK(invert(room.s, StopTimer{}).empty());
    CHECK(invert(room.s, NextSpeaker{room.now}).empty());
    CHECK(invert(room.s, RestoreTimer{}).empty());
    CHECK(invert(room.s, StartRound{"missing", 0, room.now}).empty());
    CHECK(invert(room.s, SetTimerOptions{false, 60, false, kDefaultSpeakerS}).empty());
    room.commit(StartRound{"r1", 0, room.now});
    CHECK(invert(room.s, ResumeTimer{room.now}).empty());
    CHECK(invert(room.s, AdjustTimer{0}).empty());
    // The inverse of an adjustment is the opposite adjustment, and a redo adds it again.
    room.commit(AdjustTimer{120});
    REQUIRE(room.undo.size() == 1);
    CHECK(std::get<AdjustTimer>(room.undo[0]).delta_s == -120);
    room.undo_last();
    CHECK(room.left_s() == 600);
    room.undo_last();
    CHECK(room.left_s() == 720);
}

TEST_CASE("a reopened session shows the right time left", "[timer][document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "Board", fixed_options());
        doc.commit({AddRound{"r1", "Check-in", "", "", 600, {}, 1},
                    AddRound{"r2", "Café", "", "", 0, {{"Talk", 1200}, {"Share", 300}}, 2},
                    SetAgendaStart{kTen}});
        doc.commit({StartRound{"r1", 0, kTen}});
        doc.commit({PauseTimer{kTen + kMinute}});
        doc.write_snapshot();  // half the story in the snapshot, half in the journal
        doc.commit({ResumeTimer{kTen + 2 * kMinute}});
        doc.commit({AdjustTimer{60}});
    }
    std::vector<std::string> warnings;
    {
        Document doc = Document::open(folder, fixed_options(), warnings);
        CHECK(warnings.empty());
        // Read long after the laptop was closed: the step ran on in wall-clock time.
        // 600 s + 60 s added, minus 10 minutes less the minute paused.
        CHECK(read_timer(doc.state(), kTen + 10 * kMinute).seconds_remaining == 120);
        CHECK(read_timer(doc.state(), kTen + 13 * kMinute).seconds_remaining == -60);
        doc.commit({NextStep{kTen + 13 * kMinute}});
    }
    const Document again = Document::open(folder, fixed_options(), warnings);
    const TimerReading r = read_timer(again.state(), kTen + 23 * kMinute);
    CHECK(r.round_id == "r2");
    CHECK(r.step_title == "Talk");
    CHECK(r.seconds_remaining == 600);

    // A device that folds the journal from scratch (as sync does) reads the same.
    const Session scratch = fold(read_journal(folder / journal_file_name(), 0, 0).ops);
    CHECK(scratch.timer.run.value == again.state().timer.run.value);
}

TEST_CASE("ops from two devices fold to the same timer, through the journal codec too",
          "[timer][fold]") {
    const std::vector<Op> ops = {
        make_op(kDeviceA, 1, 1, AddRound{"r1", "Circle", "", "", 600, {}, 1}),
        make_op(kDeviceA, 2, 2, StartRound{"r1", 0, kTen}),
        make_op(kDeviceB, 1, 3, PauseTimer{kTen + kMinute}),
        make_op(kDeviceA, 3, 4, ResumeTimer{kTen + 3 * kMinute}),
        make_op(kDeviceB, 2, 5, AdjustTimer{-60}),
        make_op(kDeviceA, 4, 5, SetTimerOptions{true, std::nullopt, std::nullopt, std::nullopt}),
    };
    std::vector<Op> reversed(ops.rbegin(), ops.rend());
    // Through the journal codec too: what is saved is what is folded.
    std::vector<Op> decoded;
    for (const auto& op : ops) decoded.push_back(decode_op_line(encode_op_line({op}))[0]);
    const Session one = fold(ops), two = fold(reversed), three = fold(decoded);
    CHECK(one.timer.run.value == two.timer.run.value);
    CHECK(one.timer.run.value == three.timer.run.value);
    // 600 s - 60 s; at 10:05 it has run 3 minutes (paused 10:01 to 10:03).
    CHECK(read_timer(one, kTen + 5 * kMinute).seconds_remaining == 360);
    CHECK(one.timer.auto_advance.value);
}

TEST_CASE("schedule drift: behind after a late start, a pause or added time", "[timer][schedule]") {
    Room room;
    CHECK_FALSE(schedule_drift_s(room.s, room.now));  // no planned start
    room.commit(SetAgendaStart{kTen});
    CHECK_FALSE(schedule_drift_s(room.s, room.now));  // nothing running
    room.now = kTen + 5 * kMinute;
    room.commit(StartRound{"r1", 0, room.now});
    CHECK(schedule_drift_s(room.s, room.now) == 300);  // started 5 minutes late
    room.wait_s(60);
    CHECK(schedule_drift_s(room.s, room.now) == 300);  // running as planned keeps the drift
    room.commit(PauseTimer{room.now});
    room.wait_s(120);
    CHECK(schedule_drift_s(room.s, room.now) == 420);  // a pause is time lost
    room.commit(ResumeTimer{room.now});
    room.commit(AdjustTimer{60});
    CHECK(schedule_drift_s(room.s, room.now) == 480);
    room.now = kTen + 30 * kMinute;  // ran on into overtime: the step ends now at the earliest
    CHECK(room.read().phase == TimerPhase::overtime);
    CHECK(schedule_drift_s(room.s, room.now) == 1200);
    room.commit(NextStep{room.now});  // 1-2-4-All "Alone" was planned to end at 10:11
    CHECK(schedule_drift_s(room.s, room.now) == 1200);
    room.commit(RemoveRound{"r2"});  // the running round is not on the agenda any more
    CHECK_FALSE(schedule_drift_s(room.s, room.now));
}

TEST_CASE("schedule drift: ahead after an early start or a skipped step", "[timer][schedule]") {
    Room early;
    early.commit(SetAgendaStart{kTen});
    early.now = kTen - 2 * kMinute;
    early.commit(StartRound{"r1", 0, early.now});
    CHECK(schedule_drift_s(early.s, early.now) == -120);

    Room skip;
    skip.commit(SetAgendaStart{kTen});
    skip.now = kTen + 10 * kMinute;  // 1-2-4-All on time at 10:10
    skip.commit(StartRound{"r2", 0, skip.now});
    CHECK(schedule_drift_s(skip.s, skip.now) == 0);
    skip.wait_s(30);
    skip.commit(NextStep{skip.now});  // "Pairs" planned to end 10:13, now ends 10:12:30
    CHECK(schedule_drift_s(skip.s, skip.now) == -30);
}
