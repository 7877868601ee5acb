#pragma once
// The effects the views ask for: opening, creating and repairing sessions, committing changes
// (each one saved before it shows), undo and redo, the recent-sessions list. The only GUI code
// that touches a Document.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/sync/sync_link.hpp"
#include "core/storage/document.hpp"
#include "core/storage/recent_sessions.hpp"

namespace hostspace::gui {

// A session that would not open because it is damaged, and that repair can mend: the start
// screen shows the error and offers "Repair and open".
struct RepairOffer {
    std::filesystem::path folder;
    std::string error;  // file, line and reason, as opening reported it
};

struct JoinJob;  // a join's first sync, running on its own thread (session_join.cpp)

class SessionController {
  public:
    // `read_only` (for screenshots): never records a recent session or writes a snapshot.
    SessionController(DocumentOptions options, std::filesystem::path recent_file,
                      bool read_only = false);
    ~SessionController();

    // Open (or create) a session; on failure the error banner says why and whatever was open
    // stays open. `record` adds it to the recent sessions. A session that did not open because
    // it is damaged (and can be repaired) is offered for repair.
    bool open(const std::filesystem::path& folder, bool record = true);
    bool create(const std::filesystem::path& folder, const std::string& title);
    // Repairs the session (core/storage/repair.hpp) and opens it; the banner then says what
    // repair kept and dropped, and where the damaged files are kept.
    bool repair_and_open(const std::filesystem::path& folder);
    // Writes the snapshot (the journal already holds everything) and lets the session go.
    void close();

    // Carries out a frame's changes and session commands (zoom and quit are the loop's).
    void carry_out(FrameRequests& requests);

    const Document* document() const { return doc_ ? &*doc_ : nullptr; }
    // Why the last change could not be saved (empty once one is saved); the window title and
    // a banner show it.
    const std::string& save_error() const { return save_error_; }
    // Anything else worth a banner (a session that would not open).
    const std::string& message() const { return message_; }
    const std::vector<RecentSession>& recent() const { return recent_; }
    const std::optional<RepairOffer>& repair_offer() const { return repair_offer_; }

    // Sync (app/gui/sync/session_sync.cpp). `wake` is called from the sync worker's thread
    // when an answer is in, so the loop stops waiting for events.
    void set_sync_wake(std::function<void()> wake) { sync_wake_ = std::move(wake); }
    // Folds in other laptops' changes and starts the next pass when one is due; returns how
    // many ops arrived. Called every turn of the loop.
    std::size_t tick_sync();
    // The running link, or null (not set up, stopped, or no password yet).
    const SyncLink* sync_link() const { return sync_.get(); }
    // The open session's sync settings as saved with it (nullopt: never set up).
    const std::optional<sync::SyncSettings>& sync_settings() const { return sync_settings_; }
    // Why sync is set up but not running (no password on this laptop), or why it would not start.
    const std::string& sync_notice() const { return sync_notice_; }
    // How sync stands, for the save label, the window title and the Sync dialog: empty while
    // sync is off; "paused: …" in red when it is set up but cannot run (the notice says why).
    sync::SyncPhrase sync_phrase() const;
    // News from sync worth an amber banner until dismissed: the session went on as a new device.
    const std::string& sync_news() const { return sync_news_; }

    // Joining an event from the start screen (app/gui/sync/session_join.cpp): the first sync
    // runs on a thread of its own; tick_join opens the new session once it is in. True while
    // it runs; why the last join failed (empty once one works or another starts).
    bool joining() const { return join_ != nullptr; }
    const std::string& join_error() const { return join_error_; }
    // True when a join ended this turn (the session opened, or the error is in).
    bool tick_join();

  private:
    void start_sync_if_set_up();
    void carry_out_sync(const SyncRequest& request);
    void begin_join(const JoinRequest& request);
    void start_sync_with(const sync::SyncSettings& settings, const std::string& password);
    void wait_for_join();
    // The options for one session: its own device id if sync gave it one (session_device.hpp).
    DocumentOptions options_for(const std::filesystem::path& folder) const;
    // Sync found this copy older than what its device sent: it goes on as a new device.
    void renew_device();
    void run_change(Change& change);
    void run_history(bool redo);
    void after_save();
    void remember(const std::filesystem::path& folder);
    void offer_repair_if_damaged(const std::filesystem::path& folder, const std::string& error);

    DocumentOptions options_;
    std::filesystem::path recent_file_;
    bool read_only_;
    std::optional<Document> doc_;
    std::string save_error_;
    std::string message_;
    std::vector<RecentSession> recent_;
    std::string recorded_title_;  // the open session's title as the recent list has it
    std::optional<RepairOffer> repair_offer_;
    std::function<void()> sync_wake_;
    std::optional<sync::SyncSettings> sync_settings_;
    std::unique_ptr<SyncLink> sync_;
    std::string sync_notice_;
    std::string sync_news_;
    std::string sync_password_;  // the running link's, to start it again under a new device id
    std::shared_ptr<JoinJob> join_;
    std::string join_error_;
};

// "~/x" -> "$HOME/x"; anything else unchanged.
std::filesystem::path expand_home(const std::string& path);

}  // namespace hostspace::gui
