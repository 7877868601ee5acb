#pragma once
// A small JSON object of text keys and text values kept in the user's config folder: the saved
// sync passwords (server and user -> password) and the sessions' own device ids (session folder
// -> device id).
#include <filesystem>
#include <map>
#include <string>

namespace hostspace::sync {

// Empty when the file is not there. Throws hostspace::Error naming the file and `remedy` (what
// the user can do) when it does not read as such an object.
std::map<std::string, std::string> read_string_map_file(const std::filesystem::path& file,
                                                        const std::string& remedy);
// Writes it atomically, creating the folder; `only_owner`: mode 0600.
void write_string_map_file(const std::filesystem::path& file,
                           const std::map<std::string, std::string>& map, bool only_owner);

}  // namespace hostspace::sync
