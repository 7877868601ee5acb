#pragma once
#include <filesystem>

namespace hostspace::cli {

// The folder holding fonts/, demo/ and the other bundled assets: $HOSTSPACE_ASSETS, else
// ../share/hostspace beside the executable (an installed copy), else the source tree's assets/.
std::filesystem::path find_assets_folder();

// $XDG_DATA_HOME/hostspace, or ~/.local/share/hostspace: where the demo session is kept.
std::filesystem::path data_folder();

}  // namespace hostspace::cli
