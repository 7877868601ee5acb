#pragma once
// Shared helpers for the unit tests: a temporary folder that cleans itself up, fixed clocks
// and ops with chosen stamps.
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/session/session.hpp"
#include "core/storage/document.hpp"

namespace hostspace::test {

class TempDir {
  public:
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "hostspace-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

inline const std::string kDeviceA = "aaaaaaaa-0000-4000-8000-000000000001";
inline const std::string kDeviceB = "bbbbbbbb-0000-4000-8000-000000000002";

inline Op make_op(const std::string& device, std::uint64_t seq, std::uint64_t lamport,
                  OpPayload payload, std::int64_t at_ms = 1000) {
    return Op{OpId{device, seq}, lamport, at_ms, std::move(payload)};
}

// A clock that ticks one second per call, from a fixed start.
inline DocumentOptions fixed_options(const std::string& device = kDeviceA) {
    auto tick = std::make_shared<std::int64_t>(1'700'000'000'000);
    return DocumentOptions{device, [tick] { return *tick += 1000; }};
}

}  // namespace hostspace::test
