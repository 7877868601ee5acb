// The sync protocol against an in-memory WebDAV server: convergence, incremental listing,
// gaps, damage, lost answers and what each server answer means.
#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/sync/segment.hpp"
#include "core/sync/sync_pass.hpp"
#include "memory_dav_server.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::fixed_options;
using hostspace::test::MemoryDavServer;
using hostspace::test::MemoryTransport;
using hostspace::test::TempDir;

namespace {

const std::string kBase = "http://dav.test/dav/";

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

// One laptop: its session, its connection and what its passes remember.
struct Laptop {
    Laptop(const TempDir& dir, const std::string& name, const std::string& device,
           MemoryDavServer& server)
        : doc(Document::create(dir / (name + ".hostspace"), "Purpose", fixed_options(device))),
          transport(server),
          target{kBase, "board-2026", device} {}

    SyncOutcome sync() {
        const SyncInput input = sync_input_from(doc, memory);
        SyncOutcome outcome = run_sync_pass(transport, target, input, memory);
        doc.merge_foreign(outcome.fetched);
        return outcome;
    }
    std::string json() const { return export_session_json(doc.state()); }

    Document doc;
    MemoryTransport transport;
    SyncTarget target;
    SyncMemory memory;
};

const std::string kA = "aaaaaaaa-0000-4000-8000-000000000001";
const std::string kB = "bbbbbbbb-0000-4000-8000-000000000002";
const std::string kC = "cccccccc-0000-4000-8000-000000000003";

}  // namespace

TEST_CASE("two laptops converge through the server, each writing only its own folder", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server), b(dir, "b", kB, server);
    a.doc.commit({note("n1", "Listen first")});
    b.doc.commit({note("n2", "Kindness")});

    const auto first = a.sync();
    CHECK(first.problem == SyncProblem::none);
    CHECK(first.uploaded_ops == 2);
    CHECK(server.has_folder("/dav/board-2026/ops/" + kA + "/"));
    CHECK(b.sync().fetched.size() == 2);
    a.sync();
    CHECK(a.json() == b.json());
    CHECK(a.doc.state().board.find_note("n2") != nullptr);
    for (const auto& [path, bytes] : server.files()) {
        const bool in_a = path.find("/ops/" + kA + "/") != std::string::npos;
        const bool in_b = path.find("/ops/" + kB + "/") != std::string::npos;
        CHECK((in_a || in_b));
    }
    // A third laptop joining the event pulls everything and shows the same board.
    Laptop c(dir, "c", kC, server);
    c.sync();
    CHECK(c.doc.state().board.live_note_count() == 2);
    a.sync();
    b.sync();
    CHECK(c.json() == a.json());
    CHECK(b.json() == a.json());
}

TEST_CASE("a sync with nothing new lists the event once where folders have ETags", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server), b(dir, "b", kB, server);
    a.doc.commit({note("n1", "x")});
    a.sync();
    b.sync();
    a.sync();
    b.sync();
    const auto quiet = b.sync();
    CHECK(quiet.problem == SyncProblem::none);
    CHECK(quiet.requests == 1);
    CHECK(quiet.uploaded_ops == 0);
    CHECK(quiet.bytes_sent < 200);

    // Without ETags (nginx) each device folder is listed: still nothing downloaded.
    server.folder_etags = false;
    const auto listed = b.sync();
    CHECK(listed.requests == 3);
    CHECK(listed.fetched.empty());
}

TEST_CASE("bytes sent grow with the new ops, not with the session", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server);
    for (int i = 0; i < 200; ++i) a.doc.commit({note("n" + std::to_string(i), "a long note text")});
    const auto big = a.sync();
    a.doc.commit({note("last", "one more")});
    const auto small = a.sync();
    CHECK(small.uploaded_ops == 1);
    CHECK(small.bytes_sent * 20 < big.bytes_sent);
}

TEST_CASE("a missing segment is a gap: the device's later ops wait for it", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server), b(dir, "b", kB, server);
    a.doc.commit({note("n1", "one")});
    a.sync();
    a.doc.commit({note("n2", "two")});
    a.sync();
    // The first segment is not on the server (yet): nothing of A's may be folded in.
    auto& files = server.files();
    const auto first = std::find_if(files.begin(), files.end(), [](const auto& file) {
        return file.first.find("000000000001-") != std::string::npos;
    });
    REQUIRE(first != files.end());
    const auto kept = *first;
    files.erase(first);
    const auto waiting = b.sync();
    CHECK(waiting.problem == SyncProblem::none);
    CHECK(b.doc.state().board.find_note("n2") == nullptr);
    server.handle("PUT", "http://dav.test" + kept.first, kept.second);  // it arrives
    b.sync();
    CHECK(b.doc.state().board.find_note("n2") != nullptr);
}

TEST_CASE("a damaged segment is refused and the other devices' ops still arrive", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server), b(dir, "b", kB, server), c(dir, "c", kC, server);
    a.doc.commit({note("n1", "from A")});
    b.doc.commit({note("n2", "from B")});
    a.sync();
    b.sync();
    for (auto& [path, bytes] : server.files()) {
        if (path.find(kA) != std::string::npos) bytes.resize(bytes.size() - 5);
    }
    const auto outcome = c.sync();
    CHECK(outcome.problem == SyncProblem::damaged);
    CHECK_THAT(outcome.message, Catch::Contains("does not match its hash"));
    CHECK(c.doc.state().board.find_note("n2") != nullptr);
    CHECK(c.doc.state().board.find_note("n1") == nullptr);
}

