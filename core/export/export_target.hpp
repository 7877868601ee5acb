#pragma once
// Where an export goes: the file the window offers first, and why a path typed for it cannot
// be written, in words that say what to do. The writing itself is write_file_atomically.
#include <filesystem>
#include <string>

namespace hostspace {

// Beside the session folder, named after it, as an absolute path (what the user sees is where
// the file goes): "…/board.hostspace" and "json" give "…/board.json".
std::filesystem::path default_export_path(const std::filesystem::path& session_folder,
                                          const std::string& extension);

// Why `path` cannot take an export (nothing typed, a folder, a folder that does not exist, the
// session's own folder); empty when it can. A file already there can: it is replaced whole.
std::string export_path_problem(const std::filesystem::path& path,
                                const std::filesystem::path& session_folder);

}  // namespace hostspace
