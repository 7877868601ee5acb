#include "app/gui/shell/session_controller.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>

#include "core/storage/recent_sessions.hpp"
#include "core/util/error.hpp"

namespace hostspace::gui {

std::filesystem::path expand_home(const std::string& path) {
    const char* home = std::getenv("HOME");
    if (home && *home && (path == "~" || path.rfind("~/", 0) == 0)) {
        return std::filesystem::path(home) / path.substr(path.size() > 1 ? 2 : 1);
    }
    return path;
}

SessionController::SessionController(DocumentOptions options, std::filesystem::path recent_file,
                                     bool read_only)
    : options_(std::move(options)), recent_file_(std::move(recent_file)), read_only_(read_only) {
    recent_ = load_recent_sessions(recent_file_);
}

SessionController::~SessionController() {
    close();
}

bool SessionController::open(const std::filesystem::path& folder, bool record) {
    try {
        std::vector<std::string> warnings;
        Document doc = Document::open(folder, options_, warnings);
        close();
        doc_.emplace(std::move(doc));
        message_.clear();
        save_error_.clear();
        for (const auto& warning : warnings) {
            std::cerr << "warning: " << warning << "\n";
            message_ += (message_.empty() ? "" : "\n") + warning;
        }
        if (record && !read_only_) remember(folder);
        return true;
    } catch (const std::exception& e) {
        message_ = std::string("Could not open the session: ") + e.what();
        return false;
    }
}

bool SessionController::create(const std::filesystem::path& folder, const std::string& title) {
    try {
        Document doc = Document::create(folder, title, options_);
        close();
        doc_.emplace(std::move(doc));
        message_.clear();
        save_error_.clear();
        remember(folder);
        return true;
    } catch (const std::exception& e) {
        message_ = std::string("Could not create the session: ") + e.what();
        return false;
    }
}

void SessionController::close() {
    if (!doc_) return;
    try {
        if (!read_only_) doc_->write_snapshot();
    } catch (const std::exception& e) {
        // Nothing is lost: the journal holds every change; the next open replays it.
        std::cerr << "warning: could not write the snapshot: " << e.what() << "\n";
    }
    doc_.reset();
    save_error_.clear();
}

void SessionController::remember(const std::filesystem::path& folder) {
    try {
        record_recent_session(folder, recent_file_);
    } catch (const std::exception& e) {
        std::cerr << "warning: could not update the recent sessions: " << e.what() << "\n";
    }
    recent_ = load_recent_sessions(recent_file_);
}

void SessionController::after_save() {
    save_error_.clear();
    try {
        doc_->compact_if_needed();
    } catch (const std::exception& e) {
        std::cerr << "warning: could not write the snapshot: " << e.what() << "\n";
    }
}

void SessionController::run_change(Change& change) {
    if (!doc_ || change.ops.empty()) return;
    try {
        if (change.undoable) {
            doc_->commit(change.ops);
        } else {
            doc_->commit_without_undo(change.ops);
        }
    } catch (const std::exception& e) {
        save_error_ = e.what();
        return;
    }
    after_save();
    if (change.on_saved) change.on_saved();
}

void SessionController::run_history(bool redo) {
    if (!doc_) return;
    try {
        if (redo ? doc_->redo() : doc_->undo()) after_save();
    } catch (const std::exception& e) {
        save_error_ = std::string(redo ? "redo: " : "undo: ") + e.what();
    }
}

void SessionController::carry_out(FrameRequests& requests) {
    if (requests.dismiss_error) message_.clear();
    for (auto& change : requests.changes) run_change(change);
    for (Command command : requests.commands) {
        if (command == Command::undo) run_history(false);
        if (command == Command::redo) run_history(true);
        if (command == Command::close_session) close();
    }
    if (requests.open) {
        const std::filesystem::path folder = session_folder_for(requests.open->folder.string());
        if (requests.open->create) {
            create(folder, requests.open->title);
        } else {
            open(folder);
        }
    }
}

}  // namespace hostspace::gui
