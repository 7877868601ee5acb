#include "core/storage/recent_sessions.hpp"

#include <algorithm>
#include <system_error>

#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

constexpr const char* kHeader =
    "# hostspace recent sessions, newest first: a folder a line, its title on the next line "
    "after a tab";

bool storable(const std::filesystem::path& path) {
    const std::string text = path.string();
    return !text.empty() && text.find_first_of("\r\n") == std::string::npos;
}

std::vector<RecentSession> read_list(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return {};
    try {
        return parse_recent_sessions(read_whole_file(file));
    } catch (const Error&) {
        return {};  // an unreadable list is replaced: it only ever held shortcuts
    }
}

void write_list(const std::filesystem::path& file, const std::vector<RecentSession>& sessions) {
    if (file.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) {
            throw Error(file.parent_path().string(), 0,
                        "cannot create the config folder: " + ec.message());
        }
    }
    write_file_atomically(file, format_recent_sessions(sessions));
}

}  // namespace

std::filesystem::path recent_sessions_file(const std::filesystem::path& folder) {
    return folder / "recent-sessions.txt";
}

std::filesystem::path normalise_session_path(const std::filesystem::path& session) {
    std::error_code ec;
    std::filesystem::path path = std::filesystem::absolute(session, ec);
    if (ec) path = session;
    path = path.lexically_normal();
    // "x.hostspace/" and "x.hostspace" name the same folder.
    if (path.filename().empty() && path.has_parent_path() && path != path.root_path()) {
        path = path.parent_path();
    }
    return path;
}

std::string recent_title_line(const std::string& title) {
    std::string line = title;
    std::replace_if(
        line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return trim_space(line);
}

std::vector<RecentSession> parse_recent_sessions(std::string_view text, std::size_t cap) {
    std::vector<RecentSession> out;
    bool last_is_new = false;  // the entry a title line belongs to was added by the line before
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        if (!line.empty() && line.front() == '\t') {
            if (last_is_new) out.back().title = recent_title_line(std::string(line.substr(1)));
            last_is_new = false;
            continue;
        }
        last_is_new = false;
        if (line.empty() || line.front() == '#') continue;
        if (out.size() == cap) break;
        const std::filesystem::path path = normalise_session_path(std::string(line));
        const bool seen = std::any_of(out.begin(), out.end(),
                                      [&](const RecentSession& s) { return s.folder == path; });
        if (!seen) {
            out.push_back(RecentSession{path, ""});
            last_is_new = true;
        }
    }
    return out;
}

std::string format_recent_sessions(const std::vector<RecentSession>& sessions) {
    std::string out = std::string(kHeader) + "\n";
    for (const auto& session : sessions) {
        if (!storable(session.folder)) continue;
        out += session.folder.string();
        out += '\n';
        const std::string title = recent_title_line(session.title);
        if (!title.empty()) out += "\t" + title + "\n";
    }
    return out;
}

std::vector<RecentSession> remember_session(std::vector<RecentSession> sessions,
                                            const std::filesystem::path& session,
                                            const std::string& title, std::size_t cap) {
    if (!storable(session)) return sessions;
    const std::filesystem::path path = normalise_session_path(session);
    sessions.erase(std::remove_if(sessions.begin(), sessions.end(),
                                  [&](const RecentSession& s) { return s.folder == path; }),
                   sessions.end());
    sessions.insert(sessions.begin(), RecentSession{path, recent_title_line(title)});
    if (sessions.size() > cap) sessions.resize(cap);
    return sessions;
}

std::vector<RecentSession> retitle_session(std::vector<RecentSession> sessions,
                                           const std::filesystem::path& session,
                                           const std::string& title) {
    const std::filesystem::path path = normalise_session_path(session);
    for (auto& entry : sessions) {
        if (entry.folder == path) entry.title = recent_title_line(title);
    }
    return sessions;
}

std::string recent_display_title(const RecentSession& session) {
    if (!session.title.empty()) return session.title;
    return session.folder.stem().string();
}

std::vector<RecentSession> load_recent_sessions(const std::filesystem::path& file) {
    std::vector<RecentSession> sessions;
    try {
        sessions = parse_recent_sessions(read_whole_file(file));
    } catch (const Error&) {
        return {};
    }
    sessions.erase(std::remove_if(sessions.begin(), sessions.end(),
                                  [](const RecentSession& session) {
                                      std::error_code ec;
                                      return !std::filesystem::is_directory(session.folder, ec);
                                  }),
                   sessions.end());
    return sessions;
}

void record_recent_session(const std::filesystem::path& session, const std::string& title,
                           const std::filesystem::path& file) {
    write_list(file, remember_session(read_list(file), session, title));
}

void update_recent_title(const std::filesystem::path& session, const std::string& title,
                         const std::filesystem::path& file) {
    const std::vector<RecentSession> before = read_list(file);
    const std::vector<RecentSession> after = retitle_session(before, session, title);
    if (after != before) write_list(file, after);
}

}  // namespace hostspace
