#pragma once
// Timing helpers for the benchmarks: they print figures; they are not pass/fail tests.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace hostspace::bench {

using Clock = std::chrono::steady_clock;

inline double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// A scratch folder under $HOSTSPACE_BENCH_DIR (default: the system temp folder), so the disk
// being measured can be chosen.
inline std::filesystem::path scratch_folder(const std::string& name) {
    const char* base = std::getenv("HOSTSPACE_BENCH_DIR");
    auto folder =
        std::filesystem::path(base && *base ? base : std::filesystem::temp_directory_path()) /
        ("hostspace-bench-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace hostspace::bench
