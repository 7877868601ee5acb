#pragma once
// Joining an event that another laptop shares: a new session made from what is on the server.
// The command line (`hostspace sync` on a session that is not there yet) and the start screen's
// "Join an event" both come here.
#include <filesystem>
#include <string>

#include "core/storage/document.hpp"
#include "core/sync/dav_transport.hpp"
#include "core/sync/sync_now.hpp"
#include "core/sync/sync_settings.hpp"

namespace hostspace::sync {

struct JoinResult {
    bool joined = false;
    std::string message;  // why not, when not joined: what went wrong and what to do
    SyncReport report;
    std::string notice;  // when the join went on as a new device: why (session_device.hpp)
};

// Makes the session `folder` from the event on the server. It starts empty, without even a
// title of its own (which would compete with the event's), one whole sync fills it, and the
// settings are saved with it so it goes on syncing when it is opened. An event with nothing on
// the server is refused: that is nearly always a mistyped event name. When not joined, nothing
// is left at `folder`. Throws hostspace::Error, and touches nothing, when `folder` already
// exists or the settings are incomplete.
// `config_folder`: where a new device id is kept should this laptop have written to the event
// before, from another copy (core/sync/session_device.hpp).
JoinResult join_event(const std::filesystem::path& folder, const SyncSettings& settings,
                      DavTransport& transport, const DocumentOptions& options,
                      const std::filesystem::path& config_folder);

}  // namespace hostspace::sync
