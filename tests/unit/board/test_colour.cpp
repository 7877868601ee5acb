#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "core/board/colour.hpp"

using namespace hostspace;

TEST_CASE("named colours and hex codes normalise; others do not", "[colour]") {
    CHECK(normalise_colour("Yellow") == std::optional<std::string>("yellow"));
    CHECK(normalise_colour(" gray ") == std::optional<std::string>("grey"));
    CHECK(normalise_colour("#FFAA00") == std::optional<std::string>("#ffaa00"));
    CHECK_FALSE(normalise_colour("teal"));
    CHECK_FALSE(normalise_colour("#FFAA0"));
    CHECK_FALSE(normalise_colour("#GGGGGG"));
    CHECK(named_colours().size() == 8);
    CHECK(named_colours().front() == "yellow");
    CHECK(normalise_colour("Purple") == std::optional<std::string>("purple"));
    CHECK(normalise_colour("sky") == std::optional<std::string>("sky"));
}

TEST_CASE("the palette's colours are all different and light enough for black text", "[colour]") {
    std::vector<std::uint32_t> seen;
    for (const std::string& name : named_colours()) {
        const std::uint32_t rgb = colour_rgb(name);
        INFO(name);
        CHECK(std::find(seen.begin(), seen.end(), rgb) == seen.end());
        seen.push_back(rgb);
        // Relative luminance (sRGB approximated by a 2.2 power) of at least 0.3 gives black
        // text a contrast ratio above 7:1.
        const auto channel = [&](int shift) {
            return std::pow(static_cast<double>((rgb >> shift) & 0xFF) / 255.0, 2.2);
        };
        const double luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
        CHECK(luminance > 0.3);
    }
    CHECK(colour_rgb("purple") != colour_rgb("pink"));
}

TEST_CASE("colour_rgb maps names and hex; unknown falls back to yellow", "[colour]") {
    CHECK(colour_rgb("#123456") == 0x123456u);
    CHECK(colour_rgb("green") != colour_rgb("blue"));
    CHECK(colour_rgb("nonsense") == colour_rgb("yellow"));
    CHECK(std::string(default_note_colour()) == "yellow");
}
