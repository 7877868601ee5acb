#pragma once
// This installation's device id: a random UUID made once and kept in the user's config folder,
// so every op this laptop makes is named (device, seq) and never collides with another's.
#include <filesystem>
#include <string>

namespace hostspace {

// $XDG_CONFIG_HOME/hostspace, or ~/.config/hostspace.
std::filesystem::path config_folder();

// Reads config_folder()/device-id, creating it (and the folder) the first time. Throws
// hostspace::Error if the file exists but does not hold a UUID.
std::string load_or_create_device_id(const std::filesystem::path& folder = config_folder());

}  // namespace hostspace
