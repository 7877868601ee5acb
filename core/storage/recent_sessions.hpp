#pragma once
// The sessions this user opened lately, newest first, kept in the config folder so the start
// screen can offer them by title. Each keeps the title it had when last seen, so listing them
// never replays a journal. The list logic is pure; only load/record/update touch the disk.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/device_identity.hpp"

namespace hostspace {

inline constexpr std::size_t kMaxRecentSessions = 10;

struct RecentSession {
    std::filesystem::path folder;  // absolute and normal
    std::string title;             // as last seen; "" when not known (a list from before titles)

    bool operator==(const RecentSession& other) const {
        return folder == other.folder && title == other.title;
    }
};

// config_folder()/recent-sessions.txt by default.
std::filesystem::path recent_sessions_file(const std::filesystem::path& folder = config_folder());

// One absolute path per line (UTF-8), newest first, each optionally followed by a line that
// starts with a tab and holds its title. Blank lines and lines starting with '#' are skipped;
// duplicates keep their first (newest) place; at most `cap` entries. A list written before
// titles (paths only) reads with empty titles.
std::vector<RecentSession> parse_recent_sessions(std::string_view text,
                                                 std::size_t cap = kMaxRecentSessions);
std::string format_recent_sessions(const std::vector<RecentSession>& sessions);

// `session` made absolute and normal, so "a/../b.hostspace/" and "b.hostspace" are one entry.
std::filesystem::path normalise_session_path(const std::filesystem::path& session);

// A title as one line of the list: line breaks and tabs become spaces, ends trimmed.
std::string recent_title_line(const std::string& title);

// Moves (or adds) `session` to the front with `title`, drops duplicates and entries past `cap`.
// A path holding a line break cannot be stored in the file and leaves the list as it was.
std::vector<RecentSession> remember_session(std::vector<RecentSession> sessions,
                                            const std::filesystem::path& session,
                                            const std::string& title,
                                            std::size_t cap = kMaxRecentSessions);

// Gives `session` the title `title` where the list has it, keeping its place; a session not
// in the list leaves it as it was.
std::vector<RecentSession> retitle_session(std::vector<RecentSession> sessions,
                                           const std::filesystem::path& session,
                                           const std::string& title);

// What the start screen shows for an entry: its title, or the folder's name without
// .hostspace when the title is not known.
std::string recent_display_title(const RecentSession& session);

// The list as stored; only sessions whose folder still exists. A missing or unreadable file
// gives an empty list (the list is a convenience: it never stops the app).
std::vector<RecentSession> load_recent_sessions(
    const std::filesystem::path& file = recent_sessions_file());

// Puts `session` first in the stored list with `title` (creating the folder and file if
// needed), written atomically. Throws hostspace::Error if the file cannot be written.
void record_recent_session(const std::filesystem::path& session, const std::string& title,
                           const std::filesystem::path& file = recent_sessions_file());

// Changes the stored title of `session` if the list has it (its place unchanged), so a title
// changed on the command line shows on the start screen. Nothing is written when the list does
// not have it or already has that title. Throws hostspace::Error if the file cannot be written.
void update_recent_title(const std::filesystem::path& session, const std::string& title,
                         const std::filesystem::path& file = recent_sessions_file());

}  // namespace hostspace
