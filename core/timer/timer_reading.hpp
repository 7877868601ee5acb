#pragma once
// What the timer shows at a given moment: a pure function of the session and "now". The app
// passes its clock's now_ms (tests pass a fake one); nothing here reads a clock.
#include <cstdint>
#include <optional>
#include <string>

#include "core/session/session.hpp"

namespace hostspace {

enum class TimerPhase {
    idle,      // no round is running
    running,   // counting down
    warning,   // within the warning time of zero (amber)
    overtime,  // at or past zero, counting up (red)
    paused,    // stopped mid-step (whatever the time left)
};

// "idle", "running", "warning", "overtime", "paused".
const char* timer_phase_name(TimerPhase phase);

struct TimerPosition {
    std::string round_id;
    int step_index = 0;
};

// The step after (round_id, step_index): the round's next step, or else the first step of the
// next live round in agenda order (found by rank, so it works even when the running round was
// removed meanwhile). Nothing after the last step of the last round.
std::optional<TimerPosition> next_timer_position(const Agenda& agenda, const std::string& round_id,
                                                 int step_index);

struct TimerReading {
    TimerPhase phase = TimerPhase::idle;
    std::string round_id;
    int step_index = 0;  // clamped to the round's steps (they may have been edited meanwhile)
    int step_count = 0;
    std::string round_title;
    std::string step_title;         // the round's title when it has no steps
    std::string question;           // the round's question, or the session's calling question
    std::int64_t duration_ms = 0;   // the step's length, with +/- adjustments
    std::int64_t remaining_ms = 0;  // negative in overtime
    // What a countdown shows: remaining time rounded up to whole seconds (59.2 s left shows
    // 1:00, and zero is only shown once the time is up); negative in overtime.
    std::int64_t seconds_remaining = 0;
    double progress = 0;          // share of the step that has run, 0..1
    std::int64_t ends_at_ms = 0;  // wall clock of zero if it runs on without pausing
    bool has_next = false;        // a step or round follows this one

    // Talking-piece mode (the running round passes the talking piece: talking_piece_for()):
    // the speaker's own countdown over the live participants in order.
    bool talking_piece = false;
    int speaker_index = 0;
    int speaker_count = 0;                  // live participants
    std::string speaker_name;               // "" when the list is empty or everyone has spoken
    std::int64_t speaker_remaining_ms = 0;  // negative when the speaker runs over
    std::int64_t speaker_seconds_remaining = 0;

    // Auto-advance is on and the step has reached zero while running: the app should commit
    // NextStep{now_ms}. (apply never advances by itself: it has no clock.)
    bool auto_advance_due = false;
};

// The warning (amber) starts warning_s before zero, or at half-time for a step shorter than
// twice that, so a one-minute step does not start out amber.
TimerReading read_timer(const Session& session, std::int64_t now_ms);

// How far the running session is behind its planned schedule, in seconds (negative: ahead):
// when the current step will end if it runs on from now (now + the time left, or now in
// overtime) minus when the agenda planned it to end. A pause counts as time lost, an added
// minute as a minute behind, skipping ahead as time gained. Nothing when no round is running,
// the agenda has no start time, or the running round is not in the agenda any more.
std::optional<std::int64_t> schedule_drift_s(const Session& session, std::int64_t now_ms);

}  // namespace hostspace
