#include "core/export/export_target.hpp"

#include <system_error>

namespace hostspace {

std::filesystem::path default_export_path(const std::filesystem::path& session_folder,
                                          const std::string& extension) {
    std::error_code ec;
    std::filesystem::path folder = std::filesystem::absolute(session_folder, ec);
    if (!folder.has_filename()) folder = folder.parent_path();  // "board.hostspace/"
    return folder.parent_path() / (folder.stem().string() + "." + extension);
}

std::string export_path_problem(const std::filesystem::path& path,
                                const std::filesystem::path& session_folder) {
    if (path.empty()) return "Type where to save the file, like /home/you/board.json.";
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return path.string() + " is a folder: add a file name after it, like " +
               (path / "board.json").string() + ".";
    }
    const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    const std::filesystem::path inside = std::filesystem::weakly_canonical(absolute, ec);
    const std::filesystem::path session = std::filesystem::weakly_canonical(session_folder, ec);
    if (!session.empty() && inside.parent_path() == session) {
        return "That is inside the session's own folder: save the export beside it instead.";
    }
    const std::filesystem::path parent = absolute.parent_path();
    if (!std::filesystem::is_directory(parent, ec)) {
        return "The folder " + parent.string() +
               " does not exist: create it first, or save "
               "somewhere else.";
    }
    return "";
}

}  // namespace hostspace
