#pragma once
// Shaping with HarfBuzz: the glyphs a font draws for a run of text in a script whose letters
// change shape, order and place with their neighbours (Devanagari, Bengali, Gurmukhi and the
// other Indic scripts: a vowel sign drawn before the consonant it follows, conjuncts of two
// consonants in one glyph, marks placed over or under their base).
#include <cstdint>
#include <string_view>
#include <vector>

namespace hostspace::text {

struct ShapedGlyph {
    std::uint32_t glyph = 0;    // the glyph's index in the font (not a code point)
    std::uint32_t cluster = 0;  // index into the run of the first character it draws
    std::int32_t advance = 0;   // font units
    std::int32_t offset_x = 0;  // font units, from the pen position
    std::int32_t offset_y = 0;  // font units, upwards
};

struct ShapedRun {
    std::vector<ShapedGlyph> glyphs;  // in drawing order, left to right
    int units_per_em = 1000;
};

// Shapes `run` with face `index` of the font file held in `font_bytes`. Empty when the bytes
// are not a font HarfBuzz can read.
ShapedRun shape_run(std::string_view font_bytes, int index, std::u32string_view run);

// The character is in a script this file shapes (the Indic blocks U+0900-U+0DFF).
bool needs_shaping(char32_t code_point);

// The text holds such a character (a cheap byte scan).
bool has_shaped_script(std::string_view utf8);

}  // namespace hostspace::text
