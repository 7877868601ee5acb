#include "core/sync/sync_pass.hpp"

#include <algorithm>
#include <deque>

#include "core/sync/dav_href.hpp"
#include "core/sync/dav_multistatus.hpp"
#include "core/sync/retry_policy.hpp"
#include "core/sync/sync_messages.hpp"
#include "core/util/error.hpp"

namespace hostspace::sync {
namespace {

// A fetch stops after this many bytes so that one pass never holds a huge event in memory;
// the next pass goes on from there.
constexpr std::uint64_t kFetchBudgetBytes = 64ull * 1000 * 1000;

// Thrown inside a pass to end it with a problem; run_sync_pass turns it into the outcome.
struct Stop {
    Stop(SyncProblem problem, std::string message, bool retry_soon = false,
         std::optional<std::chrono::milliseconds> retry_after = std::nullopt)
        : problem(problem),
          message(std::move(message)),
          retry_soon(retry_soon),
          retry_after(retry_after) {}
    SyncProblem problem;
    std::string message;
    bool retry_soon;
    std::optional<std::chrono::milliseconds> retry_after;
};

class Pass {
  public:
    Pass(DavTransport& transport, const SyncTarget& target, SyncMemory& memory,
         SyncOutcome& outcome, std::int64_t now_ms)
        : transport_(transport),
          target_(target),
          memory_(memory),
          outcome_(outcome),
          now_ms_(now_ms) {}

    void run(const SyncInput& input) {
        list_event();
        check_own_history(input);
        fetch_others(input);
        upload_own(input);
    }

  private:
    enum class Method { propfind, get, put_new, mkcol };

    // Sends one request. Answers in `allowed` come back to the caller; other failures end
    // the pass with the problem they mean.
    DavResponse send(Method method, const std::string& url, const std::string& body,
                     std::initializer_list<int> allowed = {}) {
        DavResponse response;
        switch (method) {
            case Method::propfind:
                response = transport_.propfind(url);
                break;
            case Method::get:
                response = transport_.get(url);
                break;
            case Method::put_new:
                response = transport_.put_new(url, body);
                break;
            case Method::mkcol:
                response = transport_.mkcol(url);
                break;
        }
        ++outcome_.requests;
        outcome_.bytes_sent += response.bytes_sent;
        outcome_.bytes_received += response.bytes_received;
        if (!response.answered()) {
            const auto problem = response.failure == NetFailure::tls_untrusted
                                     ? SyncProblem::certificate
                                     : SyncProblem::offline;
            throw Stop{problem, failure_message(response, url), problem == SyncProblem::offline,
                       std::nullopt};
        }
        if (response.ok() ||
            std::find(allowed.begin(), allowed.end(), response.status) != allowed.end()) {
            if (response.ok()) memory_.had_success = true;
            return response;
        }
        const StatusClass kind = classify_status(response.status, memory_.had_success);
        std::optional<std::chrono::milliseconds> retry_after;
        if (const auto* value = response.header("retry-after")) {
            retry_after = parse_retry_after(*value, now_ms_);
        }
        const std::string message = status_message(kind, response.status, url);
        switch (kind) {
            case StatusClass::retry_later:
            case StatusClass::throttled_auth:
                throw Stop{SyncProblem::offline, message, true, retry_after};
            case StatusClass::wrong_password:
                throw Stop{SyncProblem::wrong_password, message};
            case StatusClass::server_full:
                throw Stop{SyncProblem::server_full, message};
            default:
                throw Stop{SyncProblem::refused, message};
        }
    }

