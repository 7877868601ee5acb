#include <catch2/catch.hpp>
#include <cstdlib>

#include "core/timer/timer_display.hpp"
#include "timer_room.hpp"

using namespace hostspace;
using hostspace::test::kMinute;
using hostspace::test::Room;

TEST_CASE("countdown text: minutes, hours, overtime", "[timer][display]") {
    CHECK(format_countdown(0) == "0:00");
    CHECK(format_countdown(5) == "0:05");
    CHECK(format_countdown(245) == "4:05");
    CHECK(format_countdown(1200) == "20:00");
    CHECK(format_countdown(3599) == "59:59");
    CHECK(format_countdown(3723) == "1:02:03");
    CHECK(format_countdown(-1) == "+0:01");
    CHECK(format_countdown(-83) == "+1:23");
    CHECK(format_countdown(-3600) == "+1:00:00");
}

TEST_CASE("drift text rounds to whole minutes", "[timer][display]") {
    CHECK(format_drift(0) == "on schedule");
    CHECK(format_drift(59) == "on schedule");
    CHECK(format_drift(-59) == "on schedule");
    CHECK(format_drift(60) == "1 min behind");
    CHECK(format_drift(185) == "3 min behind");
    CHECK(format_drift(-120) == "2 min ahead");
    CHECK(format_drift(3900) == "1 h 05 min behind");
}

