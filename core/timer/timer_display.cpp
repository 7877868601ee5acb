#include "core/timer/timer_display.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace hostspace {
namespace {

// Milliseconds until a countdown shown in whole seconds (rounded up, as
// TimerReading::seconds_remaining is) shows another number, for a time left of `remaining_ms`
// that falls by one every millisecond: the next multiple of 1000 below it, overtime included.
std::int64_t ms_until_next_second(std::int64_t remaining_ms) {
    const std::int64_t into_second = ((remaining_ms % 1000) + 1000) % 1000;
    // Exactly on a boundary (59000 shows 59) it changes one millisecond later (58999 shows 59
    // too, until 58000 -> 58); the next change is then a whole second away.
    return into_second == 0 ? 1000 : into_second;
}

bool same_step(const TimerReading& a, const TimerReading& b) {
    return a.round_id == b.round_id && a.step_index == b.step_index;
}

bool counting(TimerPhase phase) {
    return phase == TimerPhase::running || phase == TimerPhase::warning ||
           phase == TimerPhase::overtime;
}

}  // namespace

std::string format_countdown(std::int64_t seconds) {
    const bool over = seconds < 0;
    const std::int64_t total = over ? -seconds : seconds;
    const std::int64_t hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
    char text[32];
    if (hours > 0) {
        std::snprintf(text, sizeof text, "%s%lld:%02lld:%02lld", over ? "+" : "",
                      static_cast<long long>(hours), static_cast<long long>(minutes),
                      static_cast<long long>(secs));
    } else {
        std::snprintf(text, sizeof text, "%s%lld:%02lld", over ? "+" : "",
                      static_cast<long long>(minutes), static_cast<long long>(secs));
    }
    return text;
}

std::string format_drift(std::int64_t drift_s) {
    const std::int64_t minutes = (drift_s < 0 ? -drift_s : drift_s) / 60;
    if (minutes == 0) return "on schedule";
    char text[48];
    const char* side = drift_s > 0 ? "behind" : "ahead";
    if (minutes >= 60) {
        std::snprintf(text, sizeof text, "%lld h %02lld min %s",
                      static_cast<long long>(minutes / 60), static_cast<long long>(minutes % 60),
                      side);
    } else {
        std::snprintf(text, sizeof text, "%lld min %s", static_cast<long long>(minutes), side);
    }
    return text;
}

std::string format_clock_time(std::int64_t unix_ms) {
    // Floor to whole seconds, also before 1970 (a time with no date set counts from 0).
    std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000 - (unix_ms % 1000 < 0 ? 1 : 0));
    std::tm local{};
    if (!localtime_r(&seconds, &local)) return "--:--";
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", local.tm_hour, local.tm_min);
    return text;
}

bool zero_flash_active(const TimerReading& reading) {
    return reading.phase == TimerPhase::overtime && -reading.remaining_ms < kZeroFlashMs;
}

bool zero_flash_bright(const TimerReading& reading) {
    if (!zero_flash_active(reading)) return false;
    return (-reading.remaining_ms) % kZeroFlashCycleMs < kZeroFlashCycleMs / 2;
}

double shown_progress(const TimerReading& reading) {
    const std::int64_t total_s = (reading.duration_ms + 999) / 1000;
    if (total_s <= 0 || reading.seconds_remaining <= 0) return 1.0;
    const std::int64_t left_s = std::min(reading.seconds_remaining, total_s);
    return static_cast<double>(total_s - left_s) / static_cast<double>(total_s);
}

std::optional<std::int64_t> ms_until_display_changes(const TimerReading& reading,
                                                     std::int64_t now_ms) {
    if (reading.phase == TimerPhase::idle) return std::nullopt;
    if (reading.phase == TimerPhase::paused) {
        // The time left stands still, but a pause pushes the schedule back second by second.
        const std::int64_t into_second = ((now_ms % 1000) + 1000) % 1000;
        return 1000 - into_second;
    }
    std::int64_t wait = ms_until_next_second(reading.remaining_ms);
    if (reading.talking_piece) {
        wait = std::min(wait, ms_until_next_second(reading.speaker_remaining_ms));
    }
    if (zero_flash_active(reading)) {
        const std::int64_t half = kZeroFlashCycleMs / 2;
        const std::int64_t into_half = (-reading.remaining_ms) % half;
        wait = std::min(wait, half - into_half);
        // The flash's end changes the picture too.
        wait = std::min(wait, kZeroFlashMs + reading.remaining_ms);
    }
    return std::max<std::int64_t>(wait, 1);
}

TimerCues cues_between(const TimerReading& before, const TimerReading& after) {
    TimerCues cues;
    if (!same_step(before, after) || !counting(before.phase) || !counting(after.phase)) {
        return cues;
    }
    cues.warning = before.phase == TimerPhase::running && after.phase == TimerPhase::warning;
    cues.time_up = before.remaining_ms > 0 && after.remaining_ms <= 0;
    cues.speaker_time_up = before.talking_piece && after.talking_piece &&
                           before.speaker_index == after.speaker_index &&
                           !after.speaker_name.empty() && before.speaker_remaining_ms > 0 &&
                           after.speaker_remaining_ms <= 0;
    return cues;
}

}  // namespace hostspace
