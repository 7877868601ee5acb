#pragma once
// Shaped text for a view that draws by code point (Dear ImGui 1.86). A run of an Indic script
// is shaped with HarfBuzz (core/text/shape_run) and each glyph it gives, with its advance and
// offsets, gets a private-use character (counting down from U+F8FE) that stands for it; the
// font atlas draws that character as the glyph, rasterised from the same face. The view then
// draws the run's private-use characters in order, and the glyphs land where HarfBuzz put
// them: vowel signs before their consonant, conjuncts, marks over and under their base.
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "app/gui/text/char_set.hpp"
#include "app/gui/text/font_library.hpp"

namespace hostspace::gui {

struct ShapedGlyphRef {
    FontSource source;
    std::uint32_t glyph = 0;
    int advance = 0, offset_x = 0, offset_y = 0;  // font units (offset_y upwards)
    int units_per_em = 1000;
};

// `text` with each run of an Indic script replaced by the private-use characters of its shaped
// glyphs; as it is when it has none, or no installed font has the script. Main thread.
std::string shape_for_display(std::string_view text, FontLibrary& library);

// The glyph a private-use character stands for, if shape_for_display made it. Any thread.
std::optional<ShapedGlyphRef> shaped_glyph(ImWchar code_point);

// Adds to `into` the private-use characters made after the first `seen` of them, and returns
// how many there are now: a text cut short while drawing (an ellipsis, a wrap) can shape to
// glyphs the whole text did not have, and each window's atlas must add them.
std::size_t add_shaped_glyphs_since(std::size_t seen, CharSet& into);

}  // namespace hostspace::gui
