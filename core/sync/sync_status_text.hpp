#pragma once
// How the sync state reads in the window's title bar and top bar: "synced 14:05", "sending 3
// changes", "offline since 14:02 (cannot reach dav.example.org)", "paused: wrong password".
#include <cstdint>
#include <string>

#include "core/sync/sync_worker.hpp"

namespace hostspace::sync {

struct SyncPhrase {
    std::string short_text;  // for the top bar's pill and the window title
    std::string detail;      // the whole message, for a tooltip and the Sync dialog
    bool alarming = false;   // paused: the user must act (shown in red)
};

// `pending` is the number of this laptop's changes not yet on the server; times are shown as
// local HH:MM (`utc_offset_minutes` is the local zone's offset, injected for tests).
SyncPhrase describe_sync(const SyncStatus& status, std::uint64_t pending, int utc_offset_minutes);

// The local zone's offset from UTC at `unix_ms`, in minutes.
int local_utc_offset_minutes(std::int64_t unix_ms);

}  // namespace hostspace::sync
