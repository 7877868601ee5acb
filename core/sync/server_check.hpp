#pragma once
// The server check run when an event is first set up: is the URL a WebDAV folder this user
// may write to? OPTIONS must name DAV; then a probe file is written under this device's own
// folder, listed and read back. Each failure gets a verdict in plain words.
#include <string>

#include "core/sync/dav_transport.hpp"
#include "core/sync/sync_pass.hpp"

namespace hostspace::sync {

struct ServerCheck {
    bool ok = false;
    SyncProblem problem = SyncProblem::none;
    std::string verdict;  // one or two sentences for the facilitator
};

// `now_ms` names the probe's content, so a read-back of an old probe does not pass.
ServerCheck check_server(DavTransport& transport, const SyncTarget& target, std::int64_t now_ms);

}  // namespace hostspace::sync
