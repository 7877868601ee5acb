#include "core/timer/timer.hpp"

#include <algorithm>

namespace hostspace {

std::int64_t running_ms(const TimerRun& run, std::int64_t now_ms) {
    const std::int64_t until = run.paused ? run.paused_at_ms : now_ms;
    // Never negative: another laptop's clock may be behind the one that started the step.
    return std::max<std::int64_t>(until - run.step_started_ms - run.paused_total_ms, 0);
}

}  // namespace hostspace
