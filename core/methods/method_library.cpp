#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "core/methods/method.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"

namespace hostspace {
namespace {

// The *.json files of a folder in name order, so the list is the same on every machine.
std::vector<std::filesystem::path> json_files(const std::filesystem::path& folder,
                                              std::vector<std::string>& warnings) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) return files;
    std::filesystem::directory_iterator it(folder, ec);
    if (ec) {
        warnings.push_back(format_error_message(folder.string(), 0,
                                                "cannot read the methods folder: " + ec.message()));
        return files;
    }
    for (const auto& entry : it) {
        std::error_code type_ec;
        if (entry.path().extension() == ".json" && entry.is_regular_file(type_ec)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void add_or_replace(std::vector<Method>& methods, Method method,
                    std::vector<std::string>& warnings) {
    const auto same = std::find_if(methods.begin(), methods.end(),
                                   [&](const Method& m) { return m.id == method.id; });
    if (same == methods.end()) {
        methods.push_back(std::move(method));
        return;
    }
    warnings.push_back(format_error_message(
        method.file.string(), 0,
        "method \"" + method.id + "\" replaces the one in " + same->file.string()));
    *same = std::move(method);
}

}  // namespace

std::filesystem::path user_methods_folder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "hostspace" / "methods";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "hostspace" /
           "methods";
}

std::vector<Method> load_method_library(const std::vector<std::filesystem::path>& folders,
                                        std::vector<std::string>& warnings) {
    std::vector<Method> methods;
    for (const auto& folder : folders) {
        for (const auto& file : json_files(folder, warnings)) {
            try {
                Method method = parse_method(read_whole_file(file), file.string());
                method.file = file;
                add_or_replace(methods, std::move(method), warnings);
            } catch (const Error& e) {
                warnings.push_back(std::string(e.what()) + " (method skipped)");
            } catch (const std::exception& e) {
                // Out of memory or a filesystem error: still only this file is lost.
                warnings.push_back(format_error_message(file.string(), 0, e.what()) +
                                   " (method skipped)");
            }
        }
    }
    return methods;
}

const Method* find_method(const std::vector<Method>& methods, std::string_view id) {
    for (const auto& method : methods) {
        if (method.id == id) return &method;
    }
    return nullptr;
}

}  // namespace hostspace
