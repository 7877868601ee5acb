#include "app/gui/shell/session_controller.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>

#include "app/gui/shell/test_log.hpp"
#include "core/storage/recent_sessions.hpp"
#include "core/storage/repair.hpp"
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
    wait_for_join();  // a join half done would leave half a session folder
    close();
}

bool SessionController::open(const std::filesystem::path& folder, bool record) {
    try {
        std::vector<std::string> warnings;
        Document doc = Document::open(folder, options_for(folder), warnings);
        close();
        doc_.emplace(std::move(doc));
        message_.clear();
        save_error_.clear();
        for (const auto& warning : warnings) {
            std::cerr << "warning: " << warning << "\n";
            message_ += (message_.empty() ? "" : "\n") + warning;
        }
        repair_offer_.reset();
        if (record && !read_only_) remember(folder);
        start_sync_if_set_up();
        return true;
    } catch (const std::exception& e) {
        message_ = std::string("Could not open the session: ") + e.what();
        offer_repair_if_damaged(folder, e.what());
        return false;
    }
}

void SessionController::offer_repair_if_damaged(const std::filesystem::path& folder,
                                                const std::string& error) {
    repair_offer_.reset();
    if (read_only_) return;
    try {
        // Read only: whether repair would mend it. A missing folder, a session open in
        // another window or written by a newer hostspace is refused here, and not offered.
        if (!plan_session_repair(folder).needed) return;
    } catch (const std::exception&) {
        return;
    }
    repair_offer_ = RepairOffer{folder, error};
    if (test_log_enabled()) note_for_tests("repair offered: " + error);
}

bool SessionController::repair_and_open(const std::filesystem::path& folder) {
    repair_offer_.reset();
    RepairReport report;
    try {
        report = repair_session(folder);
    } catch (const std::exception& e) {
        message_ = std::string("Could not repair the session: ") + e.what();
        if (test_log_enabled()) note_for_tests("repair failed: " + std::string(e.what()));
        return false;
    }
    if (test_log_enabled()) {
        note_for_tests("repair done kept=" + std::to_string(report.lines_kept) +
                       " dropped=" + std::to_string(report.dropped.size()) +
                       " journal_copy=" + report.journal_copy.filename().string() +
                       " snapshot_copy=" + report.snapshot_copy.filename().string());
    }
    if (!open(folder)) return false;
    const std::string warnings = message_;  // what opening had to say, after the report
    message_ = describe_repair(report);
    while (!message_.empty() && message_.back() == '\n') message_.pop_back();
    if (!warnings.empty()) message_ += "\n" + warnings;
    return true;
}

bool SessionController::create(const std::filesystem::path& folder, const std::string& title) {
    if (const std::string problem = meta_value_problem(MetaField::title, title); !problem.empty()) {
        message_ = "Could not create the session: " + problem;
        return false;
    }
    try {
        Document doc = Document::create(folder, title, options_for(folder));
        close();
        doc_.emplace(std::move(doc));
        message_.clear();
        save_error_.clear();
        repair_offer_.reset();
        remember(folder);
        start_sync_if_set_up();
        return true;
    } catch (const std::exception& e) {
        message_ = std::string("Could not create the session: ") + e.what();
        return false;
    }
}

void SessionController::close() {
    sync_.reset();  // stops the worker first: it never outlives the session it syncs
    sync_settings_.reset();
    sync_notice_.clear();
    sync_news_.clear();
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
    recorded_title_ = doc_ ? doc_->state().meta.title.value : "";
    try {
        record_recent_session(folder, recorded_title_, recent_file_);
    } catch (const std::exception& e) {
        std::cerr << "warning: could not update the recent sessions: " << e.what() << "\n";
    }
    recent_ = load_recent_sessions(recent_file_);
}

void SessionController::after_save() {
    save_error_.clear();
    // A new title (Session details, an undo) shows on the start screen next time, without
    // reading the session there.
    if (!read_only_ && doc_->state().meta.title.value != recorded_title_) {
        recorded_title_ = doc_->state().meta.title.value;
        try {
            update_recent_title(doc_->folder(), recorded_title_, recent_file_);
        } catch (const std::exception& e) {
            std::cerr << "warning: could not update the recent sessions: " << e.what() << "\n";
        }
        recent_ = load_recent_sessions(recent_file_);
    }
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
    if (requests.dismiss_error) {
        message_.clear();
        repair_offer_.reset();
    }
    if (requests.dismiss_sync_news) sync_news_.clear();
    for (auto& change : requests.changes) run_change(change);
    if (requests.sync) carry_out_sync(*requests.sync);
    if (requests.join) begin_join(*requests.join);
    for (Command command : requests.commands) {
        if (command == Command::undo) run_history(false);
        if (command == Command::redo) run_history(true);
        if (command == Command::close_session) close();
    }
    if (requests.open) {
        const std::filesystem::path folder = session_folder_for(requests.open->folder.string());
        if (requests.open->create) {
            create(folder, requests.open->title);
        } else if (requests.open->repair) {
            repair_and_open(folder);
        } else {
            open(folder);
        }
    }
}

}  // namespace hostspace::gui
