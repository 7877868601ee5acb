#pragma once
// Identity and order of operations. An op is named by (device, seq); ops are folded in
// (lamport, device, seq) order, and every last-writer-wins field keeps the stamp of the op that
// wrote it, so a field settles on the same value on every device whatever order ops arrive in.
#include <cstdint>
#include <string>
#include <tuple>

#include "core/session/device_name.hpp"

namespace hostspace {

struct OpId {
    std::string device;     // UUID of the installation that made the op
    std::uint64_t seq = 0;  // 1, 2, 3... per device

    friend bool operator==(const OpId& a, const OpId& b) {
        return a.seq == b.seq && a.device == b.device;
    }
};

struct Stamp {
    std::uint64_t lamport = 0;
    DeviceName device;
    std::uint64_t seq = 0;

    friend bool operator<(const Stamp& a, const Stamp& b) {
        return std::tie(a.lamport, a.device, a.seq) < std::tie(b.lamport, b.device, b.seq);
    }
    friend bool operator==(const Stamp& a, const Stamp& b) {
        return std::tie(a.lamport, a.device, a.seq) == std::tie(b.lamport, b.device, b.seq);
    }
};

// A last-writer-wins register: a write takes effect only if its stamp is later than the stamp
// of the value it would replace.
template <class T>
struct Lww {
    T value{};
    Stamp stamp{};

    bool assign(const T& candidate, const Stamp& by) {
        if (!(stamp < by)) return false;
        value = candidate;
        stamp = by;
        return true;
    }
};

}  // namespace hostspace
