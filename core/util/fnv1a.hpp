#pragma once
// FNV-1a, 64 bit: a fast fingerprint of the journal's bytes, so that a snapshot can tell whether
// the part of the journal it stands for is still the one it folded. Not cryptographic.
#include <cstdint>
#include <string_view>

namespace hostspace {

constexpr std::uint64_t kFnv1aSeed = 14695981039346656037ull;

// Continues a fingerprint: fnv1a(b, fnv1a(a)) == fnv1a(a + b).
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed = kFnv1aSeed);

}  // namespace hostspace
