#include "core/storage/recent_sessions.hpp"

#include <algorithm>
#include <system_error>

#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"

namespace hostspace {
namespace {

constexpr const char* kHeader = "# hostspace recent sessions, newest first (one folder a line)";

bool storable(const std::filesystem::path& path) {
    const std::string text = path.string();
    return !text.empty() && text.find_first_of("\r\n") == std::string::npos;
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

std::vector<std::filesystem::path> parse_recent_sessions(std::string_view text, std::size_t cap) {
    std::vector<std::filesystem::path> out;
    std::size_t start = 0;
    while (start <= text.size() && out.size() < cap) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        if (line.empty() || line.front() == '#') continue;
        const std::filesystem::path path = normalise_session_path(std::string(line));
        if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
    }
    return out;
}

std::string format_recent_sessions(const std::vector<std::filesystem::path>& sessions) {
    std::string out = std::string(kHeader) + "\n";
    for (const auto& session : sessions) {
        if (!storable(session)) continue;
        out += session.string();
        out += '\n';
    }
    return out;
}

std::vector<std::filesystem::path> remember_session(std::vector<std::filesystem::path> sessions,
                                                    const std::filesystem::path& session,
                                                    std::size_t cap) {
    if (!storable(session)) return sessions;
    const std::filesystem::path path = normalise_session_path(session);
    sessions.erase(std::remove(sessions.begin(), sessions.end(), path), sessions.end());
    sessions.insert(sessions.begin(), path);
    if (sessions.size() > cap) sessions.resize(cap);
    return sessions;
}

std::vector<std::filesystem::path> load_recent_sessions(const std::filesystem::path& file) {
    std::vector<std::filesystem::path> sessions;
    try {
        sessions = parse_recent_sessions(read_whole_file(file));
    } catch (const Error&) {
        return {};
    }
    sessions.erase(std::remove_if(sessions.begin(), sessions.end(),
                                  [](const std::filesystem::path& path) {
                                      std::error_code ec;
                                      return !std::filesystem::is_directory(path, ec);
                                  }),
                   sessions.end());
    return sessions;
}

void record_recent_session(const std::filesystem::path& session,
                           const std::filesystem::path& file) {
    std::vector<std::filesystem::path> sessions;
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) {
        try {
            sessions = parse_recent_sessions(read_whole_file(file));
        } catch (const Error&) {
            // An unreadable list is replaced: it only ever held shortcuts.
        }
    }
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) {
            throw Error(file.parent_path().string(), 0,
                        "cannot create the config folder: " + ec.message());
        }
    }
    write_file_atomically(file, format_recent_sessions(remember_session(sessions, session)));
}

}  // namespace hostspace
