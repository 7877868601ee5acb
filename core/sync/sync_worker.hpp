#pragma once
// Sync on a background thread, for the window: the window never waits on the network. The
// window's thread hands in what the session has (SyncInput) and folds in what comes back
// (SyncOutcome); only this worker's thread makes requests. Between passes it waits: a few
// seconds while online, the back-off after a failure (honouring Retry-After), and for the
// user after a wrong password, a full server or an untrusted certificate.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

#include "core/sync/dav_transport.hpp"
#include "core/sync/retry_policy.hpp"
#include "core/sync/sync_pass.hpp"

namespace hostspace::sync {

enum class SyncState {
    waiting,  // set up, no pass has finished yet
    syncing,  // a pass is running
    synced,   // the last pass went through
    offline,  // the last pass failed; trying again after the back-off
    paused,   // waiting for the user (wrong password, server full, certificate, ...)
};

struct SyncStatus {
    SyncState state = SyncState::waiting;
    SyncProblem problem = SyncProblem::none;
    std::string message;
    std::int64_t synced_at_ms = 0;      // wall clock of the last clean pass
    std::int64_t offline_since_ms = 0;  // wall clock of the first failure in a row
    std::int64_t next_try_ms = 0;       // when the next pass may start (offline)
    std::uint64_t uploaded = 0;         // own seqs 1..uploaded are on the server
    std::size_t passes = 0;
};

class SyncWorker {
  public:
    using Clock = std::function<std::int64_t()>;  // Unix ms, injected for tests

    // `wake` is called on the worker's thread whenever an outcome is ready, so the window can
    // stop waiting for events (glfwPostEmptyEvent).
    SyncWorker(SyncTarget target, std::unique_ptr<DavTransport> transport,
               std::function<void()> wake, Clock clock,
               std::chrono::milliseconds interval = std::chrono::seconds(3));
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    // True when the worker would start a pass now if given an input: idle, not paused, and
    // either the session changed since the last pass or the interval has passed.
    bool wants_input(bool session_changed) const;
    // Starts a pass with this input (ignored while one runs or while paused).
    void start_pass(SyncInput input);
    // What the last pass brought, once; the window folds it in.
    std::optional<SyncOutcome> take_outcome();
    // The user asked: forget the back-off and a pause, and sync at the next chance.
    void resume();
    SyncStatus status() const;
    // The own seqs known to be on the server: what the next input starts after.
    std::uint64_t uploaded() const;

  private:
    void run();

    const SyncTarget target_;
    std::unique_ptr<DavTransport> transport_;
    std::function<void()> wake_;
    Clock clock_;
    std::chrono::milliseconds interval_;

    mutable std::mutex mutex_;
    std::condition_variable work_;
    std::optional<SyncInput> input_;
    std::optional<SyncOutcome> outcome_;
    SyncStatus status_;
    SyncMemory memory_;  // the worker's; copied parts are read under the mutex
    Backoff backoff_;
    std::mt19937_64 rng_;
    std::int64_t last_pass_ms_ = 0;
    bool running_pass_ = false;
    bool stopping_ = false;
    std::thread thread_;  // last: started once everything above is set
};

}  // namespace hostspace::sync
