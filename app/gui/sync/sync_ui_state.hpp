#pragma once
// Transient state of the Sync dialog: the fields as typed, and a server check running in the
// background. The settings themselves are saved with the session (sync.json) and the password
// in the user's config folder, only when the user starts syncing.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "core/sync/server_check.hpp"

namespace hostspace::gui {

// A server check on a thread of its own: the dialog polls it, and may close before it ends.
struct ServerCheckJob {
    std::atomic<bool> done{false};
    std::mutex mutex;
    sync::ServerCheck result;  // read once done
};

struct SyncUiState {
    bool open_requested = false;
    bool focus_server = false;
    std::string server, user, password, event, ca_file;
    bool verify_tls = true;
    bool remember_password = true;
    std::string error;  // why Start syncing was refused
    std::shared_ptr<ServerCheckJob> check;
    bool check_logged = false;
    bool just_closed = false;  // the window gives the new-note field the keyboard back
};

}  // namespace hostspace::gui