TEST_CASE("clock time is local HH:MM", "[timer][display]") {
    // Pin the zone so the test means the same everywhere.
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(format_clock_time(0) == "00:00");
    CHECK(format_clock_time(13 * 3600'000 + 5 * 60'000 + 59'999) == "13:05");
    CHECK(format_clock_time(-1) == "23:59");  // floors, also before 1970
    setenv("TZ", "Europe/London", 1);
    tzset();
    CHECK(format_clock_time(1'780'000'000'000) != format_clock_time(1'780'000'000'000 - 3600'000));
    if (old) {
        setenv("TZ", saved.c_str(), 1);
    } else {
        unsetenv("TZ");
    }
    tzset();
}

TEST_CASE("zero flashes red for three seconds, on and off", "[timer][display]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(599);
    CHECK_FALSE(zero_flash_active(room.read()));
    room.wait_s(1);  // zero
    CHECK(zero_flash_active(room.read()));
    CHECK(zero_flash_bright(room.read()));
    room.now += 250;
    CHECK(zero_flash_active(room.read()));
    CHECK_FALSE(zero_flash_bright(room.read()));
    room.now += 250;
    CHECK(zero_flash_bright(room.read()));
    room.now += 2499;
    CHECK(zero_flash_active(room.read()));
    room.now += 1;
    CHECK_FALSE(zero_flash_active(room.read()));
    CHECK_FALSE(zero_flash_bright(room.read()));
    // A pause in the flash stops it: nothing should blink at a room that is waiting.
    Room paused;
    paused.commit(StartRound{"r1", 0, paused.now});
    paused.wait_s(600);
    paused.commit(PauseTimer{paused.now});
    CHECK_FALSE(zero_flash_active(paused.read()));
}

TEST_CASE("the display wakes at the next countdown second", "[timer][display]") {
    Room room;
    CHECK_FALSE(ms_until_display_changes(room.read(), room.now).has_value());  // idle
    room.commit(StartRound{"r1", 0, room.now});
    // Exactly 600 s left shows 10:00 and 9:59 once a millisecond has gone; then a second on.
    CHECK(*ms_until_display_changes(room.read(), room.now) == 1000);
    room.now += 1;
    CHECK(room.read().seconds_remaining == 600);  // 599.999 rounds up
    CHECK(*ms_until_display_changes(room.read(), room.now) == 999);
    room.now += 999;
    CHECK(room.read().seconds_remaining == 599);
    room.now += 300;
    const auto wait = *ms_until_display_changes(room.read(), room.now);
    CHECK(wait == 700);
    const std::int64_t shown = room.read().seconds_remaining;
    room.now += wait - 1;
    CHECK(room.read().seconds_remaining == shown);
    room.now += 1;
    CHECK(room.read().seconds_remaining == shown - 1);
}

TEST_CASE("the display wakes for overtime seconds and the flash", "[timer][display]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(600);
    room.now += 100;  // 100 ms over: flash bright until 250
    CHECK(*ms_until_display_changes(room.read(), room.now) == 150);
    room.now += 3000;  // 3.1 s over: flash done, next whole overtime second at 4 s
    CHECK(*ms_until_display_changes(room.read(), room.now) == 900);
    room.now += 900;
    CHECK(room.read().seconds_remaining == -4);
}

TEST_CASE("a paused timer wakes on wall-clock seconds for the drift", "[timer][display]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    room.now += 1234;
    room.commit(PauseTimer{room.now});
    room.now += 10;
    CHECK(*ms_until_display_changes(room.read(), room.now) == 756);
}

TEST_CASE("the talking piece's own second wakes the display too", "[timer][display]") {
    Room room;
    room.commit(AddParticipant{"p1", "Helen", "", ""});
    room.commit(AddParticipant{"p2", "Tom", "", ""});
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 90});
    room.commit(StartRound{"r1", 0, room.now});
    room.now += 400;
    room.commit(NextSpeaker{room.now});  // the speaker's seconds now run 400 ms off the step's
    room.now += 100;
    const TimerReading r = room.read();
    CHECK(r.speaker_name == "Tom");
    CHECK(r.remaining_ms % 1000 == 500);  // step: next second in 500 ms
    CHECK(r.speaker_remaining_ms % 1000 == 900);
    CHECK(*ms_until_display_changes(r, room.now) == 500);
    room.now += 500;
    CHECK(*ms_until_display_changes(room.read(), room.now) == 400);  // the speaker's
}

TEST_CASE("cues: warning, time up, and speaker time up fire once", "[timer][display]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});
    TimerReading before = room.read();
    room.wait_s(539);
    TimerCues cues = cues_between(before, room.read());
    CHECK_FALSE(cues.warning);
    CHECK_FALSE(cues.time_up);
    before = room.read();
    room.wait_s(1);  // 60 s left: warning
    cues = cues_between(before, room.read());
    CHECK(cues.warning);
    CHECK_FALSE(cues.time_up);
    before = room.read();
    room.wait_s(1);
    CHECK_FALSE(cues_between(before, room.read()).warning);  // once
    before = room.read();
    room.wait_s(59);
    cues = cues_between(before, room.read());
    CHECK(cues.time_up);
    CHECK_FALSE(cues.warning);
    before = room.read();
    room.wait_s(5);
    CHECK_FALSE(cues_between(before, room.read()).time_up);  // once
}

TEST_CASE("no cue for a skip, a restart, a pause or a session opened late", "[timer][display]") {
    Room room;
    const TimerReading idle = room.read();
    room.commit(StartRound{"r1", 0, room.now - 11 * kMinute});  // already over time
    CHECK_FALSE(cues_between(idle, room.read()).time_up);

    TimerReading before = room.read();
    room.commit(RestartStep{room.now});
    CHECK_FALSE(cues_between(before, room.read()).time_up);

    room.wait_s(599);
    before = room.read();
    room.commit(PauseTimer{room.now});
    room.wait_s(5);
    CHECK_FALSE(cues_between(before, room.read()).time_up);

    room.commit(ResumeTimer{room.now});
    before = room.read();
    room.commit(NextStep{room.now});  // into 1-2-4-All's first step
    CHECK_FALSE(cues_between(before, room.read()).time_up);
    CHECK_FALSE(cues_between(before, room.read()).warning);

    // An added minute in the warning time takes it back out: no cue either way.
    before = room.read();
    room.wait_s(30);  // "Alone" is 60 s: warning from half-time
    CHECK(cues_between(before, room.read()).warning);
    before = room.read();
    room.commit(AdjustTimer{60});
    CHECK_FALSE(cues_between(before, room.read()).warning);
}

TEST_CASE("speaker cue fires when the speaker's time runs out", "[timer][display]") {
    Room room;
    room.commit(AddParticipant{"p1", "Helen", "", ""});
    room.commit(SetTimerOptions{std::nullopt, std::nullopt, true, 90});
    room.commit(StartRound{"r1", 0, room.now});
    room.wait_s(89);
    TimerReading before = room.read();
    room.wait_s(1);
    TimerCues cues = cues_between(before, room.read());
    CHECK(cues.speaker_time_up);
    CHECK_FALSE(cues.time_up);
    before = room.read();
    room.commit(NextSpeaker{room.now});  // past the last speaker: nobody's time to run out
    room.wait_s(100);
    CHECK_FALSE(cues_between(before, room.read()).speaker_time_up);
}

TEST_CASE("progress moves with the countdown's seconds", "[timer][display]") {
    Room room;
    room.commit(StartRound{"r1", 0, room.now});  // 600 s
    CHECK(shown_progress(room.read()) == 0.0);
    room.now += 999;  // still shows 10:00
    CHECK(shown_progress(room.read()) == 0.0);
    room.now += 1;  // 9:59
    CHECK(shown_progress(room.read()) == Approx(1.0 / 600));
    room.wait_s(299);
    CHECK(shown_progress(room.read()) == Approx(0.5));
    room.wait_s(300);
    CHECK(shown_progress(room.read()) == 1.0);
    room.wait_s(30);  // overtime stays full
    CHECK(shown_progress(room.read()) == 1.0);
    CHECK(shown_progress(TimerReading{}) == 1.0);  // no length: nothing to show
}
