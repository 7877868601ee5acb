#pragma once
// A whole sync of one session, as the command line runs it: passes until nothing is left to
// fetch, then everything fetched is folded in at once, and only if the last pass went through
// cleanly. A failure leaves the session exactly as it was.
#include <cstdint>
#include <string>

#include "core/storage/document.hpp"
#include "core/sync/sync_pass.hpp"

namespace hostspace::sync {

struct SyncReport {
    SyncProblem problem = SyncProblem::none;
    std::string message;
    std::size_t sent_ops = 0, received_ops = 0, requests = 0, passes = 0;
    std::uint64_t bytes_sent = 0, bytes_received = 0;
};

SyncReport sync_now(Document& document, DavTransport& transport, const SyncTarget& target,
                    SyncMemory& memory, std::size_t max_passes = 1000);

// "in sync: sent 3 changes, received 12 (5 requests, 2.1 kB sent, 8.4 kB received)".
std::string describe_report(const SyncReport& report);

}  // namespace hostspace::sync
