#pragma once
// The effects the views ask for: opening and creating sessions, committing changes (each one
// saved before it shows), undo and redo, the recent-sessions list. The only GUI code that
// touches a Document.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/shell/frame_requests.hpp"
#include "core/storage/document.hpp"

namespace hostspace::gui {

class SessionController {
  public:
    // `read_only` (for screenshots): never records a recent session or writes a snapshot.
    SessionController(DocumentOptions options, std::filesystem::path recent_file,
                      bool read_only = false);
    ~SessionController();

    // Open (or create) a session; on failure the error banner says why and whatever was open
    // stays open. `record` adds it to the recent sessions.
    bool open(const std::filesystem::path& folder, bool record = true);
    bool create(const std::filesystem::path& folder, const std::string& title);
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
    const std::vector<std::filesystem::path>& recent() const { return recent_; }

  private:
    void run_change(Change& change);
    void run_history(bool redo);
    void after_save();
    void remember(const std::filesystem::path& folder);

    DocumentOptions options_;
    std::filesystem::path recent_file_;
    bool read_only_;
    std::optional<Document> doc_;
    std::string save_error_;
    std::string message_;
    std::vector<std::filesystem::path> recent_;
};

// "~/x" -> "$HOME/x"; anything else unchanged.
std::filesystem::path expand_home(const std::string& path);

}  // namespace hostspace::gui
