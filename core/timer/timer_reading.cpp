#include "core/timer/timer_reading.hpp"

#include <algorithm>
#include <tuple>

#include "core/agenda/schedule.hpp"
#include "core/session/participants.hpp"
#include "core/timer/talking_piece.hpp"

namespace hostspace {
namespace {

// Whole seconds a countdown shows: rounded up, so zero appears only when the time is up.
std::int64_t countdown_seconds(std::int64_t ms) {
    return ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000);
}

int clamp_step(int index, std::size_t count) {
    return std::clamp(index, 0, static_cast<int>(count) - 1);
}

void read_speaker(const Session& session, const TimerRun& run, std::int64_t running, int speaker_s,
                  TimerReading& out) {
    out.talking_piece = true;
    const auto people = live_participants(session);
    out.speaker_index = run.speaker_index;
    out.speaker_count = static_cast<int>(people.size());
    if (run.speaker_index >= 0 && run.speaker_index < out.speaker_count) {
        out.speaker_name = people[static_cast<std::size_t>(run.speaker_index)]->name.value;
    }
    const std::int64_t spoken = std::max<std::int64_t>(running - run.speaker_from_ms, 0);
    out.speaker_remaining_ms = std::int64_t{std::max(speaker_s, 0)} * 1000 - spoken;
    out.speaker_seconds_remaining = countdown_seconds(out.speaker_remaining_ms);
}

}  // namespace

const char* timer_phase_name(TimerPhase phase) {
    switch (phase) {
        case TimerPhase::idle:
            return "idle";
        case TimerPhase::running:
            return "running";
        case TimerPhase::warning:
            return "warning";
        case TimerPhase::overtime:
            return "overtime";
        case TimerPhase::paused:
            return "paused";
    }
    return "idle";
}

std::optional<TimerPosition> next_timer_position(const Agenda& agenda, const std::string& round_id,
                                                 int step_index) {
    const Round* current = agenda.find_round(round_id);
    if (!current) return std::nullopt;
    const int steps = static_cast<int>(round_steps(*current).size());
    if (step_index + 1 < steps && !current->removed.value) {
        return TimerPosition{round_id, std::max(step_index + 1, 0)};
    }
    const auto key = std::tie(current->rank.value, current->id);
    for (const Round* round : rounds_in_order(agenda)) {
        if (key < std::tie(round->rank.value, round->id)) return TimerPosition{round->id, 0};
    }
    return std::nullopt;
}

TimerReading read_timer(const Session& session, std::int64_t now_ms) {
    TimerReading out;
    const TimerRun& run = session.timer.run.value;
    const Round* round = run.idle() ? nullptr : session.agenda.find_round(run.round_id);
    if (!round) return out;  // idle (a run names a round only once the round exists)

    const auto steps = round_steps(*round);
    out.round_id = round->id;
    out.step_index = clamp_step(run.step_index, steps.size());
    out.step_count = static_cast<int>(steps.size());
    out.round_title = round->title.value;
    const RoundStep& step = steps[static_cast<std::size_t>(out.step_index)];
    out.step_title = step.title;
    out.question =
        round->question.value.empty() ? session.meta.question.value : round->question.value;
    out.duration_ms = std::max<std::int64_t>((step.duration_s + run.adjust_s) * 1000, 0);
    const std::int64_t running = running_ms(run, now_ms);
    out.remaining_ms = out.duration_ms - running;
    out.seconds_remaining = countdown_seconds(out.remaining_ms);
    out.progress = out.duration_ms > 0
                       ? std::clamp(static_cast<double>(running) / out.duration_ms, 0.0, 1.0)
                       : 1.0;
    out.ends_at_ms = now_ms + out.remaining_ms;
    out.has_next = next_timer_position(session.agenda, run.round_id, out.step_index).has_value();

    const std::int64_t warning_ms = std::min<std::int64_t>(
        std::int64_t{std::max(session.timer.warning_s.value, 0)} * 1000, out.duration_ms / 2);
    if (run.paused) {
        out.phase = TimerPhase::paused;
    } else if (out.remaining_ms <= 0) {
        out.phase = TimerPhase::overtime;
    } else if (out.remaining_ms <= warning_ms) {
        out.phase = TimerPhase::warning;
    } else {
        out.phase = TimerPhase::running;
    }
    out.auto_advance_due = session.timer.auto_advance.value && !run.paused && out.remaining_ms <= 0;
    // The running round's own talking piece (or, for an older round, the session's option).
    const TalkingPieceSetting piece = talking_piece_for(*round, session.timer);
    if (piece.on) read_speaker(session, run, running, piece.speaker_s, out);
    return out;
}

std::optional<std::int64_t> schedule_drift_s(const Session& session, std::int64_t now_ms) {
    const Agenda& agenda = session.agenda;
    if (agenda.start_ms.value == 0) return std::nullopt;
    const TimerReading reading = read_timer(session, now_ms);
    if (reading.phase == TimerPhase::idle) return std::nullopt;
    for (const auto& planned : plan_schedule(agenda)) {
        if (planned.round_id != reading.round_id) continue;
        // The planned end of the current step: the round's start plus its steps so far.
        std::int64_t step_end = planned.start_ms;
        const auto steps = round_steps(*agenda.find_round(reading.round_id));
        for (int i = 0; i <= reading.step_index; ++i) {
            step_end += std::int64_t{steps[static_cast<std::size_t>(i)].duration_s} * 1000;
        }
        const std::int64_t projected = now_ms + std::max<std::int64_t>(reading.remaining_ms, 0);
        return (projected - step_end) / 1000;
    }
    return std::nullopt;
}

}  // namespace hostspace
