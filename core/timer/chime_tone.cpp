#include "core/timer/chime_tone.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Partial {
    double ratio;      // of the fundamental
    double amplitude;  // relative to the fundamental
    double decay_s;    // time constant: higher partials fade first, as in a struck bell
};

// E5: low enough to be calm, high enough to carry over a room's murmur on laptop speakers.
constexpr double kFundamentalHz = 659.25;
// The slightly inharmonic ratio (2.76 rather than 3) is what makes it a bell, not an organ.
constexpr Partial kPartials[] = {
    {1.0, 1.0, 0.45},
    {2.0, 0.30, 0.30},
    {2.76, 0.12, 0.18},
};
constexpr double kAttackS = 0.012;  // shorter clicks, longer sounds blurred
constexpr double kFadeS = 0.08;     // to exact silence, so the stream ends without a pop

}  // namespace

std::vector<std::int16_t> make_chime_tone(int sample_rate) {
    if (sample_rate <= 0) return {};
    const auto count = static_cast<std::size_t>(std::lround(kChimeSeconds * sample_rate));
    std::vector<double> wave(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / sample_rate;
        double sample = 0;
        for (const Partial& p : kPartials) {
            sample += p.amplitude * std::exp(-t / p.decay_s) *
                      std::sin(2 * kPi * kFundamentalHz * p.ratio * t);
        }
        // Raised-cosine ramps: smooth at both ends, so neither the start nor the end clicks.
        const double left = kChimeSeconds - t;
        if (t < kAttackS) sample *= 0.5 - 0.5 * std::cos(kPi * t / kAttackS);
        if (left < kFadeS) sample *= 0.5 - 0.5 * std::cos(kPi * std::max(left, 0.0) / kFadeS);
        wave[i] = sample;
    }
    // Scaled to the exact peak rather than trusting the partials' sum, so the level is the same
    // whatever the partials are tuned to.
    double peak = 0;
    for (double s : wave) peak = std::max(peak, std::abs(s));
    const double gain = peak > 0 ? kChimePeak * 32767.0 / peak : 0;
    std::vector<std::int16_t> tone(count);
    for (std::size_t i = 0; i < count; ++i) {
        tone[i] = static_cast<std::int16_t>(std::lround(wave[i] * gain));
    }
    return tone;
}

}  // namespace hostspace
