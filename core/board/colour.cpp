#include "core/board/colour.hpp"

#include <algorithm>
#include <cctype>

namespace hostspace {
namespace {

struct NamedColour {
    const char* name;
    std::uint32_t rgb;
};

// The palette: light tints (60% colour, 40% white) of the Okabe-Ito colours, which stay
// distinct under the common forms of colour blindness, so black text reads on all of them.
const NamedColour kNamed[] = {
    {"yellow", 0xF6EF8E},  // Okabe-Ito yellow #F0E442
    {"orange", 0xF0C566},  // orange #E69F00
    {"pink", 0xE0AFCA},    // reddish purple #CC79A7
    {"red", 0xE69E66},     // vermillion #D55E00
    {"sky", 0x9AD2F2},     // sky blue #56B4E9
    {"blue", 0x66AAD1},    // blue #0072B2
    {"green", 0x66C5AB},   // bluish green #009E73
    {"grey", 0xD0D0D0},
};

// Accepted from a CSV file and kept as written, but not offered in the palette.
const NamedColour kAlsoAccepted[] = {
    {"purple", 0xC3A6F2},
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
    for (const auto& named : kAlsoAccepted) {
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
    for (const auto& named : kAlsoAccepted) {
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
