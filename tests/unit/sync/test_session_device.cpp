// A copy of a session restored from an older backup goes on as a new device of its own, kept in
// the config folder; a copy changed since it parted from the server stays paused. Against the
// in-memory WebDAV server, with real session folders copied as a backup would be.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/sync/session_device.hpp"
#include "core/sync/string_map_file.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"
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

const std::string kBase = "http://dav.test/dav/";

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

SyncReport sync_copy(Document& doc, MemoryDavServer& server, const std::filesystem::path& config,
                     std::string& notice) {
    MemoryTransport transport(server);
    return sync_session_now(doc, transport, kBase, "board", config, notice);
}

Document reopen(const std::filesystem::path& folder, const std::string& device) {
    std::vector<std::string> warnings;
    return Document::open(folder, fixed_options(device), warnings);
}

}  // namespace

TEST_CASE("a session's device id is the laptop's until sync gives it one of its own", "[sync]") {
    TempDir dir;
    const auto config = dir / "config";
    Document doc = Document::create(dir / "s.hostspace", "Purpose", fixed_options(kDeviceA));
    CHECK(session_device_id(config, doc.folder(), kDeviceA) == kDeviceA);

    const std::string device = continue_as_new_device(config, doc);
    CHECK(is_uuid(device));
    CHECK(device != kDeviceA);
    CHECK(doc.device_id() == device);
    CHECK(session_device_id(config, doc.folder(), kDeviceA) == device);
    // The same folder named another way; another folder keeps the laptop's.
    CHECK(session_device_id(config, dir / "." / "s.hostspace", kDeviceA) == device);
    CHECK(session_device_id(config, dir / "t.hostspace", kDeviceA) == kDeviceA);

    // Changes from now on are the new device's, from number 1; the old ones stay as they were.
    doc.commit({note("n1", "after")});
    CHECK(doc.saved_seq() == 1);
    CHECK(doc.state().device_seq.at(kDeviceA) == 1);  // the title
    CHECK(doc.own_lines_after(0).size() == 1);
}

TEST_CASE("a copy restored from an older backup syncs on as a new device and loses nothing",
          "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    std::string notice;
    // Laptop A syncs; a backup of its session is taken; A goes on and syncs again.
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    a.commit({note("n1", "before the backup")});
    REQUIRE(sync_copy(a, server, dir / "config-a", notice).problem == SyncProblem::none);
    std::filesystem::copy(a.folder(), dir / "backup.hostspace",
                          std::filesystem::copy_options::recursive);
    a.commit({note("n2", "after the backup")});
    REQUIRE(sync_copy(a, server, dir / "config-a", notice).problem == SyncProblem::none);

    // The backup is restored and opened on A's laptop (device A), and synced.
    Document restored = reopen(dir / "backup.hostspace", kDeviceA);
    const SyncReport report = sync_copy(restored, server, dir / "config-a", notice);
    CHECK(report.problem == SyncProblem::none);
    CHECK_THAT(notice, Catch::Contains("now syncs as a new device"));
    CHECK(restored.device_id() != kDeviceA);
    CHECK(report.received_ops == 1);  // the note made after the backup came back
    CHECK(export_session_json(restored.state()) == export_session_json(a.state()));

    // Its next change goes out under the new id, and reaches A; nothing of A's was overwritten.
    restored.commit({note("n3", "from the restored copy")});
    REQUIRE(sync_copy(restored, server, dir / "config-a", notice).problem == SyncProblem::none);
    CHECK(notice.empty());
    REQUIRE(sync_copy(a, server, dir / "config-a", notice).problem == SyncProblem::none);
    CHECK(export_session_json(restored.state()) == export_session_json(a.state()));
    CHECK(a.state().board.notes.size() == 3);
}

TEST_CASE("a restored copy changed before it synced is paused, and nothing is sent", "[sync]") {
    TempDir dir;
    MemoryDavServer server;
    std::string notice;
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    REQUIRE(sync_copy(a, server, dir / "config", notice).problem == SyncProblem::none);
    std::filesystem::copy(a.folder(), dir / "backup.hostspace",
                          std::filesystem::copy_options::recursive);
    a.commit({note("n1", "on the laptop")});
    REQUIRE(sync_copy(a, server, dir / "config", notice).problem == SyncProblem::none);

    Document restored = reopen(dir / "backup.hostspace", kDeviceA);
    restored.commit({note("n9", "typed into the restored copy")});
    const auto files = server.files();
    const SyncReport report = sync_copy(restored, server, dir / "config", notice);
    CHECK(report.problem == SyncProblem::own_history);
    CHECK(report.sent_ops == 0);
    CHECK(notice.empty());
    CHECK(restored.device_id() == kDeviceA);
    CHECK(server.files() == files);
}

TEST_CASE("a small text map file is read back, kept private when asked, and named when broken",
          "[sync]") {
    TempDir dir;
    const auto file = dir / "config" / "map.json";
    CHECK(read_string_map_file(file, "remedy").empty());
    write_string_map_file(file, {{"a", "1"}, {"b \"quoted\"", "2"}}, true);
    const auto map = read_string_map_file(file, "remedy");
    CHECK(map.size() == 2);
    CHECK(map.at("b \"quoted\"") == "2");
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    write_string_map_file(dir / "open.json", {{"a", "1"}}, false);
    CHECK(read_string_map_file(dir / "open.json", "remedy").at("a") == "1");

    std::FILE* broken = std::fopen(file.c_str(), "w");
    std::fputs("{not json", broken);
    std::fclose(broken);
    CHECK_THROWS_WITH(read_string_map_file(file, "delete it"),
                      Catch::Contains("map.json") && Catch::Contains("delete it"));
}
