#pragma once
// Small text helpers shared by core and the app.
#include <string>

namespace hostspace {

// `text` without spaces, tabs and line breaks at either end.
std::string trim_space(const std::string& text);

}  // namespace hostspace
