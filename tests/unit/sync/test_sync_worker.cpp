// The background worker: passes run off the caller's thread, outcomes come back once, and the
// state says synced, offline (with a back-off) or paused until the user acts.
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "core/sync/sync_worker.hpp"
#include "memory_dav_server.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::MemoryDavServer;
using hostspace::test::MemoryTransport;

namespace {

const std::string kDevice = "aaaaaaaa-0000-4000-8000-000000000001";

// Waits (up to 5 s) for the worker's outcome.
std::optional<SyncOutcome> wait_for(SyncWorker& worker) {
    for (int i = 0; i < 500; ++i) {
        if (auto outcome = worker.take_outcome()) return outcome;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("the worker runs a pass on its own thread and reports it once", "[sync]") {
    MemoryDavServer server;
    auto transport = std::make_unique<MemoryTransport>(server);
    auto* faults = transport.get();
    std::atomic<int> wakes{0};
    std::int64_t now = 1'000'000;
    SyncWorker worker(
        SyncTarget{"http://dav.test/dav/", "ev", kDevice}, std::move(transport), [&] { ++wakes; },
        [&] { return now; }, std::chrono::seconds(3));
    CHECK(worker.wants_input(false));
    worker.start_pass(SyncInput{});
    auto outcome = wait_for(worker);
    REQUIRE(outcome);
    CHECK(outcome->problem == SyncProblem::none);
    CHECK(wakes == 1);
    CHECK_FALSE(worker.take_outcome());
    CHECK(worker.status().state == SyncState::synced);
    CHECK(worker.status().synced_at_ms == now);
    CHECK_FALSE(worker.wants_input(false));  // the interval has not passed
    CHECK(worker.wants_input(true));         // but a change goes at once
    now += 3000;
    CHECK(worker.wants_input(false));

    // Offline: a back-off before the next try, and the time it started.
    faults->fault = [](const std::string&, const std::string&, MemoryDavServer&,
                       const std::string&) -> std::optional<DavResponse> {
        DavResponse down;
        down.failure = NetFailure::cannot_connect;
        return down;
    };
    worker.start_pass(SyncInput{});
    REQUIRE(wait_for(worker));
    auto status = worker.status();
    CHECK(status.state == SyncState::offline);
    CHECK(status.offline_since_ms == now);
    CHECK(status.next_try_ms > now);
    CHECK_FALSE(worker.wants_input(true));
    now = status.next_try_ms;
    CHECK(worker.wants_input(false));

    // A 401 after earlier successes is throttling: offline, not a wrong password.
    faults->fault = [](const std::string&, const std::string&, MemoryDavServer&,
                       const std::string&) -> std::optional<DavResponse> {
        DavResponse refused;
        refused.status = 401;
        return refused;
    };
    worker.start_pass(SyncInput{});
    REQUIRE(wait_for(worker));
    CHECK(worker.status().state == SyncState::offline);
    now += 3'600'000;
    worker.resume();
    CHECK(worker.wants_input(false));
}

TEST_CASE("a wrong password before any success pauses the worker until resumed", "[sync]") {
    MemoryDavServer server;
    auto transport = std::make_unique<MemoryTransport>(server);
    transport->fault = [](const std::string&, const std::string&, MemoryDavServer&,
                          const std::string&) -> std::optional<DavResponse> {
        DavResponse refused;
        refused.status = 401;
        return refused;
    };
    auto* faults = transport.get();
    std::int64_t now = 5'000'000;
    SyncWorker worker(SyncTarget{"http://dav.test/dav/", "ev", kDevice}, std::move(transport),
                      nullptr, [&] { return now; });
    worker.start_pass(SyncInput{});
    REQUIRE(wait_for(worker));
    CHECK(worker.status().state == SyncState::paused);
    CHECK_THAT(worker.status().message, Catch::Contains("password"));
    now += 3'600'000;
    CHECK_FALSE(worker.wants_input(true));
    faults->fault = nullptr;
    worker.resume();
    REQUIRE(worker.wants_input(false));
    worker.start_pass(SyncInput{});
    REQUIRE(wait_for(worker));
    CHECK(worker.status().state == SyncState::synced);
}