    // A folder's entries, or nullopt when the folder does not exist.
    std::optional<std::vector<DavEntry>> list(const std::string& url) {
        // Anything but 207 from a listing (a web server's 200 or 405, a proxy's 501) means
        // this is not a WebDAV folder; 401, 429, 503 and 507 are still judged by send().
        const DavResponse response =
            send(Method::propfind, url, {}, {200, 301, 302, 400, 404, 405, 406, 501});
        if (response.status == 404) return std::nullopt;
        if (response.status != 207) {
            throw Stop{SyncProblem::not_webdav,
                       host_of(url) + " answered a folder listing with " +
                           std::to_string(response.status) +
                           " instead of WebDAV's 207: is the URL a WebDAV folder?"};
        }
        try {
            auto entries = parse_multistatus(response.body, url);
            // nginx answers a missing folder with 207 and a 404 inside: no entry for itself.
            const bool found =
                std::any_of(entries.begin(), entries.end(),
                            [](const DavEntry& entry) { return entry.name.empty(); });
            if (!found) return std::nullopt;
            return entries;
        } catch (const Error& e) {
            // A proxy's error page or a cut answer: worth trying again later.
            throw Stop{SyncProblem::offline, host_of(url) + ": " + e.reason(), true};
        }
    }

    // MKCOL that accepts "already there" (405; some servers say 301 or 409 for a parent).
    void make_folder(const std::string& url) {
        const DavResponse response = send(Method::mkcol, url, {}, {405});
        (void)response;
    }

    void make_event_folders() {
        make_folder(event_url(target_));
        make_folder(ops_url(target_));
        make_folder(device_url(target_, target_.device_id));
        memory_.event_ready = true;
    }

    void list_event() {
        auto entries = list(ops_url(target_));
        if (!entries) {
            // A new event: the base folder must be there, and be WebDAV, before anything is
            // made in it (a wrong address must not end in folders made somewhere else).
            const std::string base = folder_url(target_.base_url);
            if (!list(base)) {
                throw Stop{SyncProblem::refused, "the folder " + percent_decode(path_of_url(base)) +
                                                     " is not on " + host_of(base) +
                                                     ": check the server address"};
            }
            make_event_folders();
            entries = list(ops_url(target_));
            if (!entries) throw Stop{SyncProblem::refused, "the event's folder could not be made"};
        }
        bool own_folder = false;
        for (const auto& entry : *entries) {
            if (entry.name.empty()) {
                if (entry.etag) memory_.ops_etag = *entry.etag;
                continue;
            }
            if (!entry.is_collection) continue;
            own_folder = own_folder || entry.name == target_.device_id;
            list_device(entry);
        }
        if (!own_folder) {
            make_folder(device_url(target_, target_.device_id));
            memory_.segments[target_.device_id].clear();
        }
        memory_.event_ready = true;
    }

    // A device folder is listed again only when its ETag changed (or the server gives none).
    void list_device(const DavEntry& folder) {
        const auto known = memory_.folder_etags.find(folder.name);
        if (folder.etag && known != memory_.folder_etags.end() && known->second == *folder.etag &&
            memory_.segments.count(folder.name) > 0) {
            return;
        }
        const auto entries = list(device_url(target_, folder.name));
        if (!entries) return;  // gone between the two listings: next time
        std::vector<SeqRange> ranges;
        for (const auto& entry : *entries) {
            if (entry.is_collection || entry.name.empty()) continue;
            if (const auto range = parse_segment_file_name(entry.name)) ranges.push_back(*range);
        }
        std::sort(ranges.begin(), ranges.end(), [](const SeqRange& a, const SeqRange& b) {
            return a.first < b.first || (a.first == b.first && a.last > b.last);
        });
        memory_.segments[folder.name] = std::move(ranges);
        // Only a strong ETag is trusted to change with the folder: Apache's is weak for a
        // second after a change, when a second file added in the same clock tick would leave
        // it as it was (tests/sync/servers/README.md).
        if (folder.etag && folder.etag->rfind("W/", 0) != 0) {
            memory_.folder_etags[folder.name] = *folder.etag;
        } else {
            memory_.folder_etags.erase(folder.name);
        }
    }

