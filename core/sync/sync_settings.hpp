#pragma once
// Where a session syncs to (sync.json in its folder) and the password for it (a 0600 file in
// the user's config folder, or HOSTSPACE_PASSWORD): the password is never in the session
// folder, so it never travels with a copied session or into an export.
#include <filesystem>
#include <optional>
#include <string>

namespace hostspace::sync {

struct SyncSettings {
    std::string server_url;  // a WebDAV folder: https://HOST/remote.php/dav/files/USER/ (Nextcloud)
    std::string event_id;    // the event's folder name on the server, shared by every laptop
    std::string user;
    std::string ca_file;     // empty: the system's certificate authorities
    bool verify_tls = true;  // false only when the user turns checking off explicitly
    bool enabled = true;     // false: the session keeps its settings but does not sync

    friend bool operator==(const SyncSettings& a, const SyncSettings& b) {
        return a.server_url == b.server_url && a.event_id == b.event_id && a.user == b.user &&
               a.ca_file == b.ca_file && a.verify_tls == b.verify_tls && a.enabled == b.enabled;
    }
    friend bool operator!=(const SyncSettings& a, const SyncSettings& b) { return !(a == b); }
};

inline const char* sync_settings_file_name() {
    return "sync.json";
}

// nullopt when the session has never been set up to sync. Throws hostspace::Error naming the
// file when it exists but does not read.
std::optional<SyncSettings> load_sync_settings(const std::filesystem::path& session_folder);
void save_sync_settings(const std::filesystem::path& session_folder, const SyncSettings& settings);

// Checks what a user typed; "" when it is fine, else what is wrong and how to put it right.
std::string check_sync_settings(const SyncSettings& settings);

// An event id from free text: "Board away-day 5 Dec" -> "board-away-day-5-dec".
std::string event_id_from(const std::string& text);

// The password for a server and user: HOSTSPACE_PASSWORD when set, else the one saved in
// `config_folder`/sync-passwords.json; nullopt when there is none.
std::optional<std::string> load_password(const std::filesystem::path& config_folder,
                                         const std::string& server_url, const std::string& user);
// Saves it (mode 0600, written atomically); an empty password removes it.
void save_password(const std::filesystem::path& config_folder, const std::string& server_url,
                   const std::string& user, const std::string& password);

}  // namespace hostspace::sync
