#include "core/sync/sync_status_text.hpp"

#include <cstdio>
#include <ctime>

namespace hostspace::sync {
namespace {

std::string clock_time(std::int64_t unix_ms, int offset_minutes) {
    const std::int64_t minutes = unix_ms / 60000 + offset_minutes;
    const int in_day = static_cast<int>(((minutes % 1440) + 1440) % 1440);
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", in_day / 60, in_day % 60);
    return text;
}

std::string changes(std::uint64_t count) {
    return std::to_string(count) + (count == 1 ? " change" : " changes");
}

// The short reason of a pause, from the problem.
const char* pause_reason(SyncProblem problem) {
    switch (problem) {
        case SyncProblem::wrong_password:
            return "wrong password";
        case SyncProblem::server_full:
            return "server full";
        case SyncProblem::certificate:
            return "certificate not trusted";
        case SyncProblem::not_webdav:
            return "not a WebDAV server";
        case SyncProblem::own_history:
        case SyncProblem::restored_copy:
            return "an older copy of this session";
        default:
            return "the server refuses";
    }
}

}  // namespace

SyncPhrase describe_sync(const SyncStatus& status, std::uint64_t pending, int offset_minutes) {
    switch (status.state) {
        case SyncState::waiting:
            return {"sync starting", "Connecting to the server…", false};
        case SyncState::syncing:
            if (pending > 0)
                return {"sending " + changes(pending), "Sending this laptop's changes", false};
            return {"syncing…", "Looking for other laptops' changes", false};
        case SyncState::synced: {
            if (pending > 0)
                return {"sending " + changes(pending), "Changes wait for the next sync", false};
            std::string detail =
                "Synced with the server at " + clock_time(status.synced_at_ms, offset_minutes);
            if (!status.message.empty()) detail += ". " + status.message;
            return {"synced " + clock_time(status.synced_at_ms, offset_minutes), detail, false};
        }
        case SyncState::offline: {
            std::string text =
                "offline since " + clock_time(status.offline_since_ms, offset_minutes);
            std::string detail = status.message;
            if (pending > 0) {
                detail += ". " + changes(pending) +
                          " of this laptop are saved here and go to the server once it answers";
            }
            return {text, detail, false};
        }
        case SyncState::paused:
            return {std::string("paused: ") + pause_reason(status.problem), status.message, true};
    }
    return {};
}

int local_utc_offset_minutes(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

}  // namespace hostspace::sync
