#pragma once
// What sync tells the user, in one place: each problem names the server, what happened and
// what to do, the same in the window's title bar, its Sync dialog and on the command line.
#include <cstdint>
#include <string>

#include "core/sync/dav_transport.hpp"
#include "core/sync/retry_policy.hpp"

namespace hostspace::sync {

// "https://user@dav.example.org:8443/x/" -> "dav.example.org:8443".
std::string host_of(const std::string& url);

std::string failure_message(const DavResponse& response, const std::string& url);
std::string status_message(StatusClass kind, int status, const std::string& url);
std::string own_history_message(std::uint64_t on_server, std::uint64_t saved_here);
std::string restored_copy_message(std::uint64_t on_server, std::uint64_t saved_here);
std::string damaged_message(const std::string& url, const std::string& reason);
std::string too_large_message(const std::string& base_url);

}  // namespace hostspace::sync
