// SessionController's part in joining an event from the start screen: the first sync runs on a
// thread of its own (a large event over venue Wi-Fi takes a while, and the window keeps drawing),
// then the new session opens and goes on syncing like any other.
#include <atomic>
#include <thread>

#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/test_log.hpp"
#include "core/storage/device_identity.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/sync/join_event.hpp"

namespace hostspace::gui {

struct JoinJob {
    JoinRequest request;
    std::thread thread;
    std::atomic<bool> done{false};
    sync::JoinResult result;  // read once done
    std::string error;        // an exception's message, read once done
};

void SessionController::begin_join(const JoinRequest& request) {
    if (join_) return;  // one at a time: the dialog's Join is disabled meanwhile
    join_error_.clear();
    auto job = std::make_shared<JoinJob>();
    job->request = request;
    job->request.folder = session_folder_for(request.folder.string());
    if (test_log_enabled()) note_for_tests("join started event=" + request.settings.event_id);
    DocumentOptions options;
    try {
        options = options_for(job->request.folder);
    } catch (const std::exception& e) {
        join_error_ = e.what();
        return;
    }
    const std::function<void()> wake = sync_wake_;
    JoinJob* raw = job.get();  // the controller waits for the thread before the job goes
    job->thread = std::thread([raw, options, wake] {
        try {
            sync::CurlTransport transport(
                sync::transport_settings_for(raw->request.settings, raw->request.password));
            raw->result = sync::join_event(raw->request.folder, raw->request.settings, transport,
                                           options, config_folder());
        } catch (const std::exception& e) {
            raw->error = e.what();
        }
        raw->done = true;
        if (wake) wake();
    });
    join_ = std::move(job);
}

bool SessionController::tick_join() {
    if (!join_ || !join_->done) return false;
    join_->thread.join();
    const std::shared_ptr<JoinJob> job = std::move(join_);
    join_.reset();
    if (!job->result.joined) {
        join_error_ = job->error.empty() ? job->result.message : job->error;
        if (test_log_enabled()) note_for_tests("join failed: " + join_error_);
        return true;
    }
    const JoinRequest& request = job->request;
    if (!request.settings.user.empty()) {
        try {
            sync::save_password(config_folder(), request.settings.server_url, request.settings.user,
                                request.remember_password ? request.password : "");
        } catch (const std::exception& e) {
            sync_notice_ = std::string("The password could not be saved: ") + e.what();
        }
    }
    if (test_log_enabled()) {
        note_for_tests("join done ops=" + std::to_string(job->result.report.received_ops));
    }
    if (open(request.folder) && !sync_ && !request.settings.user.empty()) {
        start_sync_with(request.settings, request.password);  // the password was not kept
    }
    if (doc_ && !job->result.notice.empty()) sync_news_ = "Joined: " + job->result.notice + ".";
    return true;
}

void SessionController::wait_for_join() {
    if (join_ && join_->thread.joinable()) join_->thread.join();
}

}  // namespace hostspace::gui
