#include "core/timer/timer_actions.hpp"

#include "core/agenda/agenda.hpp"
#include "core/timer/talking_piece.hpp"

namespace hostspace {

std::string round_to_start(const Agenda& agenda, const std::string& selected_round) {
    const Round* selected = selected_round.empty() ? nullptr : agenda.find_round(selected_round);
    if (selected && !selected->removed.value) return selected->id;
    const auto order = rounds_in_order(agenda);
    return order.empty() ? std::string() : order.front()->id;
}

std::vector<OpPayload> timer_action_ops(const Session& session, TimerAction action,
                                        const std::string& selected_round, std::int64_t now_ms) {
    const TimerRun& run = session.timer.run.value;
    if (action == TimerAction::start_pause_resume) {
        if (!run.idle()) action = run.paused ? TimerAction::resume : TimerAction::pause;
    } else if (run.idle()) {
        return {};  // everything else acts on a running round
    }
    switch (action) {
        case TimerAction::start_pause_resume: {
            const std::string round = round_to_start(session.agenda, selected_round);
            if (round.empty()) return {};
            return {StartRound{round, 0, now_ms}};
        }
        case TimerAction::pause:
            return run.paused ? std::vector<OpPayload>{}
                              : std::vector<OpPayload>{PauseTimer{now_ms}};
        case TimerAction::resume:
            return run.paused ? std::vector<OpPayload>{ResumeTimer{now_ms}}
                              : std::vector<OpPayload>{};
        case TimerAction::next_step:
            // Names the step it skips, so a co-host's Next at the same moment skips one, not two.
            return {NextStep{now_ms, run.round_id, run.step_index}};
        case TimerAction::next_speaker: {
            // Only in a round that passes the talking piece.
            const Round* round = session.agenda.find_round(run.round_id);
            if (!round || !talking_piece_for(*round, session.timer).on) return {};
            return {NextSpeaker{now_ms}};
        }
        case TimerAction::minus_minute:
            return {AdjustTimer{-60}};
        case TimerAction::plus_minute:
            return {AdjustTimer{60}};
        case TimerAction::restart_step:
            return {RestartStep{now_ms}};
        case TimerAction::stop:
            return {StopTimer{}};
    }
    return {};
}

}  // namespace hostspace
