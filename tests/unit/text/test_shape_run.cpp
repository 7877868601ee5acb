#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "core/text/font_fallback.hpp"
#include "core/text/shape_run.hpp"

using namespace hostspace::text;

namespace {

// The installed Noto face for `code_point`'s script, read whole (fonts-noto-core).
std::string font_for(char32_t code_point, int& index) {
    FontFallback fallback;
    const auto face = fallback.face_for(code_point, false);
    REQUIRE(face);
    index = face->index;
    std::ifstream in(face->file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("needs_shaping and has_shaped_script find the Indic scripts", "[text]") {
    CHECK(needs_shaping(0x0915));  // क
    CHECK(needs_shaping(0x09AC));  // ব
    CHECK(needs_shaping(0x0A38));  // ਸ
    CHECK_FALSE(needs_shaping(U'a'));
    CHECK_FALSE(needs_shaping(0x0627));
    CHECK(has_shaped_script("नमस्ते"));
    CHECK(has_shaped_script("Hello আমরা"));
    CHECK_FALSE(has_shaped_script("Łódź, 李伟, فاطمة"));
}

TEST_CASE("shape_run puts the Devanagari i sign before its consonant", "[text]") {
    int index = 0;
    const std::string font = font_for(0x0915, index);
    // कि is KA then VOWEL SIGN I, drawn with the sign first.
    const ShapedRun ki = shape_run(font, index, U"\u0915\u093F");
    REQUIRE(ki.glyphs.size() == 2);
    const ShapedRun ka = shape_run(font, index, U"\u0915");
    REQUIRE(ka.glyphs.size() == 1);
    CHECK(ki.glyphs[1].glyph == ka.glyphs[0].glyph);  // ka is drawn second
    CHECK(ki.glyphs[0].glyph != ka.glyphs[0].glyph);
    CHECK(ki.units_per_em > 0);
}

TEST_CASE("shape_run joins a Devanagari conjunct into fewer glyphs than letters", "[text]") {
    int index = 0;
    const std::string font = font_for(0x0915, index);
    // क्ष (KA, VIRAMA, SSA) is one conjunct glyph in Noto Sans Devanagari.
    const ShapedRun kssa = shape_run(font, index, U"\u0915\u094D\u0937");
    CHECK(kssa.glyphs.size() < 3);
    CHECK_FALSE(kssa.glyphs.empty());
}

TEST_CASE("shape_run reorders the Bengali e sign before its consonant", "[text]") {
    int index = 0;
    const std::string font = font_for(0x09AC, index);
    // বে is BA then VOWEL SIGN E, drawn with the sign first.
    const ShapedRun be = shape_run(font, index, U"\u09AC\u09C7");
    const ShapedRun ba = shape_run(font, index, U"\u09AC");
    REQUIRE(be.glyphs.size() == 2);
    CHECK(be.glyphs[1].glyph == ba.glyphs[0].glyph);
}

TEST_CASE("shape_run gives nothing for bytes that are not a font", "[text]") {
    CHECK(shape_run("not a font", 0, U"\u0915").glyphs.empty());
}
