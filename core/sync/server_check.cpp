#include "core/sync/server_check.hpp"

#include "core/sync/dav_multistatus.hpp"
#include "core/sync/retry_policy.hpp"
#include "core/sync/sync_messages.hpp"
#include "core/util/error.hpp"

namespace hostspace::sync {
namespace {

const char* kProbeName = "server-check.txt";

ServerCheck fail(SyncProblem problem, std::string verdict) {
    return ServerCheck{false, problem, std::move(verdict)};
}

// The verdict for an answer that is not the one hoped for; nullopt when it is fine.
std::optional<ServerCheck> judge(const DavResponse& response, const std::string& url,
                                 bool had_success) {
    if (!response.answered()) {
        return fail(response.failure == NetFailure::tls_untrusted ? SyncProblem::certificate
                                                                  : SyncProblem::offline,
                    failure_message(response, url));
    }
    if (response.ok()) return std::nullopt;
    const StatusClass kind = classify_status(response.status, had_success);
    switch (kind) {
        case StatusClass::wrong_password:
            return fail(SyncProblem::wrong_password, status_message(kind, response.status, url));
        case StatusClass::server_full:
            return fail(SyncProblem::server_full, status_message(kind, response.status, url));
        case StatusClass::retry_later:
            return fail(SyncProblem::offline, status_message(kind, response.status, url));
        default:
            return fail(SyncProblem::refused, status_message(kind, response.status, url));
    }
}

}  // namespace

ServerCheck check_server(DavTransport& transport, const SyncTarget& target, std::int64_t now_ms) {
    const std::string base = folder_url(target.base_url);
    const DavResponse options = transport.options(base);
    if (auto verdict = judge(options, base, false)) return *verdict;
    const std::string* dav = options.header("dav");
    if (dav == nullptr || dav->find('1') == std::string::npos) {
        return fail(SyncProblem::not_webdav,
                    host_of(base) +
                        " answers, but not as a WebDAV server (no DAV in its answer to "
                        "OPTIONS). Check the address: for Nextcloud it is "
                        "https://HOST/remote.php/dav/files/USER/");
    }

    const DavResponse base_listing = transport.propfind(base);
    if (base_listing.answered() &&
        (base_listing.status == 405 || base_listing.status == 501 || base_listing.status == 403)) {
        return fail(SyncProblem::not_webdav,
                    host_of(base) + " refuses folder listings (PROPFIND answered " +
                        std::to_string(base_listing.status) +
                        "): a proxy or firewall in between may block WebDAV, or the address "
                        "is not the WebDAV folder");
    }
    if (auto verdict = judge(base_listing, base, false)) return *verdict;
    if (base_listing.status != 207) {
        return fail(SyncProblem::not_webdav, host_of(base) + " answered a folder listing with " +
                                                 std::to_string(base_listing.status) +
                                                 " instead of WebDAV's 207");
    }

    for (const std::string& folder :
         {event_url(target), ops_url(target), device_url(target, target.device_id)}) {
        const DavResponse made = transport.mkcol(folder);
        if (made.answered() && made.status == 405) continue;  // there already
        if (auto verdict = judge(made, folder, true)) return *verdict;
    }
    const std::string probe_url = device_url(target, target.device_id) + kProbeName;
    const std::string probe = "hostspace server check " + std::to_string(now_ms) + "\n";
    // The probe is this device's own file: the one thing a check may write over.
    const DavResponse put = transport.put_new(probe_url, probe);
    if (!(put.answered() && put.status == 412)) {
        if (auto verdict = judge(put, probe_url, true)) return *verdict;
    }
    const DavResponse listing = transport.propfind(device_url(target, target.device_id));
    if (auto verdict = judge(listing, probe_url, true)) return *verdict;
    bool listed = false;
    try {
        for (const auto& entry :
             parse_multistatus(listing.body, device_url(target, target.device_id))) {
            listed = listed || entry.name == kProbeName;
        }
    } catch (const Error& e) {
        return fail(SyncProblem::not_webdav, host_of(base) + ": " + e.reason());
    }
    if (!listed) {
        return fail(SyncProblem::not_webdav,
                    host_of(base) +
                        " took a file but does not list it: it does not behave as a "
                        "WebDAV folder");
    }
    const DavResponse read = transport.get(probe_url);
    if (auto verdict = judge(read, probe_url, true)) return *verdict;
    if (put.status != 412 && read.body != probe) {
        return fail(SyncProblem::not_webdav,
                    host_of(base) +
                        " gave back something other than what was written: a proxy "
                        "or cache in between may change files");
    }
    return ServerCheck{true, SyncProblem::none,
                       host_of(base) +
                           " works for sync: a file was written, listed and read "
                           "back in the event's folder"};
}

}  // namespace hostspace::sync
