#pragma once
// The app's one wall clock. Core never reads a clock (timer ops carry their own at_ms); the
// views and the loop ask here, so every "now" in a frame comes from the same place.
#include <chrono>
#include <cstdint>

namespace hostspace::gui {

// Unix time in milliseconds.
inline std::int64_t wall_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace hostspace::gui