    // The segment that holds seq `next`, reaching furthest; nullopt at a gap or the end.
    static std::optional<SeqRange> segment_holding(const std::vector<SeqRange>& ranges,
                                                   std::uint64_t next) {
        std::optional<SeqRange> best;
        for (const auto& range : ranges) {
            if (range.first <= next && next <= range.last && (!best || range.last > best->last)) {
                best = range;
            }
        }
        return best;
    }

    static std::uint64_t contiguous_end(const std::vector<SeqRange>& ranges) {
        std::uint64_t end = 0;
        while (const auto range = segment_holding(ranges, end + 1)) end = range->last;
        return end;
    }

    // What the server holds of this device must be what this copy of the session holds. At the
    // first pass of a run, the line with the highest seq both have is compared: a copy restored
    // from an older backup and changed since differs there (both went on from where they
    // parted). A copy that agrees but has less goes on as a new device (restored_copy).
    void check_own_history(const SyncInput& input) {
        const auto& own = memory_.segments[target_.device_id];
        std::uint64_t highest = 0;
        for (const auto& range : own) highest = std::max(highest, range.last);
        if (highest > 0 && memory_.uploaded == 0 && input.own_saved > 0 &&
            !same_line_on_server(input, own, std::min(highest, input.own_saved))) {
            throw Stop{SyncProblem::own_history, own_history_message(highest, input.own_saved)};
        }
        if (highest > input.own_saved) {
            throw Stop{SyncProblem::restored_copy, restored_copy_message(highest, input.own_saved)};
        }
        memory_.uploaded = contiguous_end(own);
    }

    // True when the server's line holding own seq `seq` is this copy's, byte for byte.
    bool same_line_on_server(const SyncInput& input, const std::vector<SeqRange>& own,
                             std::uint64_t seq) {
        const OwnJournalLine* here = nullptr;
        for (const auto& line : input.own) {
            if (line.first_seq <= seq && seq <= line.last_seq) here = &line;
        }
        const auto range = segment_holding(own, seq);
        if (!here || !range) return false;
        const std::string url = device_url(target_, target_.device_id) + segment_file_name(*range);
        const DavResponse response = send(Method::get, url, {});
        try {
            const DecodedSegment segment = decode_segment(response.body, target_.device_id, *range);
            for (std::size_t i = 0; i < segment.lines.size(); ++i) {
                if (segment.lines[i].front().id.seq <= seq &&
                    seq <= segment.lines[i].back().id.seq) {
                    return segment.texts[i] == here->text;
                }
            }
        } catch (const Error&) {
        }
        return false;
    }

    void fetch_others(const SyncInput& input) {
        std::uint64_t fetched_bytes = 0;
        for (const auto& [device, ranges] : memory_.segments) {
            if (device == target_.device_id) continue;
            const auto have = input.have.find(device);
            std::uint64_t next = (have == input.have.end() ? 0 : have->second) + 1;
            while (const auto range = segment_holding(ranges, next)) {
                if (fetched_bytes > kFetchBudgetBytes) {
                    outcome_.more_to_fetch = true;
                    return;
                }
                const std::string url = device_url(target_, device) + segment_file_name(*range);
                const DavResponse response = send(Method::get, url, {}, {404});
                if (response.status == 404) break;  // listed, then gone: next time
                fetched_bytes += response.body.size();
                try {
                    DecodedSegment segment = decode_segment(response.body, device, *range);
                    for (std::size_t i = 0; i < segment.lines.size(); ++i) {
                        outcome_.fetched.push_back(
                            ForeignLine{std::move(segment.lines[i]), std::move(segment.texts[i])});
                    }
                } catch (const Error& e) {
                    // A cut answer reads as damaged too: the next pass fetches it again.
                    outcome_.problem = SyncProblem::damaged;
                    outcome_.message = damaged_message(url, e.reason());
                    outcome_.retry_soon = true;
                    break;
                }
                next = range->last + 1;
            }
        }
    }

