// A manual check of the chime: rings it once, waits, and quits the way the GUI would, timing
// ring() and the destructor's join. With a sound server you hear it; without one it prints
// the one warning line and goes on. HOSTSPACE_CHIME=off makes it silent without touching
// audio. A wait shorter than the chime (0.3) checks that quitting cuts a chime short.
// usage: chime_check [SECONDS_TO_WAIT]   (default 2.5: the chime lasts 1.5 s)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "app/gui/timer/chime.hpp"

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

int main(int argc, char** argv) {
    const double wait_s = argc > 1 ? std::atof(argv[1]) : 2.5;
    auto chime = std::make_unique<hostspace::gui::Chime>();
    auto start = std::chrono::steady_clock::now();
    chime->ring();
    const double ring_ms = ms_since(start);
    std::this_thread::sleep_for(std::chrono::duration<double>(wait_s));
    const bool off = chime->off();
    start = std::chrono::steady_clock::now();
    chime.reset();
    const double quit_ms = ms_since(start);
    std::printf("chime_check: ring() returned in %.3f ms; quitting took %.1f ms; the chime is %s\n",
                ring_ms, quit_ms, off ? "off" : "on");
    return 0;
}
