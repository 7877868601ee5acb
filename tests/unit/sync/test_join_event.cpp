// Joining an event from a new session folder, against the in-memory WebDAV server: what a
// joined session holds, and that a failed join leaves no folder and an existing one untouched.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/export/json_export.hpp"
#include "core/sync/join_event.hpp"
#include "core/sync/session_device.hpp"
#include "memory_dav_server.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::fixed_options;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::MemoryDavServer;
using hostspace::test::MemoryTransport;
using hostspace::test::TempDir;

namespace {

SyncSettings settings_for(const std::string& event) {
    SyncSettings settings;
    settings.server_url = "http://dav.test/dav/";
    settings.event_id = event;
    return settings;
}

// The host's laptop: a session with a title and a note, synced to the event "board".
Document hosted_session(const TempDir& dir, MemoryDavServer& server) {
    Document host =
        Document::create(dir / "host.hostspace", "Our purpose", fixed_options(kDeviceA));
    host.commit({AddNote{"n1", "Listen first", "", "", "yellow", "", {0, 0}}});
    MemoryTransport transport(server);
    SyncMemory memory;
    const SyncReport report =
        sync_now(host, transport, SyncTarget{"http://dav.test/dav/", "board", kDeviceA}, memory);
    REQUIRE(report.problem == SyncProblem::none);
    CHECK(report.sent_ops == 2);
    return host;
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("joining an event makes a session with everything shared, set up to go on syncing",
          "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    const Document host = hosted_session(dir, server);
    MemoryTransport transport(server);
    const auto folder = dir / "joined.hostspace";

    const JoinResult result = join_event(folder, settings_for("board"), transport,
                                         fixed_options(kDeviceB), dir / "config");
    REQUIRE(result.joined);
    CHECK(result.message.empty());
    CHECK(result.report.received_ops == 2);
    CHECK(result.report.sent_ops == 0);  // nothing of its own, not even a title

    std::vector<std::string> warnings;
    const Document joined = Document::open(folder, fixed_options(kDeviceB), warnings);
    CHECK(joined.state().meta.title.value == "Our purpose");
    CHECK(export_session_json(joined.state()) == export_session_json(host.state()));
    CHECK(load_sync_settings(folder) == settings_for("board"));
}

TEST_CASE("a join the server refuses leaves no folder and says why", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    hosted_session(dir, server);
    MemoryTransport transport(server);
    transport.fault = [](const std::string&, const std::string&, MemoryDavServer&,
                         const std::string&) -> std::optional<DavResponse> {
        DavResponse refused;
        refused.status = 401;
        return refused;
    };
    const auto folder = dir / "joined.hostspace";
    const JoinResult result = join_event(folder, settings_for("board"), transport,
                                         fixed_options(kDeviceB), dir / "config");
    CHECK_FALSE(result.joined);
    CHECK(result.report.problem == SyncProblem::wrong_password);
    CHECK_THAT(result.message, Catch::StartsWith("dav.test refused the user name or password"));
    CHECK_THAT(result.message, Catch::Contains("Check them with the host"));
    CHECK_FALSE(std::filesystem::exists(folder));

    // A server that cannot be reached: what happened, not how a running sync stands.
    transport.fault = [](const std::string&, const std::string&, MemoryDavServer&,
                         const std::string&) -> std::optional<DavResponse> {
        DavResponse down;
        down.failure = NetFailure::cannot_connect;
        return down;
    };
    const JoinResult offline = join_event(folder, settings_for("board"), transport,
                                          fixed_options(kDeviceB), dir / "config");
    CHECK_FALSE(offline.joined);
    CHECK_THAT(offline.message, Catch::StartsWith("Cannot reach dav.test"));
    CHECK_FALSE(std::filesystem::exists(folder));
}

TEST_CASE("joining an event nobody has shared is refused: a mistyped name", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    hosted_session(dir, server);
    MemoryTransport transport(server);
    const auto folder = dir / "joined.hostspace";
    const JoinResult result = join_event(folder, settings_for("bored"), transport,
                                         fixed_options(kDeviceB), dir / "config");
    CHECK_FALSE(result.joined);
    CHECK_THAT(result.message,
               Catch::Contains("Nothing has been shared under the event \"bored\""));
    CHECK_FALSE(std::filesystem::exists(folder));
}

TEST_CASE("a join into a folder that exists, or with settings missing, touches nothing", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    const Document host = hosted_session(dir, server);
    const std::size_t requests = server.requests;
    MemoryTransport transport(server);
    const auto journal = host.folder() / "journal.jsonl";
    const std::string before = file_text(journal);

    CHECK_THROWS_WITH(join_event(host.folder(), settings_for("board"), transport,
                                 fixed_options(kDeviceB), dir / "config"),
                      Catch::Contains("already exists"));
    CHECK(file_text(journal) == before);
    CHECK_THROWS(join_event(dir / "new.hostspace", settings_for(""), transport,
                            fixed_options(kDeviceB), dir / "config"));
    CHECK_FALSE(std::filesystem::exists(dir / "new.hostspace"));
    CHECK(server.requests == requests);
}

TEST_CASE("a laptop that wrote to the event from another copy joins as a new device", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    const Document host = hosted_session(dir, server);  // device A
    MemoryTransport transport(server);
    // Device A joins its own event into a second folder: its numbers are taken by the first.
    const auto folder = dir / "again.hostspace";
    const JoinResult result = join_event(folder, settings_for("board"), transport,
                                         fixed_options(kDeviceA), dir / "config");
    REQUIRE(result.joined);
    CHECK_THAT(result.notice, Catch::Contains("now syncs as a new device"));
    const std::string device = session_device_id(dir / "config", folder, kDeviceA);
    CHECK(device != kDeviceA);
    std::vector<std::string> warnings;
    const Document joined = Document::open(folder, fixed_options(device), warnings);
    CHECK(export_session_json(joined.state()) == export_session_json(host.state()));
}
