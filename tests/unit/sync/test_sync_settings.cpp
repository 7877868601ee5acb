#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "core/storage/durable_file.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/sync/sync_settings.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::TempDir;

TEST_CASE("sync settings are kept with the session and read back", "[sync]") {
    TempDir dir;
    CHECK_FALSE(load_sync_settings(dir.path()));
    SyncSettings settings;
    settings.server_url = "https://cloud.example.org/remote.php/dav/files/sam/";
    settings.event_id = "cyp-board-2026";
    settings.user = "sam";
    settings.verify_tls = false;
    save_sync_settings(dir.path(), settings);
    const auto loaded = load_sync_settings(dir.path());
    REQUIRE(loaded);
    CHECK(*loaded == settings);
    CHECK(read_whole_file(dir / "sync.json").find("password") == std::string::npos);

    write_file_atomically(dir / "sync.json", "{not json");
    CHECK_THROWS_WITH(load_sync_settings(dir.path()), Catch::Contains("does not read"));
}

TEST_CASE("what a user types for sync is checked with a way to put it right", "[sync]") {
    SyncSettings settings;
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("address"));
    settings.server_url = "cloud.example.org";
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("https://"));
    settings.server_url = "https://cloud.example.org/remote.php/webdav/";
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("remote.php/dav/files/USER"));
    settings.server_url = "https://cloud.example.org/remote.php/dav/files/sam/";
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("event name"));
    settings.event_id = "a/b";
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("/"));
    settings.event_id = "board";
    CHECK(check_sync_settings(settings).empty());
    settings.ca_file = "/no/such/ca.pem";
    CHECK_THAT(check_sync_settings(settings), Catch::Contains("does not exist"));
}

TEST_CASE("an event id is made from a title", "[sync]") {
    CHECK(event_id_from("Board away-day, 5 Dec") == "board-away-day-5-dec");
    CHECK(event_id_from("  Café  ") == "café");
}

TEST_CASE("passwords are kept in a file only the user can read, or come from the environment",
          "[sync]") {
    TempDir dir;
    ::unsetenv("HOSTSPACE_PASSWORD");
    CHECK_FALSE(load_password(dir.path(), "https://a/", "sam"));
    save_password(dir.path(), "https://a/", "sam", "p@ss word");
    save_password(dir.path(), "https://b/", "sam", "other");
    CHECK(load_password(dir.path(), "https://a/", "sam") == std::string("p@ss word"));
    CHECK(load_password(dir.path(), "https://b/", "sam") == std::string("other"));
    struct stat info {};
    REQUIRE(::stat((dir / "sync-passwords.json").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    save_password(dir.path(), "https://a/", "sam", "");
    CHECK_FALSE(load_password(dir.path(), "https://a/", "sam"));

    ::setenv("HOSTSPACE_PASSWORD", "from-env", 1);
    CHECK(load_password(dir.path(), "https://b/", "sam") == std::string("from-env"));
    ::unsetenv("HOSTSPACE_PASSWORD");
}

TEST_CASE("a session's sync settings and a password make the connection's settings", "[sync]") {
    SyncSettings settings;
    settings.server_url = "https://dav.example.org/dav/";
    settings.user = "host";
    settings.ca_file = "/etc/ca.pem";
    settings.verify_tls = false;
    const TransportSettings transport = transport_settings_for(settings, "s3cret");
    CHECK(transport.user == "host");
    CHECK(transport.password == "s3cret");
    CHECK(transport.ca_file == "/etc/ca.pem");
    CHECK_FALSE(transport.verify_tls);
    CHECK(transport.max_redirects == TransportSettings{}.max_redirects);
}
