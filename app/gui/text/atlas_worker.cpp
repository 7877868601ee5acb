#include "app/gui/text/atlas_worker.hpp"

namespace hostspace::gui {

AtlasWorker::~AtlasWorker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void AtlasWorker::submit(AtlasRecipe recipe) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        waiting_ = std::make_unique<AtlasRecipe>(std::move(recipe));
        if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
    }
    changed_.notify_all();
}

std::unique_ptr<BuiltAtlas> AtlasWorker::take() {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::move(done_);
}

bool AtlasWorker::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return building_ || waiting_;
}

void AtlasWorker::wait_idle() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !building_ && !waiting_; });
}

void AtlasWorker::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        changed_.wait(lock, [this] { return stopping_ || waiting_; });
        if (stopping_) return;
        std::unique_ptr<AtlasRecipe> recipe = std::move(waiting_);
        building_ = true;
        lock.unlock();
        std::unique_ptr<BuiltAtlas> built = build_atlas(std::move(*recipe));
        lock.lock();
        done_ = std::move(built);  // an older one nobody took is let go
        building_ = false;
        changed_.notify_all();
    }
}

}  // namespace hostspace::gui
