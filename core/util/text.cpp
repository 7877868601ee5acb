#include "core/util/text.hpp"

#include <algorithm>

namespace hostspace {

std::string trim_space(const std::string& text) {
    const char* space = " \t\r\n";
    const auto begin = text.find_first_not_of(space);
    if (begin == std::string::npos) return "";
    return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        std::string item = trim_space(list.substr(start, comma - start));
        if (!item.empty()) items.push_back(std::move(item));
        start = comma + 1;
    }
    return items;
}

}  // namespace hostspace
