#pragma once
// The open session's link to its sync server: a worker thread makes the requests (the window
// never waits on the network); each loop turn hands it what the session has and folds in what
// came back. Lives in the SessionController, the only GUI code that touches a Document.
#include <functional>
#include <memory>
#include <string>

#include "core/storage/document.hpp"
#include "core/sync/sync_settings.hpp"
#include "core/sync/sync_status_text.hpp"
#include "core/sync/sync_worker.hpp"

namespace hostspace::gui {

class SyncLink {
  public:
    // `wake` is called from the worker's thread when an answer is in (glfwPostEmptyEvent).
    SyncLink(const sync::SyncSettings& settings, const std::string& password,
             const std::string& device_id, std::function<void()> wake);

    // Folds in what the last pass fetched and starts the next pass when one is due. Returns
    // the number of other laptops' ops folded in. Throws hostspace::Error if saving them
    // fails (the session is then as it was; they come again with the next pass).
    std::size_t tick(Document& document);
    // "Sync now": forget the back-off and any pause.
    void resume() { worker_->resume(); }

    const sync::SyncSettings& settings() const { return settings_; }
    sync::SyncStatus status() const { return worker_->status(); }
    // This laptop's saved changes that are not on the server yet.
    std::uint64_t pending(const Document& document) const;
    sync::SyncPhrase phrase(const Document& document) const;

  private:
    sync::SyncSettings settings_;
    std::unique_ptr<sync::SyncWorker> worker_;
    std::uint64_t offered_seq_ = 0;  // the session's own saved seq at the last pass given
};

}  // namespace hostspace::gui
