#include "core/sync/string_map_file.hpp"

#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/exact_json.hpp"
#include "core/util/json_put.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::sync {

std::map<std::string, std::string> read_string_map_file(const std::filesystem::path& file,
                                                        const std::string& remedy) {
    std::map<std::string, std::string> map;
    if (!std::filesystem::exists(file)) return map;
    rapidjson::Document doc;
    if (!parse_json_exact(doc, read_whole_file(file)).empty() || !doc.IsObject()) {
        throw Error(file.string(), 0, "does not read as JSON; " + remedy);
    }
    for (const auto& member : doc.GetObject()) {
        if (member.value.IsString()) {
            map[member.name.GetString()] =
                std::string(member.value.GetString(), member.value.GetStringLength());
        }
    }
    return map;
}

void write_string_map_file(const std::filesystem::path& file,
                           const std::map<std::string, std::string>& map, bool only_owner) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    for (const auto& [key, value] : map) json_put::put(w, key.c_str(), value);
    w.EndObject();
    std::filesystem::create_directories(file.parent_path());
    const std::string bytes = std::string(buffer.GetString()) + "\n";
    if (only_owner) {
        write_private_file_atomically(file, bytes);
    } else {
        write_file_atomically(file, bytes);
    }
}

}  // namespace hostspace::sync
