#include "core/sync/sync_messages.hpp"

#include "core/sync/dav_href.hpp"

namespace hostspace::sync {

std::string host_of(const std::string& url) {
    std::string rest = url;
    if (const auto scheme = rest.find("://"); scheme != std::string::npos) {
        rest = rest.substr(scheme + 3);
    }
    rest = rest.substr(0, rest.find('/'));
    if (const auto at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
    return rest;
}

std::string failure_message(const DavResponse& response, const std::string& url) {
    const std::string host = host_of(url);
    const std::string detail = response.detail.empty() ? "" : " (" + response.detail + ")";
    switch (response.failure) {
        case NetFailure::cannot_resolve:
            return "offline: the server name " + host +
                   " is not known; check the URL, or the network is off";
        case NetFailure::cannot_connect:
            return "offline: cannot reach " + host + detail +
                   "; the server is down or the network is off";
        case NetFailure::timed_out:
            return "offline: " + host + " did not answer in time";
        case NetFailure::tls_untrusted:
            return "certificate not trusted: " + host +
                   "'s certificate is not signed by an authority this laptop trusts" + detail +
                   ". If the server has its own certificate, name its CA file in the Sync "
                   "dialog (Ctrl+Shift+S; --ca-file on the command line)";
        case NetFailure::tls_failed:
            return "offline: a secure connection to " + host + " failed" + detail;
        case NetFailure::too_large:
            return "offline: " + host + "'s answer was larger than hostspace accepts";
        case NetFailure::broken:
            return "offline: the connection to " + host + " broke off" + detail;
        case NetFailure::none:
            break;
    }
    return "offline: " + host + detail;
}

std::string status_message(StatusClass kind, int status, const std::string& url) {
    const std::string host = host_of(url);
    const std::string code = std::to_string(status);
    switch (kind) {
        case StatusClass::wrong_password:
            return "paused: " + host +
                   " refused the user name or password (401). Enter them again in the Sync dialog "
                   "(Ctrl+Shift+S); for Nextcloud, make an app password under Settings → "
                   "Security";
        case StatusClass::server_full:
            return "paused: the server is full (507 Insufficient Storage). Free space on it or "
                   "ask its administrator, then press Sync now";
        case StatusClass::retry_later:
            return "offline: " + host + " is busy (" + code + "); trying again shortly";
        case StatusClass::throttled_auth:
            return "offline: " + host +
                   " turned a request away after letting earlier ones in (401, likely "
                   "throttling); trying again shortly";
        default:
            break;
    }
    if (status == 403) {
        return "paused: " + host + " refuses this (403 Forbidden): the user may not write to " +
               percent_decode(path_of_url(url));
    }
    return "paused: " + host + " answered " + code + " to " + percent_decode(path_of_url(url));
}

std::string own_history_message(std::uint64_t on_server, std::uint64_t saved_here) {
    return "paused: this copy of the session and the server disagree about this laptop's "
           "changes (the server has them up to number " +
           std::to_string(on_server) + ", this copy up to " + std::to_string(saved_here) +
           ", and they differ): it was restored from an older backup or copied, then changed. "
           "Nothing was sent. Open the newest copy of the session, or keep this one to yourself";
}

std::string restored_copy_message(std::uint64_t on_server, std::uint64_t saved_here) {
    return "this copy of the session is older than what this laptop sent to the event (the "
           "server has its changes up to number " +
           std::to_string(on_server) + ", this copy up to " + std::to_string(saved_here) +
           ": restored from a backup, or copied), so it now syncs as a new device, and the "
           "changes it lacks come back from the server. Nothing is lost";
}

std::string damaged_message(const std::string& url, const std::string& reason) {
    return "a file on the server does not read (" + percent_decode(path_of_url(url)) + ": " +
           reason + "); its changes are left out for now";
}

std::string too_large_message(const std::string& base_url) {
    return "paused: " + host_of(base_url) +
           " refuses a single change as too large (413); raise its upload limit "
           "(LimitRequestBody, client_max_body_size)";
}

}  // namespace hostspace::sync
