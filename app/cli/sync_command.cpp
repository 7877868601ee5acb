#include "app/cli/sync_command.hpp"

#include <iostream>

#include "app/cli/arguments.hpp"
#include "core/storage/device_identity.hpp"
#include "core/storage/document.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/sync/join_event.hpp"
#include "core/sync/session_device.hpp"
#include "core/sync/sync_now.hpp"
#include "core/sync/sync_settings.hpp"
#include "core/util/error.hpp"

namespace hostspace::cli {
namespace {

// The settings given on the command line over those saved with the session (if any).
sync::SyncSettings settings_from(const Arguments& args, const std::filesystem::path& folder) {
    sync::SyncSettings settings;
    if (!folder.empty()) settings = sync::load_sync_settings(folder).value_or(settings);
    if (const auto server = args.value("server")) settings.server_url = *server;
    if (const auto event = args.value("event")) settings.event_id = *event;
    if (const auto user = args.value("user")) settings.user = *user;
    if (const auto ca_file = args.value("ca-file")) settings.ca_file = *ca_file;
    if (args.flag("insecure")) settings.verify_tls = false;
    if (const std::string problem = sync::check_sync_settings(settings); !problem.empty()) {
        throw Error("hostspace sync: " + problem +
                    " (--server URL --event ID, or set it up in the window: Sync…, Ctrl+Shift+S)");
    }
    return settings;
}

}  // namespace

int command_sync(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"server", "event", "user", "ca-file"}, {"insecure"});
    if (args.positional.size() != 1) {
        throw Error("hostspace sync: wrong number of arguments (see hostspace --help)");
    }
    const auto folder = session_folder_for(args.positional.front());
    const DocumentOptions options{
        sync::session_device_id(config_folder(), folder, load_or_create_device_id())};
    // A session that is not here yet joins the event (join_event).
    const bool joining = !std::filesystem::exists(folder);
    const sync::SyncSettings settings =
        settings_from(args, joining ? std::filesystem::path() : folder);
    std::string password;
    if (!settings.user.empty()) {
        const auto saved = sync::load_password(config_folder(), settings.server_url, settings.user);
        if (!saved) {
            throw Error("hostspace sync: no password for " + settings.user +
                        ": set HOSTSPACE_PASSWORD, or save it in the window (Sync…, Ctrl+Shift+S)");
        }
        password = *saved;
    }
    if (!settings.verify_tls) {
        std::cerr << "warning: the server's certificate is not checked (--insecure)\n";
    }
    sync::CurlTransport transport(sync::transport_settings_for(settings, password));
    if (joining) {
        const sync::JoinResult joined =
            sync::join_event(folder, settings, transport, options, config_folder());
        if (!joined.joined) {
            std::cerr << "hostspace sync: " << joined.message << "\n";
            return 3;  // nothing of the failed join is left
        }
        if (!joined.notice.empty()) std::cerr << "note: " << joined.notice << "\n";
        std::cout << "joined event " << settings.event_id << " in " << folder.string() << "\n"
                  << sync::describe_report(joined.report) << "\n";
        return 0;
    }
    std::vector<std::string> warnings;
    Document doc = Document::open(folder, options, warnings);
    for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
    std::string renewed;
    const sync::SyncReport report =
        sync::sync_session_now(doc, transport, sync::folder_url(settings.server_url),
                               settings.event_id, config_folder(), renewed);
    if (!renewed.empty()) std::cerr << "note: " << renewed << "\n";
    if (report.problem != sync::SyncProblem::none) {
        std::cerr << "hostspace sync: " << report.message << "\n";
        return 3;
    }
    // Kept with the session only once they worked, so the window can go on with them.
    if (sync::load_sync_settings(folder) != settings) sync::save_sync_settings(folder, settings);
    doc.compact_if_needed();
    std::cout << sync::describe_report(report) << "\n";
    return 0;
}

}  // namespace hostspace::cli
