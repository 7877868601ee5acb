#pragma once
// Opens a folder in the desktop's file manager (xdg-open), without waiting for it.
#include <filesystem>

namespace hostspace::gui {

// False when no xdg-open could be started (a machine with no desktop): say where the files are.
bool open_in_file_manager(const std::filesystem::path& folder);

}  // namespace hostspace::gui
