#include "core/sync/session_device.hpp"

#include "core/sync/string_map_file.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::sync {
namespace {

const char* kRemedy = "move it aside; sessions given a device id of their own start a new one";

std::string key_of(const std::filesystem::path& session_folder) {
    return std::filesystem::weakly_canonical(std::filesystem::absolute(session_folder)).string();
}

}  // namespace

std::string session_device_id(const std::filesystem::path& config_folder,
                              const std::filesystem::path& session_folder,
                              const std::string& laptop_device) {
    const auto ids = read_string_map_file(config_folder / session_devices_file_name(), kRemedy);
    const auto it = ids.find(key_of(session_folder));
    return it == ids.end() ? laptop_device : it->second;
}

std::string continue_as_new_device(const std::filesystem::path& config_folder, Document& document) {
    const auto file = config_folder / session_devices_file_name();
    auto ids = read_string_map_file(file, kRemedy);
    const std::string device = new_uuid();
    ids[key_of(document.folder())] = device;
    write_string_map_file(file, ids, false);  // first: a crash after it still uses the new id
    document.continue_as_device(device);
    return device;
}

SyncReport sync_session_now(Document& document, DavTransport& transport,
                            const std::string& base_url, const std::string& event_id,
                            const std::filesystem::path& config_folder,
                            std::string& renewed_notice) {
    renewed_notice.clear();
    SyncMemory memory;
    SyncReport report =
        sync_now(document, transport, SyncTarget{base_url, event_id, document.device_id()}, memory);
    if (report.problem != SyncProblem::restored_copy) return report;
    renewed_notice = report.message;
    continue_as_new_device(config_folder, document);
    SyncMemory fresh;
    SyncReport again =
        sync_now(document, transport, SyncTarget{base_url, event_id, document.device_id()}, fresh);
    again.requests += report.requests;
    again.bytes_sent += report.bytes_sent;
    again.bytes_received += report.bytes_received;
    return again;
}

}  // namespace hostspace::sync
