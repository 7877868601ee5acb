#pragma once
// Right-to-left text for a view that draws one code point after another from left to right
// (Dear ImGui): each line reordered by the Unicode bidi algorithm and Arabic letters joined
// into the presentation forms Unicode has for them, with GNU FriBidi. A line that mixes
// English and Arabic keeps each run in its own direction; the line's own direction comes from
// its first strong letter, as in a browser or a word processor.
//
// Presentation forms cover Arabic, Persian and Urdu letters in their Naskh shapes. Scripts
// whose letters change shape beyond that (Devanagari, Bengali, Gurmukhi) are not shaped here.
#include <string>
#include <string_view>

namespace hostspace::text {

// The text has something this file would change: a right-to-left letter, an Arabic letter to
// join, or a directional formatting character. Checking is cheap; callers skip the rest when
// it says no (left-to-right text is drawn as it is stored).
bool needs_visual_order(std::string_view utf8);

// A line's own direction: from its first strong letter, or its paragraph's when the line is
// one of several a paragraph was wrapped into (the bidi algorithm orders a wrapped line in its
// paragraph's direction, not its own).
enum class LineDirection { automatic, left_to_right, right_to_left };

// One line (no '\n') in drawing order: reordered, Arabic joined and lam-alef ligated, mirrored
// brackets swapped, and the invisible formatting characters removed.
std::string visual_line(std::string_view logical_utf8,
                        LineDirection direction = LineDirection::automatic);

// Every line of `text` (split at '\n') in drawing order, joined again with '\n'.
std::string visual_text(std::string_view logical_utf8);

// The line's first strong letter is right-to-left, so it reads from the right edge: a view
// aligns such a line to the right where it can.
bool reads_right_to_left(std::string_view line_utf8);

// Characters that take no room and have no glyph of their own (joiners, bidi controls, the
// byte order mark): a font atlas gives them an empty glyph instead of a "missing" box.
bool is_invisible_format(char32_t code_point);

}  // namespace hostspace::text
