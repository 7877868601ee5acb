#include "core/board/colour.hpp"

#include <algorithm>
#include <cctype>

namespace hostspace {
namespace {

struct NamedColour {
    const char* name;
    std::uint32_t rgb;
};

// Soft sticky-note tones: readable with black text on a projector.
const NamedColour kNamed[] = {
    {"yellow", 0xFFE66D}, {"orange", 0xFFB35C}, {"pink", 0xFFA3C7},  {"red", 0xF26B6B},
    {"purple", 0xC3A6F2}, {"blue", 0x8CC8F2},   {"green", 0xA6E3A1}, {"grey", 0xCFCFCF},
};

std::string trim_lower(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return "";
    const auto end = text.find_last_not_of(" \t");
    std::string out = text.substr(begin, end - begin + 1);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

const std::vector<std::string>& named_colours() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& c : kNamed) out.emplace_back(c.name);
        return out;
    }();
    return names;
}

std::optional<std::string> normalise_colour(const std::string& text) {
    std::string c = trim_lower(text);
    if (c == "gray") c = "grey";
    for (const auto& named : kNamed) {
        if (c == named.name) return c;
    }
    if (c.size() == 7 && c[0] == '#' &&
        std::all_of(c.begin() + 1, c.end(), [](unsigned char ch) { return std::isxdigit(ch); })) {
        return c;
    }
    return std::nullopt;
}

std::uint32_t colour_rgb(const std::string& canonical) {
    for (const auto& named : kNamed) {
        if (canonical == named.name) return named.rgb;
    }
    if (canonical.size() == 7 && canonical[0] == '#') {
        try {
            return static_cast<std::uint32_t>(std::stoul(canonical.substr(1), nullptr, 16));
        } catch (const std::exception&) {
        }
    }
    return kNamed[0].rgb;
}

}  // namespace hostspace
