#pragma once
// One sync pass of one device with the server: list the event's device folders and their
// segments, fetch what this device lacks, and upload its own new lines. Nothing here touches
// the session: the pass gets what it needs as values and returns what it fetched, so it can
// run on a background thread while the window goes on (sync_worker.hpp), and the command line
// runs it in a loop (sync_command.hpp).
//
// On the server: <base>/<event>/ops/<device>/<first>-<last>.jsonl. A device writes only under
// its own folder, each file once; nothing is ever overwritten or deleted.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/document.hpp"
#include "core/sync/dav_transport.hpp"
#include "core/sync/segment.hpp"

namespace hostspace::sync {

struct SyncTarget {
    std::string base_url;  // a WebDAV folder, ending in '/'
    std::string event_id;
    std::string device_id;
};

// "https://h/dav" -> "https://h/dav/": the base is always a folder.
std::string folder_url(std::string url);
std::string event_url(const SyncTarget& target);
std::string ops_url(const SyncTarget& target);
std::string device_url(const SyncTarget& target, const std::string& device);

// What this device has, given to a pass by whoever owns the session.
struct SyncInput {
    std::map<std::string, std::uint64_t> have;  // per device, the highest seq folded in
    std::uint64_t own_saved = 0;                // this device's highest saved seq
    std::vector<OwnJournalLine> own;            // own lines not yet known to be on the server
    std::int64_t now_ms = 0;  // wall clock (Unix ms), to read a Retry-After given as a date
};

// What a pass learns that the next one can use. Kept by the caller between passes.
struct SyncMemory {
    bool event_ready = false;    // the event's and this device's folders exist
    bool had_success = false;    // an earlier request was let in with these credentials
    std::uint64_t uploaded = 0;  // own seqs 1..uploaded are on the server
    std::string ops_etag;        // the ops folder's ETag at the last full listing
    std::map<std::string, std::string> folder_etags;        // device -> ETag
    std::map<std::string, std::vector<SeqRange>> segments;  // device -> listed segments
};

enum class SyncProblem {
    none,
    offline,         // no answer, or the server is busy: try again later by itself
    wrong_password,  // paused until the user acts
    server_full,     // 507: paused until the user acts
    certificate,     // TLS: the server's certificate is not trusted
    not_webdav,      // the URL answers, but not as a WebDAV server
    refused,         // 403 and other refusals: paused
    damaged,         // a segment on the server does not read: the rest goes on
    own_history,     // the server has this device's seqs with other content: paused
    restored_copy,   // the server has more of this device than this copy, the rest the same:
                     // an older copy (a restored backup), to go on as a new device
};

struct SyncOutcome {
    SyncProblem problem = SyncProblem::none;
    std::string message;  // for the window and stderr, naming what to do
    std::optional<std::chrono::milliseconds> retry_after;  // when the server said so
    bool retry_soon = false;           // offline or busy: the caller backs off and tries again
    std::vector<ForeignLine> fetched;  // other devices' lines, in each device's seq order
    std::size_t uploaded_ops = 0;
    std::size_t requests = 0;
    std::uint64_t bytes_sent = 0, bytes_received = 0;
    bool more_to_fetch = false;  // stopped early (a size budget): run again soon
};

// Runs one pass. Never throws for anything the network or server does: the outcome says.
SyncOutcome run_sync_pass(DavTransport& transport, const SyncTarget& target, const SyncInput& input,
                          SyncMemory& memory);

// The input for the next pass from an open session.
SyncInput sync_input_from(Document& document, const SyncMemory& memory);

}  // namespace hostspace::sync
