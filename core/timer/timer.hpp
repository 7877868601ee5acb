#pragma once
// The facilitator's timer as part of the session: which round and step is running, when it
// started (wall clock), pauses and +/- minutes. Storing wall-clock instants rather than a
// "time left" is what lets a reopened or synced session show the right time left.
//
// Every time comes from an op's own at_ms field, never from a clock inside apply, so replay,
// undo and sync give the same state. The app reads the timer with read_timer(session, now).
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

// The running clock. All of it is replaced together (one last-writer-wins register), because
// its fields only make sense as a whole: a pause from one device and a next-step from another
// must not mix into a step that is paused at a time before it started.
struct TimerRun {
    std::string round_id;              // "" = idle: no round is running
    int step_index = 0;                // into round_steps() of the round
    std::int64_t step_started_ms = 0;  // wall clock when the current step (re)started
    bool paused = false;
    std::int64_t paused_at_ms = 0;     // when the current pause began (while paused)
    std::int64_t paused_total_ms = 0;  // length of this step's pauses that have ended
    std::int64_t adjust_s = 0;         // seconds added to (+) or taken off (-) this step
    int speaker_index = 0;             // talking piece: 0 = first live participant
    std::int64_t speaker_from_ms = 0;  // running time of the step when this speaker began

    bool idle() const { return round_id.empty(); }

    friend bool operator==(const TimerRun& a, const TimerRun& b) {
        return std::tie(a.round_id, a.step_index, a.step_started_ms, a.paused, a.paused_at_ms,
                        a.paused_total_ms, a.adjust_s, a.speaker_index, a.speaker_from_ms) ==
               std::tie(b.round_id, b.step_index, b.step_started_ms, b.paused, b.paused_at_ms,
                        b.paused_total_ms, b.adjust_s, b.speaker_index, b.speaker_from_ms);
    }
    friend bool operator!=(const TimerRun& a, const TimerRun& b) { return !(a == b); }
};

// One stretch of wall-clock time the timer spent in one round: from the op that brought it to
// the round to the op that took it to another round or stopped it. The harvest's "session as
// it ran" is read from these.
struct RoundStretch {
    std::string round_id;
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;  // 0 while the timer is still in the round

    friend bool operator==(const RoundStretch& a, const RoundStretch& b) {
        return std::tie(a.round_id, a.from_ms, a.to_ms) == std::tie(b.round_id, b.from_ms, b.to_ms);
    }
};

constexpr int kDefaultWarningS = 60;
constexpr int kDefaultSpeakerS = 120;

struct Timer {
    Lww<TimerRun> run;
    // Options are separate registers: one co-host switching auto-advance on does not undo
    // another's change of the warning time.
    Lww<bool> auto_advance;                    // emit next_step when a step reaches zero
    Lww<int> warning_s{kDefaultWarningS, {}};  // amber this long before zero
    Lww<bool> talking_piece;                   // circle mode: a countdown per speaker too
    Lww<int> speaker_s{kDefaultSpeakerS, {}};  // each speaker's time in talking-piece mode
    // Every change of round the run went through, in fold order. No op writes it: it follows
    // from the run's transitions, so every device that folds the same ops has the same log.
    std::vector<RoundStretch> ran;
};

// How one round actually ran: when the timer first came to it and the time it spent there in
// all (pauses included: the room's time, not the countdown's). Nothing for a round never run.
struct RoundAsRun {
    std::int64_t first_start_ms = 0;
    std::int64_t length_ms = 0;  // the stretches that have ended
    bool running = false;        // the timer is in the round now; its last stretch is open
};
std::optional<RoundAsRun> round_as_run(const Timer& timer, const std::string& round_id);

// Records a change of the run's round at `at_ms` ("" = idle): closes the open stretch, opens
// one for the new round. A change to the same round records nothing.
void log_round_change(std::vector<RoundStretch>& ran, const std::string& from_round,
                      const std::string& to_round, std::int64_t at_ms);

// How long the current step has run, without its pauses, at `now_ms` (never negative).
std::int64_t running_ms(const TimerRun& run, std::int64_t now_ms);

// ---- operations --------------------------------------------------------------------------
// Times (at_ms) are Unix ms chosen by whoever makes the op: the app passes "now"; an undo
// passes the instant that restores the earlier reading.
struct StartRound {
    std::string round_id;
    int step_index = 0;
    std::int64_t at_ms = 0;
};
struct PauseTimer {
    std::int64_t at_ms = 0;
};
struct ResumeTimer {
    std::int64_t at_ms = 0;
};
struct AdjustTimer {
    int delta_s = 0;  // +60: one more minute; -60: one less
};
struct RestartStep {
    std::int64_t at_ms = 0;
};
// To the next step of the round, or the first step of the next live round in agenda order;
// after the last step of the last round the timer stops.
//
// `from_round`/`from_step` name the step it skips: when the timer is elsewhere by the time the
// op is folded in, it is ignored. Without it, two co-hosts pressing Next at once (or two
// laptops auto-advancing the same step) would skip two steps. Empty from_round: unconditional
// (the form older files hold).
struct NextStep {
    std::int64_t at_ms = 0;
    std::string from_round = {};
    int from_step = 0;
};
struct StopTimer {};
// Changes only the options that are set.
struct SetTimerOptions {
    std::optional<bool> auto_advance;
    std::optional<int> warning_s;
    std::optional<bool> talking_piece;
    std::optional<int> speaker_s;
};
struct NextSpeaker {
    std::int64_t at_ms = 0;
};
// Puts the whole run back as it was: what undo emits for start, restart, next step, stop and
// next speaker.
struct RestoreTimer {
    TimerRun run;
};

}  // namespace hostspace
