#pragma once
// Text as code points, for the code that lays out and draws it (bidi, fonts): UTF-8 in and out.
#include <string>
#include <string_view>

namespace hostspace::text {

// Every code point of `utf8`; a byte that does not start a valid sequence reads as U+FFFD.
std::u32string decode_utf8(std::string_view utf8);

// `code_points` as UTF-8; a surrogate or a value above U+10FFFF is written as U+FFFD.
std::string encode_utf8(std::u32string_view code_points);

// Appends one code point to `out` as UTF-8 (U+FFFD for one that is not a scalar value).
void append_utf8(std::string& out, char32_t code_point);

}  // namespace hostspace::text
