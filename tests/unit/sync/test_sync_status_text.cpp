#include <catch2/catch.hpp>

#include "core/sync/sync_status_text.hpp"

using namespace hostspace::sync;

TEST_CASE("the sync state reads as a short phrase with the whole story beside it", "[sync]") {
    SyncStatus status;
    status.state = SyncState::synced;
    status.synced_at_ms = (14 * 60 + 5) * 60000LL;  // 14:05 UTC on 1 January 1970
    CHECK(describe_sync(status, 0, 0).short_text == "synced 14:05");
    CHECK(describe_sync(status, 0, 60).short_text == "synced 15:05");
    CHECK(describe_sync(status, 3, 0).short_text == "sending 3 changes");
    CHECK(describe_sync(status, 1, 0).short_text == "sending 1 change");

    status.state = SyncState::offline;
    status.offline_since_ms = (14 * 60 + 2) * 60000LL;
    status.message = "offline: cannot reach dav.example.org";
    const auto offline = describe_sync(status, 2, 0);
    CHECK(offline.short_text == "offline since 14:02");
    CHECK_THAT(offline.detail, Catch::Contains("cannot reach dav.example.org"));
    CHECK_THAT(offline.detail, Catch::Contains("2 changes"));
    CHECK_FALSE(offline.alarming);

    status.state = SyncState::paused;
    status.problem = SyncProblem::wrong_password;
    status.message = "paused: the server refused the user name or password";
    const auto paused = describe_sync(status, 0, 0);
    CHECK(paused.short_text == "paused: wrong password");
    CHECK(paused.alarming);
    status.problem = SyncProblem::server_full;
    CHECK(describe_sync(status, 0, 0).short_text == "paused: server full");
    status.problem = SyncProblem::certificate;
    CHECK(describe_sync(status, 0, 0).short_text == "paused: certificate not trusted");
}

TEST_CASE("the local offset is read from the zone", "[sync]") {
    // Whatever the machine's zone, the offset is within a day and whole minutes.
    const int offset = local_utc_offset_minutes(1'780'000'000'000);
    CHECK(offset > -24 * 60);
    CHECK(offset < 24 * 60);
}
