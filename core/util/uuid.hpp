#pragma once
#include <string>

namespace hostspace {

// A random (version 4) UUID in its 36-character lower-case text form, from libuuid.
std::string new_uuid();

// True for a 36-character UUID in text form (any version, either case).
bool is_uuid(const std::string& text);

}  // namespace hostspace
