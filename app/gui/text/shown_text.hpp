#pragma once
// Text as the windows draw it. Dear ImGui draws one code point after another from left to
// right, so a line with right-to-left letters is handed over in visual order with its Arabic
// letters joined (core/text/visual_order), and a run of an Indic script as the private-use
// characters of its shaped glyphs (shaped_glyphs.hpp); every other text is drawn as stored. Views
// call this where they draw typed text (notes, bylines, titles, the projector's texts); text
// fields show the text as stored, in the order it was typed (see the README).
#include <string>
#include <string_view>

namespace hostspace::gui {

// `logical` in drawing order: `logical` itself unless it holds right-to-left text, else a
// cached copy reordered line by line (valid until the next call that adds to the cache).
const std::string& shown(const std::string& logical);

// The same for part of a string (a wrapped line of a note).
std::string_view shown(std::string_view logical);

// One line of a wrapped text as drawn, ordered in the direction of the text it was wrapped
// from (`right_to_left`: that text's first strong letter is right-to-left; see
// starts_right_to_left), so "We listen first — نستمع" wrapped before its Arabic keeps the dash
// on the left.
std::string_view shown_line(std::string_view line, bool right_to_left);

// The text is drawn in another form than it is stored (right-to-left or Indic letters).
bool needs_display_form(std::string_view logical);

// The line reads from the right (its first strong letter is right-to-left): a view that can
// align it to the right edge should.
bool starts_right_to_left(std::string_view line);

}  // namespace hostspace::gui
