#include <catch2/catch.hpp>

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
}

TEST_CASE("colour_rgb maps names and hex; unknown falls back to yellow", "[colour]") {
    CHECK(colour_rgb("#123456") == 0x123456u);
    CHECK(colour_rgb("green") != colour_rgb("blue"));
    CHECK(colour_rgb("nonsense") == colour_rgb("yellow"));
    CHECK(std::string(default_note_colour()) == "yellow");
}
