#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

#include "core/timer/chime_tone.hpp"

using namespace hostspace;

namespace {

constexpr double kFullScale = 32767.0;

int peak_of(const std::vector<std::int16_t>& tone, std::size_t from, std::size_t to) {
    int peak = 0;
    for (std::size_t i = from; i < to && i < tone.size(); ++i) {
        peak = std::max(peak, std::abs(int(tone[i])));
    }
    return peak;
}

double rms_of(const std::vector<std::int16_t>& tone, std::size_t from, std::size_t to) {
    double sum = 0;
    for (std::size_t i = from; i < to; ++i) sum += double(tone[i]) * double(tone[i]);
    return std::sqrt(sum / double(to - from));
}

}  // namespace

TEST_CASE("the chime lasts 1.5 s at any sample rate", "[chime]") {
    CHECK(make_chime_tone(48000).size() == 72000);
    CHECK(make_chime_tone(44100).size() == 66150);
    CHECK(make_chime_tone().size() == std::size_t(kChimeSampleRate * 3 / 2));
    CHECK(make_chime_tone(0).empty());
    CHECK(make_chime_tone(-44100).empty());
}

TEST_CASE("the chime peaks well below clipping", "[chime]") {
    const auto tone = make_chime_tone(48000);
    const int peak = peak_of(tone, 0, tone.size());
    // About -8 dBFS: loud enough to hear, far from the rails.
    CHECK(peak >= int(0.35 * kFullScale));
    CHECK(peak <= int(0.45 * kFullScale));
    CHECK(std::none_of(tone.begin(), tone.end(),
                       [](std::int16_t s) { return s == 32767 || s == -32768 || s == -32767; }));
}

TEST_CASE("the chime starts and ends in silence, with a soft attack", "[chime]") {
    const auto tone = make_chime_tone(48000);
    const int peak = peak_of(tone, 0, tone.size());
    CHECK(std::abs(int(tone.front())) <= 1);
    CHECK(std::abs(int(tone.back())) <= 1);
    CHECK(peak_of(tone, 0, 48) < peak / 20);                            // first 1 ms: no click
    CHECK(peak_of(tone, tone.size() - 480, tone.size()) < peak / 100);  // last 10 ms
    // The loudest moment comes after the attack, not at the first sample.
    const auto loudest = std::max_element(tone.begin(), tone.end(), [](auto a, auto b) {
        return std::abs(int(a)) < std::abs(int(b));
    });
    CHECK(loudest - tone.begin() > 240);  // later than 5 ms
}

TEST_CASE("the chime fades away rather than sustaining", "[chime]") {
    const auto tone = make_chime_tone(48000);
    const double first = rms_of(tone, 0, 24000);           // first 0.5 s
    const double last = rms_of(tone, 48000, tone.size());  // last 0.5 s
    CHECK(first > 1000);
    CHECK(last < first / 8);
    CHECK(peak_of(tone, tone.size() - 4800, tone.size()) < peak_of(tone, 0, tone.size()) / 10);
}

TEST_CASE("the chime is a low, calm pitch", "[chime]") {
    const auto tone = make_chime_tone(48000);
    // Zero crossings from 0.1 s to 0.3 s follow the fundamental (it dominates): two a cycle.
    int crossings = 0;
    for (std::size_t i = 4801; i < 14400; ++i) {
        if ((tone[i - 1] < 0) != (tone[i] < 0)) ++crossings;
    }
    const double hz = crossings / 2.0 / 0.2;
    CHECK(hz > 400);
    CHECK(hz < 1000);
}

TEST_CASE("the chime is the same on every call", "[chime]") {
    CHECK(make_chime_tone(48000) == make_chime_tone(48000));
    CHECK(make_chime_tone(44100) == make_chime_tone(44100));
}