    void upload_own(const SyncInput& input) {
        std::vector<OwnLine> lines;
        for (const auto& line : input.own) {
            if (line.last_seq <= memory_.uploaded) continue;
            if (line.first_seq !=
                (lines.empty() ? memory_.uploaded + 1 : lines.back().seqs.last + 1)) {
                outcome_.more_to_fetch = true;  // the caller's lines start later: ask again
                return;
            }
            lines.push_back(OwnLine{SeqRange{line.first_seq, line.last_seq}, line.text});
        }
        if (lines.empty()) return;
        std::deque<std::vector<OwnLine>> queue;
        for (auto& segment : split_into_segments(std::move(lines))) queue.push_back(segment);
        while (!queue.empty()) {
            std::vector<OwnLine> segment = std::move(queue.front());
            queue.pop_front();
            if (!upload_segment(segment)) {
                // 413: the server takes less at once; halve, down to single lines.
                if (segment.size() == 1) {
                    throw Stop{SyncProblem::refused, too_large_message(target_.base_url)};
                }
                const auto half = segment.begin() + static_cast<std::ptrdiff_t>(segment.size() / 2);
                queue.push_front(std::vector<OwnLine>(half, segment.end()));
                queue.push_front(std::vector<OwnLine>(segment.begin(), half));
                continue;
            }
            memory_.uploaded = segment.back().seqs.last;
            for (const auto& line : segment) {
                outcome_.uploaded_ops += line.seqs.last - line.seqs.first + 1;
            }
        }
        // The own folder's ETag changed with the upload: list it again next time.
        memory_.folder_etags.erase(target_.device_id);
    }

    // False when the server refused the size (413).
    bool upload_segment(const std::vector<OwnLine>& segment) {
        const SeqRange range{segment.front().seqs.first, segment.back().seqs.last};
        const std::string bytes = encode_segment(target_.device_id, segment);
        const std::string url = device_url(target_, target_.device_id) + segment_file_name(range);
        DavResponse response = send(Method::put_new, url, bytes, {409, 412, 413});
        if (response.status == 409) {  // a parent folder is missing (the event was removed)
            make_event_folders();
            response = send(Method::put_new, url, bytes, {412, 413});
        }
        if (response.status == 413) return false;
        if (response.status == 412) {
            // Already there: an earlier upload whose answer was lost, if the bytes are ours.
            const DavResponse there = send(Method::get, url, {});
            if (there.body != bytes) {
                throw Stop{SyncProblem::own_history,
                           own_history_message(range.last, range.first - 1)};
            }
        }
        return true;
    }

    DavTransport& transport_;
    const SyncTarget& target_;
    SyncMemory& memory_;
    SyncOutcome& outcome_;
    std::int64_t now_ms_;
};

}  // namespace

std::string folder_url(std::string url) {
    if (url.empty() || url.back() != '/') url.push_back('/');
    return url;
}

std::string event_url(const SyncTarget& target) {
    return folder_url(target.base_url) + percent_encode_path_segment(target.event_id) + "/";
}

std::string ops_url(const SyncTarget& target) {
    return event_url(target) + "ops/";
}

std::string device_url(const SyncTarget& target, const std::string& device) {
    return ops_url(target) + percent_encode_path_segment(device) + "/";
}

SyncOutcome run_sync_pass(DavTransport& transport, const SyncTarget& target, const SyncInput& input,
                          SyncMemory& memory) {
    SyncOutcome outcome;
    try {
        Pass(transport, target, memory, outcome, input.now_ms).run(input);
    } catch (const Stop& stop) {
        outcome.problem = stop.problem;
        outcome.message = stop.message;
        outcome.retry_soon = stop.retry_soon;
        outcome.retry_after = stop.retry_after;
    }
    return outcome;
}

SyncInput sync_input_from(Document& document, const SyncMemory& memory) {
    SyncInput input;
    input.have = document.state().device_seq;
    input.own_saved = document.saved_seq();
    input.own = document.own_lines_after(memory.uploaded);
    input.now_ms = system_clock_ms();
    return input;
}

}  // namespace hostspace::sync
