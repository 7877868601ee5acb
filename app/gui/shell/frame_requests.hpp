#pragma once
// What the views ask for during a frame. Views never touch the document: they add requests here,
// and the loop carries them out after the frame (imgui_demo's CloseQueue idea), so nothing edits
// the state a view is walking.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"
#include "core/sync/sync_settings.hpp"

namespace hostspace::gui {

// One user change: its ops are committed together, as one undo step. `on_saved` runs only once
// the change is on disk (to clear a text field, close an editor); when saving fails the typed
// text stays where it was so the user can try again.
struct Change {
    std::vector<OpPayload> ops;
    std::function<void()> on_saved;
    bool undoable = true;  // false: not an undo step (the timer advancing by itself)
};

enum class Command { undo, redo, zoom_in, zoom_out, zoom_reset, close_session, quit };

struct OpenRequest {
    std::filesystem::path folder;
    bool create = false;
    std::string title;    // for create
    bool repair = false;  // repair the (damaged) session first, then open it
};

// From the Sync dialog (app/gui/sync): start syncing with these settings (saved with the
// session; the password in the user's config folder when `remember_password`), stop, or sync
// now (after a pause or an outage, without waiting for the back-off).
enum class SyncAction { start, stop, now };
struct SyncRequest {
    SyncAction action = SyncAction::now;
    sync::SyncSettings settings;
    std::string password;
    bool remember_password = true;
};

// From the start screen's Join dialog (app/gui/sync/join_dialog.hpp): make the session `folder`
// from an event another laptop shares (core/sync/join_event.hpp), then open it.
struct JoinRequest {
    std::filesystem::path folder;
    sync::SyncSettings settings;
    std::string password;
    bool remember_password = true;
};

struct FrameRequests {
    std::vector<Change> changes;
    std::vector<Command> commands;
    std::optional<OpenRequest> open;
    bool dismiss_error = false;
    bool dismiss_sync_news = false;
    std::optional<SyncRequest> sync;
    std::optional<JoinRequest> join;

    void commit(std::vector<OpPayload> ops, std::function<void()> on_saved = {}) {
        changes.push_back(Change{std::move(ops), std::move(on_saved)});
    }
    // A change the app makes by itself, not the user: saved, but Ctrl+Z passes it by.
    void commit_unattended(std::vector<OpPayload> ops) {
        changes.push_back(Change{std::move(ops), {}, false});
    }
    void command(Command c) { commands.push_back(c); }
};

}  // namespace hostspace::gui
