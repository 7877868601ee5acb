#include "core/storage/device_identity.hpp"

#include <cstdlib>

#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

namespace hostspace {

std::filesystem::path config_folder() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "hostspace";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".config" / "hostspace";
}

std::string load_or_create_device_id(const std::filesystem::path& folder) {
    const auto file = folder / "device-id";
    if (std::filesystem::exists(file)) {
        std::string id = read_whole_file(file);
        while (!id.empty() && (id.back() == '\n' || id.back() == '\r' || id.back() == ' ')) {
            id.pop_back();
        }
        if (!is_uuid(id)) throw Error(file.string(), 1, "does not hold a device UUID");
        return id;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) throw Error(folder.string(), 0, "cannot create the config folder: " + ec.message());
    const std::string id = new_uuid();
    write_file_atomically(file, id + "\n");
    return id;
}

}  // namespace hostspace
