#include "app/cli/assets.hpp"

#include <unistd.h>

#include <cstdlib>

namespace hostspace::cli {
namespace {

std::filesystem::path executable_folder() {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self.parent_path();
}

bool holds_assets(const std::filesystem::path& folder) {
    std::error_code ec;
    return !folder.empty() && std::filesystem::is_directory(folder / "fonts", ec);
}

}  // namespace

std::filesystem::path find_assets_folder() {
    if (const char* env = std::getenv("HOSTSPACE_ASSETS"); env && *env) return env;
    const auto installed = executable_folder() / ".." / "share" / "hostspace";
    if (holds_assets(installed)) return installed;
    return HOSTSPACE_SOURCE_ASSETS;
}

std::filesystem::path data_folder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "hostspace";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "hostspace";
}

}  // namespace hostspace::cli
