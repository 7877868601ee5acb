#include "app/gui/shell/test_log.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace hostspace::gui {

namespace {

std::ofstream& test_log() {
    static std::ofstream log = [] {
        std::ofstream out;
        const char* file = std::getenv("HOSTSPACE_DRAW_LOG");
        if (file && *file) out.open(file, std::ios::app);
        return out;
    }();
    return log;
}

}  // namespace

bool test_log_enabled() {
    return test_log().is_open();
}

void note_for_tests(const std::string& line) {
    if (test_log_enabled()) test_log() << line << std::endl;  // flushed: a test reads it meanwhile
}

int test_frame_delay_ms() {
    static const int delay = [] {
        const char* value = std::getenv("HOSTSPACE_TEST_SLOW_FRAMES_MS");
        return value ? std::max(0, std::atoi(value)) : 0;
    }();
    return delay;
}

}  // namespace hostspace::gui
