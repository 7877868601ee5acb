#pragma once
// A name or a note typed in a right-to-left script, set inside a line of other text: "نستمع
// أولاً — فاطمة علي, Children's Social Care". Without a boundary the Unicode bidi algorithm
// joins the Arabic pieces and the dash into one right-to-left run and the line reads in the
// wrong order. First-strong isolates (U+2068 … U+2069) keep each typed piece in its own
// direction and let the line around it keep the document's.
#include <string>
#include <string_view>

namespace hostspace {

// The text holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and
// the others Unicode places in those blocks). Invalid UTF-8 reads as no such letter.
bool has_right_to_left(std::string_view text);

// `typed` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE when it has a
// right-to-left letter; as it is otherwise, so left-to-right text carries no invisible marks.
std::string isolate_direction(const std::string& typed);

}  // namespace hostspace
