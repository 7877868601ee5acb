#include "core/sync/sync_worker.hpp"

namespace hostspace::sync {
namespace {

bool pauses(SyncProblem problem) {
    switch (problem) {
        case SyncProblem::wrong_password:
        case SyncProblem::server_full:
        case SyncProblem::certificate:
        case SyncProblem::not_webdav:
        case SyncProblem::refused:
        case SyncProblem::own_history:
        case SyncProblem::restored_copy:  // until the window gives the session a new device id
            return true;
        default:
            return false;
    }
}

}  // namespace

SyncWorker::SyncWorker(SyncTarget target, std::unique_ptr<DavTransport> transport,
                       std::function<void()> wake, Clock clock, std::chrono::milliseconds interval)
    : target_(std::move(target)),
      transport_(std::move(transport)),
      wake_(std::move(wake)),
      clock_(std::move(clock)),
      interval_(interval),
      rng_(std::random_device{}()),
      thread_([this] { run(); }) {}

SyncWorker::~SyncWorker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    work_.notify_all();
    thread_.join();
}

bool SyncWorker::wants_input(bool session_changed) const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (running_pass_ || input_ || outcome_ || status_.state == SyncState::paused) return false;
    const std::int64_t now = clock_();
    if (status_.state == SyncState::offline) return now >= status_.next_try_ms;
    return session_changed || last_pass_ms_ == 0 || now - last_pass_ms_ >= interval_.count();
}

void SyncWorker::start_pass(SyncInput input) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (running_pass_ || input_ || status_.state == SyncState::paused) return;
        input_ = std::move(input);
    }
    work_.notify_all();
}

std::optional<SyncOutcome> SyncWorker::take_outcome() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::optional<SyncOutcome> outcome = std::move(outcome_);
    outcome_.reset();
    return outcome;
}

void SyncWorker::resume() {
    std::lock_guard<std::mutex> lock(mutex_);
    backoff_ = Backoff{};
    if (status_.state == SyncState::paused || status_.state == SyncState::offline) {
        status_.state = SyncState::waiting;
        status_.next_try_ms = 0;
    }
    last_pass_ms_ = 0;
}

SyncStatus SyncWorker::status() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

std::uint64_t SyncWorker::uploaded() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_.uploaded;
}

void SyncWorker::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        work_.wait(lock, [this] { return stopping_ || input_.has_value(); });
        if (stopping_) return;
        SyncInput input = std::move(*input_);
        input_.reset();
        running_pass_ = true;
        status_.state = SyncState::syncing;
        SyncMemory memory = memory_;
        lock.unlock();

        SyncOutcome outcome = run_sync_pass(*transport_, target_, input, memory);

        lock.lock();
        running_pass_ = false;
        memory_ = std::move(memory);
        const std::int64_t now = clock_();
        last_pass_ms_ = now;
        ++status_.passes;
        status_.uploaded = memory_.uploaded;
        status_.problem = outcome.problem;
        status_.message = outcome.message;
        if (outcome.problem == SyncProblem::none || outcome.problem == SyncProblem::damaged) {
            backoff_.next_delay(Outcome::success, std::nullopt, rng_);
            status_.state = SyncState::synced;
            status_.synced_at_ms = now;
            status_.offline_since_ms = 0;
            if (outcome.more_to_fetch) last_pass_ms_ = 0;  // go on at once
        } else if (pauses(outcome.problem)) {
            status_.state = SyncState::paused;
        } else {
            if (status_.state != SyncState::offline && status_.offline_since_ms == 0) {
                status_.offline_since_ms = now;
            }
            const auto delay = backoff_.next_delay(Outcome::failure, outcome.retry_after, rng_);
            status_.state = SyncState::offline;
            status_.next_try_ms = now + delay.count();
        }
        outcome_ = std::move(outcome);
        lock.unlock();
        if (wake_) wake_();
        lock.lock();
    }
}

}  // namespace hostspace::sync
