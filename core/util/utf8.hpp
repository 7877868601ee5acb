#pragma once
#include <cstddef>
#include <string_view>

namespace hostspace {

// Returns the byte offset of the first invalid UTF-8 sequence in text, or npos when the whole
// text is valid (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t find_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) {
    return find_invalid_utf8(text) == std::string_view::npos;
}

}  // namespace hostspace