TEST_CASE("an upload whose answer was lost is not sent twice", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server);
    a.doc.commit({note("n1", "x")});
    a.transport.fault = [](const std::string& method, const std::string& url, MemoryDavServer& on,
                           const std::string& body) -> std::optional<DavResponse> {
        if (method != "PUT") return std::nullopt;
        on.handle(method, url, body);  // stored, but the answer never arrives
        DavResponse lost;
        lost.failure = NetFailure::broken;
        return lost;
    };
    CHECK(a.sync().retry_soon);
    a.transport.fault = nullptr;
    const std::size_t files = server.files().size();
    const auto again = a.sync();
    CHECK(again.problem == SyncProblem::none);
    CHECK(again.uploaded_ops == 0);
    CHECK(server.files().size() == files);
}

TEST_CASE("what the server answers decides: pause, or try again later", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server);
    auto answer_with = [&](int status, const std::string& only_method = "") {
        a.transport.fault = [status, only_method](
                                const std::string& method, const std::string&, MemoryDavServer&,
                                const std::string&) -> std::optional<DavResponse> {
            if (!only_method.empty() && method != only_method) return std::nullopt;
            DavResponse response;
            response.status = status;
            if (status == 503) response.headers["retry-after"] = "7";
            return response;
        };
    };
    answer_with(401);
    auto outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::wrong_password);
    CHECK_FALSE(outcome.retry_soon);
    CHECK_THAT(outcome.message, Catch::Contains("user name or password"));

    a.transport.fault = nullptr;
    a.doc.commit({note("n1", "x")});
    CHECK(a.sync().problem == SyncProblem::none);
    answer_with(401);  // after earlier successes: throttling, not a wrong password
    outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::offline);
    CHECK(outcome.retry_soon);

    answer_with(503);
    outcome = a.sync();
    CHECK(outcome.retry_soon);
    REQUIRE(outcome.retry_after);
    CHECK(*outcome.retry_after == std::chrono::seconds(7));

    a.doc.commit({note("n2", "y")});
    answer_with(507, "PUT");
    outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::server_full);
    CHECK_FALSE(outcome.retry_soon);

    answer_with(405, "PROPFIND");
    outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::not_webdav);

    a.transport.fault = [](const std::string& method, const std::string&, MemoryDavServer&,
                           const std::string&) -> std::optional<DavResponse> {
        if (method != "PROPFIND") return std::nullopt;
        DavResponse response;
        response.status = 207;
        response.body = "<html><body>Proxy error</body></html>";
        return response;
    };
    outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::offline);
    CHECK(outcome.retry_soon);
    a.transport.fault = nullptr;
    CHECK(a.sync().uploaded_ops == 1);  // n2, refused by the full server before
}

TEST_CASE("a server that takes less than a segment at once gets smaller ones", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server);
    for (int i = 0; i < 8; ++i)
        a.doc.commit({note("n" + std::to_string(i), std::string(300, 'x'))});
    a.transport.fault = [](const std::string& method, const std::string&, MemoryDavServer&,
                           const std::string& body) -> std::optional<DavResponse> {
        if (method != "PUT" || body.size() < 1500) return std::nullopt;
        DavResponse response;
        response.status = 413;
        return response;
    };
    const auto outcome = a.sync();
    CHECK(outcome.problem == SyncProblem::none);
    CHECK(outcome.uploaded_ops == 9);
    CHECK(server.files().size() > 2);
}

TEST_CASE("a session restored from an older backup does not reuse its numbers", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    Laptop a(dir, "a", kA, server);
    a.doc.commit({note("n1", "x")});
    a.sync();
    // The same device's session as it was before the note (its first line, the title, is the
    // same): an older copy, to go on as a new device.
    Laptop old(dir, "old", kA, server);
    const auto outcome = old.sync();
    CHECK(outcome.problem == SyncProblem::restored_copy);
    CHECK_THAT(outcome.message, Catch::Contains("restored from a backup"));
    CHECK(outcome.uploaded_ops == 0);

    // Changed since it parted from the server (a note of its own as number 2): paused.
    Laptop changed(dir, "changed", kA, server);
    changed.doc.commit({note("n9", "other")});
    const auto diverged = changed.sync();
    CHECK(diverged.problem == SyncProblem::own_history);
    CHECK_THAT(diverged.message, Catch::Contains("older backup or copied, then changed"));
    CHECK(diverged.uploaded_ops == 0);

    // Changed further than the server has: still caught, and nothing overwritten.
    changed.doc.commit({note("n10", "more")});
    const auto files = server.files();
    CHECK(changed.sync().problem == SyncProblem::own_history);
    CHECK(server.files() == files);
}

TEST_CASE("a server that ignores If-None-Match still never gets a segment overwritten", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    server.honours_if_none_match = false;
    Laptop a(dir, "a", kA, server);
    a.doc.commit({note("n1", "x")});
    a.sync();
    const auto files = server.files();
    a.doc.commit({note("n2", "y")});
    a.sync();
    for (const auto& [path, bytes] : files) CHECK(server.files().at(path) == bytes);
}
