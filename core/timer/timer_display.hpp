#pragma once
// What a timer display derives from a reading: the countdown text, the red flash at zero,
// the cues (warning began, time is up) and when the picture next changes, so the app can sleep
// until then instead of redrawing in a loop. Pure functions of readings; no clock here.
#include <cstdint>
#include <optional>
#include <string>

#include "core/timer/timer_reading.hpp"

namespace hostspace {

// How long zero flashes once the time is up, and the length of one on+off cycle.
constexpr std::int64_t kZeroFlashMs = 3000;
constexpr std::int64_t kZeroFlashCycleMs = 500;

// A countdown's text from whole seconds (TimerReading::seconds_remaining): "4:05", "0:00",
// "1:02:03" from an hour up, and overtime counting up with a plus: "+1:23".
std::string format_countdown(std::int64_t seconds);

// "on schedule" (within a minute), "3 min behind", "2 min ahead", "1 h 05 min behind".
std::string format_drift(std::int64_t drift_s);

// "13:05" from Unix ms, in the machine's local time zone.
std::string format_clock_time(std::int64_t unix_ms);

// The zero flash is running: the first kZeroFlashMs of overtime, while not paused.
bool zero_flash_active(const TimerReading& reading);
// Within the flash, whether this instant is its bright half (on for the first half of each
// cycle). False outside the flash.
bool zero_flash_bright(const TimerReading& reading);

// The share of the step that has run as of the second the countdown shows (0..1), for
// progress bars: it moves on the countdown's ticks, not every millisecond, so a display that
// shows it need not be redrawn between ticks.
double shown_progress(const TimerReading& reading);

// Milliseconds from now until anything a timer display shows changes by itself: the
// countdown's or the speaker's next whole second, the next flash toggle, or (paused, when the
// schedule drift keeps growing) the next wall-clock second. Nothing when the timer is idle.
// Always >= 1.
std::optional<std::int64_t> ms_until_display_changes(const TimerReading& reading,
                                                     std::int64_t now_ms);

struct TimerCues {
    bool warning = false;          // the step just entered its warning time (amber)
    bool time_up = false;          // the step just reached zero
    bool speaker_time_up = false;  // talking piece: the speaker's time just ran out
};
// The cues between two successive readings of the same step (the previous frame's and this
// one's). A change of round or step, a restart or a pause is never a cue, and neither is the
// first reading after opening a session that is already over time.
TimerCues cues_between(const TimerReading& before, const TimerReading& after);

}  // namespace hostspace
