#include "app/gui/timer/timer_actions.hpp"

namespace hostspace::gui {

void run_timer_action(const Session& session, TimerAction action, const std::string& selected_round,
                      std::int64_t now_ms, FrameRequests& out) {
    auto ops = timer_action_ops(session, action, selected_round, now_ms);
    if (!ops.empty()) out.commit(std::move(ops));
}

void auto_advance_if_due(const Session& session, const TimerReading& reading, std::int64_t now_ms,
                         TimerUiState& ui, FrameRequests& out) {
    if (!reading.auto_advance_due) return;
    const TimerRun& run = session.timer.run.value;
    // The step's start instant makes the key unique even when the same step is run again
    // (Restart, or undo then redo): each run of a step advances once. An undone advance stays
    // undone, unless minutes are added and the new zero is reached.
    const std::string key = run.round_id + "/" + std::to_string(run.step_index) + "/" +
                            std::to_string(run.step_started_ms) + "/" +
                            std::to_string(run.adjust_s);
    if (ui.advanced_from == key) return;
    ui.advanced_from = key;
    // Not an undo step: Ctrl+Z right after must undo what the facilitator did last, not the
    // clock's move (which would leave the round in overtime, never advancing again).
    out.commit_unattended({NextStep{now_ms, run.round_id, run.step_index}});
}

}  // namespace hostspace::gui
