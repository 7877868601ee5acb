#include "core/sync/sync_settings.hpp"

#include <cctype>
#include <cstdlib>
#include <map>

#include "core/storage/durable_file.hpp"
#include "core/sync/string_map_file.hpp"
#include "core/util/error.hpp"
#include "core/util/exact_json.hpp"
#include "core/util/json_put.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::sync {
namespace {

constexpr int kSettingsVersion = 1;
const char* kPasswordsFile = "sync-passwords.json";
const char* kPasswordsRemedy = "delete it and enter the password again";

std::string text_field(const rapidjson::Value& doc, const char* key) {
    const auto it = doc.FindMember(key);
    if (it == doc.MemberEnd()) return {};
    if (!it->value.IsString()) throw Error(std::string("\"") + key + "\" is not text");
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool bool_field(const rapidjson::Value& doc, const char* key, bool fallback) {
    const auto it = doc.FindMember(key);
    if (it == doc.MemberEnd()) return fallback;
    if (!it->value.IsBool()) throw Error(std::string("\"") + key + "\" is not true or false");
    return it->value.GetBool();
}

std::string password_key(const std::string& server_url, const std::string& user) {
    return user + " @ " + server_url;
}

}  // namespace

std::optional<SyncSettings> load_sync_settings(const std::filesystem::path& session_folder) {
    const auto file = session_folder / sync_settings_file_name();
    if (!std::filesystem::exists(file)) return std::nullopt;
    rapidjson::Document doc;
    if (!parse_json_exact(doc, read_whole_file(file)).empty() || !doc.IsObject()) {
        throw Error(file.string(), 0,
                    "does not read as JSON; set up sync again (Sync…, Ctrl+Shift+S)");
    }
    try {
        const auto version = doc.FindMember("v");
        if (version == doc.MemberEnd() || !version->value.IsInt() ||
            version->value.GetInt() > kSettingsVersion) {
            throw Error("it was written by a newer hostspace, or is not a sync settings file");
        }
        SyncSettings settings;
        settings.server_url = text_field(doc, "server");
        settings.event_id = text_field(doc, "event");
        settings.user = text_field(doc, "user");
        settings.ca_file = text_field(doc, "ca_file");
        settings.verify_tls = bool_field(doc, "verify_tls", true);
        settings.enabled = bool_field(doc, "enabled", true);
        return settings;
    } catch (const Error& e) {
        throw Error(file.string(), 0, e.reason());
    }
}

void save_sync_settings(const std::filesystem::path& session_folder, const SyncSettings& settings) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    json_put::put_int(w, "v", kSettingsVersion);
    json_put::put(w, "server", settings.server_url);
    json_put::put(w, "event", settings.event_id);
    json_put::put(w, "user", settings.user);
    json_put::put(w, "ca_file", settings.ca_file);
    json_put::put_bool(w, "verify_tls", settings.verify_tls);
    json_put::put_bool(w, "enabled", settings.enabled);
    w.EndObject();
    write_file_atomically(session_folder / sync_settings_file_name(),
                          std::string(buffer.GetString()) + "\n");
}

std::string check_sync_settings(const SyncSettings& settings) {
    const std::string& url = settings.server_url;
    if (url.empty()) return "Enter the server's WebDAV address.";
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
        return "The server address starts with https:// (or http:// on a local network).";
    }
    if (url.find_first_of(" \t\r\n") != std::string::npos) {
        return "The server address has a space in it: copy it again from the server's page.";
    }
    if (url.find("/remote.php/webdav") != std::string::npos) {
        return "This is Nextcloud's old address: use "
               "https://HOST/remote.php/dav/files/USER/ instead.";
    }
    if (settings.event_id.empty()) return "Enter an event name that every laptop uses.";
    if (settings.event_id.find('/') != std::string::npos || settings.event_id == "." ||
        settings.event_id == "..") {
        return "The event name cannot hold a / or be . or ..";
    }
    if (!settings.ca_file.empty() && !std::filesystem::exists(settings.ca_file)) {
        return "The certificate file " + settings.ca_file + " does not exist.";
    }
    return {};
}

std::string event_id_from(const std::string& text) {
    std::string id;
    bool dash = false;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80) {
            if (dash && !id.empty()) id += '-';
            dash = false;
            id += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
        } else {
            dash = true;
        }
    }
    return id;
}

std::optional<std::string> load_password(const std::filesystem::path& config_folder,
                                         const std::string& server_url, const std::string& user) {
    if (const char* env = std::getenv("HOSTSPACE_PASSWORD"); env != nullptr && *env != '\0') {
        return std::string(env);
    }
    const auto passwords = read_string_map_file(config_folder / kPasswordsFile, kPasswordsRemedy);
    const auto it = passwords.find(password_key(server_url, user));
    if (it == passwords.end()) return std::nullopt;
    return it->second;
}

void save_password(const std::filesystem::path& config_folder, const std::string& server_url,
                   const std::string& user, const std::string& password) {
    const auto file = config_folder / kPasswordsFile;
    auto passwords = read_string_map_file(file, kPasswordsRemedy);
    if (password.empty()) {
        passwords.erase(password_key(server_url, user));
    } else {
        passwords[password_key(server_url, user)] = password;
    }
    write_string_map_file(file, passwords, true);
}

}  // namespace hostspace::sync
