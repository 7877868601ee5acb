// Sync through a real WebDAV server on loopback (tests/bench/bench_sync.sh starts Apache):
// two laptops with 1,000 new ops each converging, a sync with nothing new, and a laptop
// joining an event of 50,000 ops from 100 devices. Prints times and bytes; gates nothing.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/sync/segment.hpp"
#include "core/sync/sync_now.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using Clock = std::chrono::steady_clock;

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

TransportSettings login() {
    TransportSettings settings;
    settings.user = env("HOSTSPACE_DAV_USER");
    settings.password = env("HOSTSPACE_DAV_PASSWORD");
    return settings;
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Laptop {
    Laptop(const std::filesystem::path& folder, const std::string& url, const std::string& event)
        : device(new_uuid()),
          doc(Document::create(folder, "", DocumentOptions{device})),
          transport(login()),
          target{url, event, device} {}
    SyncReport sync() { return sync_now(doc, transport, target, memory); }
    std::string device;
    Document doc;
    CurlTransport transport;
    SyncTarget target;
    SyncMemory memory;
};

AddNote note(int i, const std::string& who) {
    return AddNote{who + std::to_string(i),
                   "A note from " + who + " number " + std::to_string(i),
                   "Amira",
                   "Public health",
                   "yellow",
                   "",
                   {float(i % 40) * 10, 0}};
}

void print(const char* what, double ms, const SyncReport& report) {
    std::printf("%-44s %8.1f ms  %5zu requests  %9.1f kB sent  %9.1f kB received\n", what, ms,
                report.requests, report.bytes_sent / 1000.0, report.bytes_received / 1000.0);
}

}  // namespace

int main() {
    const std::string url = env("HOSTSPACE_DAV_URL");
    if (url.empty()) {
        std::fprintf(stderr,
                     "bench_sync: set HOSTSPACE_DAV_URL (tests/bench/bench_sync.sh does)\n");
        return 1;
    }
    const auto work = std::filesystem::temp_directory_path() / ("bench-sync-" + new_uuid());
    std::filesystem::create_directories(work);

    {  // Two laptops, 1,000 new ops each (1,000 separate changes), converge.
        const std::string event = "two-" + new_uuid();
        Laptop a(work / "a.hostspace", url, event), b(work / "b.hostspace", url, event);
        a.sync();
        b.sync();
        for (int i = 0; i < 1000; ++i) a.doc.commit({note(i, "a")});
        for (int i = 0; i < 1000; ++i) b.doc.commit({note(i, "b")});
        const auto start = Clock::now();
        const auto first = a.sync();
        const auto second = b.sync();
        const auto third = a.sync();
        const double ms = ms_since(start);
        SyncReport total;
        for (const auto* r : {&first, &second, &third}) {
            total.requests += r->requests;
            total.bytes_sent += r->bytes_sent;
            total.bytes_received += r->bytes_received;
        }
        print("2 laptops x 1,000 new ops converge", ms, total);
        std::printf("  notes on each: %zu and %zu\n", a.doc.state().board.live_note_count(),
                    b.doc.state().board.live_note_count());

        std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // strong folder ETags
        a.sync();
        double best = 1e9;
        SyncReport quiet;
        for (int i = 0; i < 20; ++i) {
            const auto t = Clock::now();
            quiet = a.sync();
            best = std::min(best, ms_since(t));
        }
        print("a sync with nothing new (best of 20)", best, quiet);
    }

    {  // A laptop joins an event of 50,000 ops from 100 devices (one segment each).
        const std::string event = "join-" + new_uuid();
        CurlTransport writer(login());
        const SyncTarget base{url, event, "x"};
        writer.mkcol(event_url(base));
        writer.mkcol(ops_url(base));
        const auto prepare = Clock::now();
        for (int d = 0; d < 100; ++d) {
            const std::string device = new_uuid();
            std::vector<OwnLine> lines;
            for (std::uint64_t seq = 1; seq <= 500; ++seq) {
                const Op op{OpId{device, seq}, seq + static_cast<std::uint64_t>(d), 1000,
                            note(static_cast<int>(seq), "d" + std::to_string(d) + "-")};
                lines.push_back(OwnLine{SeqRange{seq, seq}, encode_op_line({op})});
            }
            writer.mkcol(device_url(base, device));
            writer.put_new(device_url(base, device) + segment_file_name({1, 500}),
                           encode_segment(device, lines));
        }
        std::printf("  (prepared 100 devices' segments in %.0f ms)\n", ms_since(prepare));
        Laptop joining(work / "join.hostspace", url, event);
        const auto start = Clock::now();
        const auto report = joining.sync();
        const double ms = ms_since(start);
        print("join an event of 50,000 ops, 100 devices", ms, report);
        std::printf("  notes: %zu, refolds: %zu, problem: %s\n",
                    joining.doc.state().board.live_note_count(), joining.doc.refold_count(),
                    report.message.empty() ? "none" : report.message.c_str());
    }
    std::filesystem::remove_all(work);
    return 0;
}
