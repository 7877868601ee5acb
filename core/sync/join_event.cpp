#include "core/sync/join_event.hpp"

#include <system_error>

#include "core/sync/session_device.hpp"
#include "core/sync/sync_messages.hpp"
#include "core/util/error.hpp"

namespace hostspace::sync {
namespace {

// A running sync's message says how sync stands ("offline: …", "paused: …") and what to do in
// the Sync dialog; a join that did not happen says what went wrong and what to check.
std::string join_message(const SyncReport& report, const std::string& server_url) {
    if (report.problem == SyncProblem::wrong_password) {
        return host_of(server_url) +
               " refused the user name or password (401). Check them with the host; for "
               "Nextcloud, use an app password (Settings → Security), not the login password.";
    }
    std::string text = report.message;
    for (const char* state : {"offline: ", "paused: "}) {
        if (text.rfind(state, 0) == 0) text.erase(0, std::string(state).size());
    }
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

JoinResult join_event(const std::filesystem::path& folder, const SyncSettings& settings,
                      DavTransport& transport, const DocumentOptions& options,
                      const std::filesystem::path& config_folder) {
    if (const std::string problem = check_sync_settings(settings); !problem.empty()) {
        throw Error(problem);
    }
    std::error_code ignored;
    if (std::filesystem::exists(folder, ignored)) {
        throw Error(folder.string() +
                    " already exists: a joined event goes into a new folder. Choose another "
                    "name, or open that session and use Sync… to share it.");
    }
    JoinResult result;
    try {
        Document document = Document::create(folder, "", options);
        result.report = sync_session_now(document, transport, folder_url(settings.server_url),
                                         settings.event_id, config_folder, result.notice);
        if (result.report.problem != SyncProblem::none) {
            result.message = join_message(result.report, settings.server_url);
        } else if (result.report.received_ops == 0) {
            result.message = "Nothing has been shared under the event \"" + settings.event_id +
                             "\" on this server yet. Check the event's name with the host (it is "
                             "in their Sync… dialog), or ask them to start syncing first.";
        } else {
            save_sync_settings(folder, settings);
            document.compact_if_needed();
            result.joined = true;
        }
    } catch (...) {
        std::filesystem::remove_all(folder, ignored);  // half a join is no join
        throw;
    }
    // The document has let go of its journal (it is out of scope) before the folder goes.
    if (!result.joined) std::filesystem::remove_all(folder, ignored);
    return result;
}

}  // namespace hostspace::sync
