// SessionController's part in sync: the link started when a session set up for sync opens,
// the Sync dialog's requests carried out, and other laptops' changes folded in each loop turn.
#include <cctype>
#include <iostream>

#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/test_log.hpp"
#include "core/storage/device_identity.hpp"
#include "core/sync/session_device.hpp"
#include "core/util/error.hpp"

namespace hostspace::gui {

void SessionController::start_sync_if_set_up() {
    sync_.reset();
    sync_settings_.reset();
    sync_notice_.clear();
    if (!doc_ || read_only_) return;
    try {
        sync_settings_ = sync::load_sync_settings(doc_->folder());
    } catch (const std::exception& e) {
        sync_notice_ = std::string("Sync is off: ") + e.what();
        return;
    }
    if (!sync_settings_ || !sync_settings_->enabled) return;
    std::optional<std::string> password;
    if (!sync_settings_->user.empty()) {
        try {
            password = sync::load_password(config_folder(), sync_settings_->server_url,
                                           sync_settings_->user);
        } catch (const std::exception& e) {
            sync_notice_ = std::string("Sync is off: ") + e.what();
            return;
        }
        if (!password) {
            sync_notice_ =
                "Sync is set up for this session, but this laptop has no password for it: "
                "enter it in Sync… (Ctrl+Shift+S).";
            return;
        }
    }
    start_sync_with(*sync_settings_, password.value_or(""));
}

void SessionController::start_sync_with(const sync::SyncSettings& settings,
                                        const std::string& password) {
    sync_settings_ = settings;
    sync_password_ = password;
    sync_notice_.clear();
    sync_ = std::make_unique<SyncLink>(settings, password, doc_->device_id(), sync_wake_);
    if (test_log_enabled()) note_for_tests("sync started event=" + settings.event_id);
}

void SessionController::carry_out_sync(const SyncRequest& request) {
    if (!doc_) return;
    if (request.action == SyncAction::now) {
        if (sync_) sync_->resume();
        if (!sync_) start_sync_if_set_up();
        return;
    }
    try {
        sync::SyncSettings settings = request.settings;
        settings.enabled = request.action == SyncAction::start;
        if (settings.enabled) {
            if (const std::string problem = sync::check_sync_settings(settings); !problem.empty()) {
                sync_notice_ = problem;
                return;
            }
            if (!settings.user.empty()) {
                sync::save_password(config_folder(), settings.server_url, settings.user,
                                    request.remember_password ? request.password : "");
            }
        }
        sync::save_sync_settings(doc_->folder(), settings);
        sync_settings_ = settings;
        sync_.reset();
        sync_notice_.clear();
        if (!settings.enabled) {
            if (test_log_enabled()) note_for_tests("sync stopped");
            return;
        }
        start_sync_with(settings, request.password);
    } catch (const std::exception& e) {
        sync_notice_ = std::string("Could not save the sync settings: ") + e.what();
    }
}

sync::SyncPhrase SessionController::sync_phrase() const {
    if (sync_ && doc_) return sync_->phrase(*doc_);
    if (!sync_notice_.empty()) return {"paused", sync_notice_, true};
    return {};
}

DocumentOptions SessionController::options_for(const std::filesystem::path& folder) const {
    DocumentOptions options = options_;
    options.device_id = sync::session_device_id(config_folder(), folder, options_.device_id);
    return options;
}

void SessionController::renew_device() {
    const std::string why = sync_->status().message;
    try {
        const std::string device = sync::continue_as_new_device(config_folder(), *doc_);
        if (test_log_enabled()) note_for_tests("sync renewed device=" + device);
        sync_news_ = "Sync: " + why + ".";
        sync_news_[6] = static_cast<char>(std::toupper(static_cast<unsigned char>(sync_news_[6])));
        start_sync_with(*sync_settings_, sync_password_);
    } catch (const std::exception& e) {
        sync_.reset();
        sync_notice_ = std::string("Sync is off: a new device id could not be kept: ") + e.what();
    }
}

std::size_t SessionController::tick_sync() {
    if (!doc_ || !sync_) return 0;
    if (sync_->status().problem == sync::SyncProblem::restored_copy) renew_device();
    if (!sync_) return 0;
    try {
        const std::size_t folded = sync_->tick(*doc_);
        if (folded > 0) {
            after_save();
            if (test_log_enabled()) note_for_tests("sync folded " + std::to_string(folded));
        }
        return folded;
    } catch (const std::exception& e) {
        // Not saved here: the session is as it was, and the next pass brings them again.
        save_error_ = std::string("changes from other laptops: ") + e.what();
        return 0;
    }
}

}  // namespace hostspace::gui
