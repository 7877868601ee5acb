#pragma once
// The sessions this user opened lately, newest first, kept in the config folder so the start
// screen can offer them. The list logic is pure; only load/record touch the disk.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/device_identity.hpp"

namespace hostspace {

inline constexpr std::size_t kMaxRecentSessions = 10;

// config_folder()/recent-sessions.txt by default.
std::filesystem::path recent_sessions_file(const std::filesystem::path& folder = config_folder());

// One absolute path per line (UTF-8), newest first. Blank lines and lines starting with '#'
// are skipped; duplicates keep their first (newest) place; at most `cap` entries.
std::vector<std::filesystem::path> parse_recent_sessions(std::string_view text,
                                                         std::size_t cap = kMaxRecentSessions);
std::string format_recent_sessions(const std::vector<std::filesystem::path>& sessions);

// `session` made absolute and normal, so "a/../b.hostspace/" and "b.hostspace" are one entry.
std::filesystem::path normalise_session_path(const std::filesystem::path& session);

// Moves (or adds) `session` to the front, drops duplicates and entries past `cap`. A path
// holding a line break cannot be stored in the file and leaves the list as it was.
std::vector<std::filesystem::path> remember_session(std::vector<std::filesystem::path> sessions,
                                                    const std::filesystem::path& session,
                                                    std::size_t cap = kMaxRecentSessions);

// The list as stored; only sessions whose folder still exists. A missing or unreadable file
// gives an empty list (the list is a convenience: it never stops the app).
std::vector<std::filesystem::path> load_recent_sessions(
    const std::filesystem::path& file = recent_sessions_file());

// Puts `session` first in the stored list (creating the folder and file if needed), written
// atomically. Throws hostspace::Error if the file cannot be written.
void record_recent_session(const std::filesystem::path& session,
                           const std::filesystem::path& file = recent_sessions_file());

}  // namespace hostspace
