#include "core/timer/timer_apply.hpp"

#include <algorithm>

#include "core/timer/timer_reading.hpp"

namespace hostspace::timer_ops {
namespace {

// A fresh run of one step, starting at `at_ms`.
TimerRun started(const std::string& round_id, int step_index, std::int64_t at_ms) {
    TimerRun run;
    run.round_id = round_id;
    run.step_index = std::max(step_index, 0);
    run.step_started_ms = at_ms;
    return run;
}

// Replaces the run if the op is newer than whatever wrote it last; a change of round at
// `at_ms` goes into the log of how the session ran.
void put(Session& session, const TimerRun& run, const Op& envelope, std::int64_t at_ms) {
    const std::string from_round = session.timer.run.value.round_id;
    if (!session.timer.run.assign(run, envelope.stamp())) return;
    log_round_change(session.timer.ran, from_round, run.round_id, at_ms);
}

const TimerRun& run_of(const Session& session) {
    return session.timer.run.value;
}

// The run as it was, for undo; nothing when the op would find the timer idle and do nothing.
std::vector<OpPayload> restore_unless_idle(const Session& before) {
    if (run_of(before).idle()) return {};
    return {RestoreTimer{run_of(before)}};
}

}  // namespace

void apply(Session& session, const StartRound& op, const Op& envelope) {
    if (!session.agenda.find_round(op.round_id)) return;
    put(session, started(op.round_id, op.step_index, op.at_ms), envelope, op.at_ms);
}

void apply(Session& session, const PauseTimer& op, const Op& envelope) {
    TimerRun run = run_of(session);
    if (run.idle() || run.paused) return;
    run.paused = true;
    run.paused_at_ms = op.at_ms;
    put(session, run, envelope, op.at_ms);
}

void apply(Session& session, const ResumeTimer& op, const Op& envelope) {
    TimerRun run = run_of(session);
    if (run.idle() || !run.paused) return;
    // A resume stamped before its pause (clocks of two laptops disagree) adds no pause time.
    run.paused_total_ms += std::max<std::int64_t>(op.at_ms - run.paused_at_ms, 0);
    run.paused = false;
    run.paused_at_ms = 0;
    put(session, run, envelope, op.at_ms);
}

void apply(Session& session, const AdjustTimer& op, const Op& envelope) {
    TimerRun run = run_of(session);
    if (run.idle() || op.delta_s == 0) return;
    run.adjust_s += op.delta_s;
    put(session, run, envelope, envelope.at_ms);
}

void apply(Session& session, const RestartStep& op, const Op& envelope) {
    const TimerRun& current = run_of(session);
    if (current.idle()) return;
    // The step starts over with its planned length and the circle from its first speaker; a
    // paused timer stays paused, now at the full time.
    TimerRun run = started(current.round_id, current.step_index, op.at_ms);
    if (current.paused) {
        run.paused = true;
        run.paused_at_ms = op.at_ms;
    }
    put(session, run, envelope, op.at_ms);
}

void apply(Session& session, const NextStep& op, const Op& envelope) {
    const TimerRun& current = run_of(session);
    if (current.idle()) return;
    const bool moved_on = !op.from_round.empty() &&
                          (op.from_round != current.round_id || op.from_step != current.step_index);
    if (moved_on) return;
    const auto next = next_timer_position(session.agenda, current.round_id, current.step_index);
    put(session, next ? started(next->round_id, next->step_index, op.at_ms) : TimerRun{}, envelope,
        op.at_ms);
}

void apply(Session& session, const StopTimer&, const Op& envelope) {
    if (run_of(session).idle()) return;
    put(session, TimerRun{}, envelope, envelope.at_ms);
}

void apply(Session& session, const SetTimerOptions& op, const Op& envelope) {
    Timer& timer = session.timer;
    const Stamp stamp = envelope.stamp();
    if (op.auto_advance) timer.auto_advance.assign(*op.auto_advance, stamp);
    if (op.warning_s) timer.warning_s.assign(*op.warning_s, stamp);
    if (op.talking_piece) timer.talking_piece.assign(*op.talking_piece, stamp);
    if (op.speaker_s) timer.speaker_s.assign(*op.speaker_s, stamp);
}

void apply(Session& session, const NextSpeaker& op, const Op& envelope) {
    TimerRun run = run_of(session);
    if (run.idle()) return;
    // Not capped at the participant count: a circle without a list still counts speakers, and
    // someone who arrives late can be added and still get a turn.
    ++run.speaker_index;
    run.speaker_from_ms = running_ms(run, op.at_ms);
    put(session, run, envelope, op.at_ms);
}

void apply(Session& session, const RestoreTimer& op, const Op& envelope) {
    put(session, op.run, envelope, envelope.at_ms);
}

// ---- inverses ----------------------------------------------------------------------------

std::vector<OpPayload> invert(const Session& before, const StartRound& op) {
    if (!before.agenda.find_round(op.round_id)) return {};
    return {RestoreTimer{run_of(before)}};
}

std::vector<OpPayload> invert(const Session& before, const PauseTimer& op) {
    const TimerRun& run = run_of(before);
    if (run.idle() || run.paused) return {};
    return {ResumeTimer{op.at_ms}};
}

std::vector<OpPayload> invert(const Session& before, const ResumeTimer& op) {
    const TimerRun& run = run_of(before);
    if (run.idle() || !run.paused) return {};
    return {PauseTimer{op.at_ms}};
}

std::vector<OpPayload> invert(const Session& before, const AdjustTimer& op) {
    if (run_of(before).idle() || op.delta_s == 0) return {};
    return {AdjustTimer{-op.delta_s}};
}

std::vector<OpPayload> invert(const Session& before, const RestartStep&) {
    return restore_unless_idle(before);
}

std::vector<OpPayload> invert(const Session& before, const NextStep&) {
    return restore_unless_idle(before);
}

std::vector<OpPayload> invert(const Session& before, const StopTimer&) {
    return restore_unless_idle(before);
}

std::vector<OpPayload> invert(const Session& before, const SetTimerOptions& op) {
    const Timer& timer = before.timer;
    SetTimerOptions back;
    if (op.auto_advance && *op.auto_advance != timer.auto_advance.value) {
        back.auto_advance = timer.auto_advance.value;
    }
    if (op.warning_s && *op.warning_s != timer.warning_s.value) {
        back.warning_s = timer.warning_s.value;
    }
    if (op.talking_piece && *op.talking_piece != timer.talking_piece.value) {
        back.talking_piece = timer.talking_piece.value;
    }
    if (op.speaker_s && *op.speaker_s != timer.speaker_s.value) {
        back.speaker_s = timer.speaker_s.value;
    }
    if (!back.auto_advance && !back.warning_s && !back.talking_piece && !back.speaker_s) return {};
    return {back};
}

std::vector<OpPayload> invert(const Session& before, const NextSpeaker&) {
    return restore_unless_idle(before);
}

std::vector<OpPayload> invert(const Session& before, const RestoreTimer& op) {
    if (run_of(before) == op.run) return {};
    return {RestoreTimer{run_of(before)}};
}

}  // namespace hostspace::timer_ops
