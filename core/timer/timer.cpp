#include "core/timer/timer.hpp"

#include <algorithm>

namespace hostspace {

std::int64_t running_ms(const TimerRun& run, std::int64_t now_ms) {
    const std::int64_t until = run.paused ? run.paused_at_ms : now_ms;
    // Never negative: another laptop's clock may be behind the one that started the step.
    return std::max<std::int64_t>(until - run.step_started_ms - run.paused_total_ms, 0);
}

std::optional<RoundAsRun> round_as_run(const Timer& timer, const std::string& round_id) {
    std::optional<RoundAsRun> as_run;
    for (const RoundStretch& stretch : timer.ran) {
        if (stretch.round_id != round_id) continue;
        if (!as_run) as_run = RoundAsRun{stretch.from_ms, 0, false};
        if (stretch.to_ms == 0) {
            as_run->running = true;
        } else {
            // A stretch that ended "before" it began (two laptops' clocks) counts as none.
            as_run->length_ms += std::max<std::int64_t>(stretch.to_ms - stretch.from_ms, 0);
        }
    }
    return as_run;
}

void log_round_change(std::vector<RoundStretch>& ran, const std::string& from_round,
                      const std::string& to_round, std::int64_t at_ms) {
    if (from_round == to_round) return;
    if (!ran.empty() && ran.back().to_ms == 0 && ran.back().round_id == from_round) {
        // Never 0, which means "still running": a stop at the Unix epoch is a clock gone wrong.
        ran.back().to_ms = at_ms != 0 ? at_ms : 1;
    }
    if (!to_round.empty()) ran.push_back(RoundStretch{to_round, at_ms, 0});
}

}  // namespace hostspace
