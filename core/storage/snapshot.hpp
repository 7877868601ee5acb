#pragma once
// The snapshot: the folded state at a point of the journal, so opening a session replays only
// the journal's tail. Written with cereal as JSON, atomically (temp file, fsync, rename).
#include <cstdint>
#include <filesystem>

#include "core/session/session.hpp"

namespace hostspace {

constexpr std::uint32_t kSnapshotSchemaVersion = 1;

struct Snapshot {
    std::uint64_t journal_offset = 0;  // bytes of the journal folded into `session`
    std::size_t journal_lines = 0;     // lines of the journal folded into `session`
    std::uint64_t journal_hash = 0;    // fnv1a of those bytes: they must not change later
    Session session;
};

void save_snapshot(const std::filesystem::path& file, const Snapshot& snapshot);
// The same, from the parts: a large session is written without first being copied.
void save_snapshot(const std::filesystem::path& file, std::uint64_t journal_offset,
                   std::size_t journal_lines, std::uint64_t journal_hash, const Session& session);

// Throws hostspace::Error naming the file and the reason (missing, not JSON, a newer schema).
Snapshot load_snapshot(const std::filesystem::path& file);

}  // namespace hostspace
