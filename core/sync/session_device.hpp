#pragma once
// The device id a session's changes are made under on this laptop. Normally the laptop's own
// (config folder/device-id). A copy of a session restored from an older backup must not reuse
// numbers its device already sent with other changes, so sync gives that session a new id of
// its own. Such ids are kept in the user's config folder (session-devices.json: the session
// folder's absolute path -> id), never in the session folder: a copied session is not this
// laptop.
#include <filesystem>
#include <string>

#include "core/storage/document.hpp"
#include "core/sync/dav_transport.hpp"
#include "core/sync/sync_now.hpp"

namespace hostspace::sync {

inline const char* session_devices_file_name() {
    return "session-devices.json";
}

// The session's own id if sync gave it one, else `laptop_device`. Throws hostspace::Error
// naming the file when it does not read.
std::string session_device_id(const std::filesystem::path& config_folder,
                              const std::filesystem::path& session_folder,
                              const std::string& laptop_device);

// Gives the open session a new device id of its own, kept in the config folder, and makes
// `document` save its changes under it from now on; returns the id. Its ops already saved keep
// the old id (they are on the server, or come back from it, as that device's).
std::string continue_as_new_device(const std::filesystem::path& config_folder, Document& document);

// sync_now for a session on this laptop, from a fresh start. When the server shows that this
// copy is an older one (restored_copy), the session goes on as a new device and syncs again;
// `renewed_notice` then says so (empty otherwise), for the user.
SyncReport sync_session_now(Document& document, DavTransport& transport,
                            const std::string& base_url, const std::string& event_id,
                            const std::filesystem::path& config_folder,
                            std::string& renewed_notice);

}  // namespace hostspace::sync
