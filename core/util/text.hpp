#pragma once
// Small text helpers shared by core and the app.
#include <string>
#include <vector>

namespace hostspace {

// `text` without spaces, tabs and line breaks at either end.
std::string trim_space(const std::string& text);

// The items of a comma-separated list as typed on a command line ("md, pdf,,docx"): each
// trimmed, empty ones left out, in order, repeats kept.
std::vector<std::string> split_list(const std::string& list);

}  // namespace hostspace
