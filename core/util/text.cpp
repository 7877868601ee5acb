#include "core/util/text.hpp"

namespace hostspace {

std::string trim_space(const std::string& text) {
    const char* space = " \t\r\n";
    const auto begin = text.find_first_not_of(space);
    if (begin == std::string::npos) return "";
    return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

}  // namespace hostspace
