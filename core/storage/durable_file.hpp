#pragma once
// File primitives with the durability the design needs: nothing counts as saved before fsync.
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace hostspace {

// Whole file as bytes. Throws hostspace::Error naming the file if it cannot be read.
std::string read_whole_file(const std::filesystem::path& file);

// Writes bytes to a temporary file beside `file`, fsyncs it, renames it over `file` and fsyncs
// the folder, so a crash leaves either the old or the new file, never a mix.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

// The same, with the bytes written by `write` straight to the temporary file through a small
// buffer: a large snapshot is never held whole in memory. If `write` throws, the temporary file
// goes and `file` is left as it was.
void write_file_atomically(const std::filesystem::path& file,
                           const std::function<void(std::ostream&)>& write);

// The same for a file only its owner may read (mode 0600 from the start: a password).
void write_private_file_atomically(const std::filesystem::path& file, std::string_view bytes);

// fsync on a folder, so a rename or a new file inside it survives a power cut.
void fsync_directory(const std::filesystem::path& folder);

}  // namespace hostspace
