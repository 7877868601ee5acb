#include "core/sync/sync_now.hpp"

#include <cstdio>

namespace hostspace::sync {
namespace {

std::string kilobytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f kB", static_cast<double>(bytes) / 1000.0);
    return text;
}

std::string plural(std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

}  // namespace

SyncReport sync_now(Document& document, DavTransport& transport, const SyncTarget& target,
                    SyncMemory& memory, std::size_t max_passes) {
    SyncReport report;
    SyncInput input = sync_input_from(document, memory);
    std::vector<ForeignLine> fetched;
    for (;;) {
        SyncOutcome outcome = run_sync_pass(transport, target, input, memory);
        ++report.passes;
        report.requests += outcome.requests;
        report.bytes_sent += outcome.bytes_sent;
        report.bytes_received += outcome.bytes_received;
        report.sent_ops += outcome.uploaded_ops;
        if (outcome.problem != SyncProblem::none) {
            report.problem = outcome.problem;
            report.message = outcome.message;
            return report;  // nothing fetched is folded in
        }
        // The next pass fetches after what this one brought, without it being folded yet.
        for (auto& line : outcome.fetched) {
            auto& have = input.have[line.ops.back().id.device];
            have = std::max(have, line.ops.back().id.seq);
            fetched.push_back(std::move(line));
        }
        if (!outcome.more_to_fetch || report.passes >= max_passes) break;
        input.own = document.own_lines_after(memory.uploaded);
    }
    report.received_ops = document.merge_foreign(fetched);
    return report;
}

std::string describe_report(const SyncReport& report) {
    std::string text = report.problem == SyncProblem::none ? "in sync" : report.message;
    text += ": sent " + plural(report.sent_ops, "change") + ", received " +
            plural(report.received_ops, "change") + " (" + plural(report.requests, "request") +
            ", " + kilobytes(report.bytes_sent) + " sent, " + kilobytes(report.bytes_received) +
            " received)";
    return text;
}

}  // namespace hostspace::sync
