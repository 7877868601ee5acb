#pragma once
// The chime that marks the end of a round: synthesised here, played by the app (app/gui/timer/chime).
// Pure computation with no audio headers, so the sound itself is unit-tested without a device.
#include <cstdint>
#include <vector>

namespace hostspace {

// The rate the app plays at: PipeWire's and most laptops' native rate, so nothing resamples.
constexpr int kChimeSampleRate = 48000;
constexpr double kChimeSeconds = 1.5;
// Peak level as a share of full scale (about -8 dBFS): audible in a quiet room, never harsh,
// and well clear of clipping after any resampling.
constexpr double kChimePeak = 0.4;

// A soft bell: a low fundamental with two quieter, faster-fading partials above it, a gentle
// attack (no click) and an exponential decay that fades to silence at the end. Mono, signed
// 16-bit, round(kChimeSeconds * sample_rate) samples; the same samples on every call. Empty
// for a sample rate that is not positive.
std::vector<std::int16_t> make_chime_tone(int sample_rate = kChimeSampleRate);

}  // namespace hostspace
