#include "core/text/visual_order.hpp"

#include <fribidi.h>

#include <vector>

#include "core/text/utf32.hpp"
#include "core/util/bidi_isolate.hpp"

namespace hostspace::text {
namespace {

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

bool is_invisible_format(char32_t c) {
    return is_bidi_control(c) || c == 0x00AD || c == 0x034F || (c >= 0x200B && c <= 0x200D) ||
           (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

bool needs_visual_order(std::string_view utf8) {
    // Every character that matters here is U+0590 or above: a two-byte lead of 0xD6 or more,
    // or a three-byte sequence (the controls at U+200E…U+2069, presentation forms at U+FBxx…).
    bool above = false;
    for (char byte : utf8) {
        if (static_cast<unsigned char>(byte) >= 0xD6) {
            above = true;
            break;
        }
    }
    if (!above) return false;
    if (has_right_to_left(utf8)) return true;
    for (char32_t c : decode_utf8(utf8)) {
        if (is_bidi_control(c)) return true;
    }
    return false;
}

std::string visual_line(std::string_view logical_utf8, LineDirection line_direction) {
    std::u32string text = decode_utf8(logical_utf8);
    const auto length = static_cast<FriBidiStrIndex>(text.size());
    if (length == 0) return {};
    std::vector<FriBidiChar> chars(text.begin(), text.end());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    std::vector<FriBidiArabicProp> joining(text.size());
    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType direction = line_direction == LineDirection::left_to_right ? FRIBIDI_PAR_LTR
                               : line_direction == LineDirection::right_to_left
                                   ? FRIBIDI_PAR_RTL
                                   : FRIBIDI_PAR_ON;  // from the first strong letter
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction,
                                            levels.data()) == 0) {
        return std::string(logical_utf8);  // out of memory: the text as stored beats nothing
    }
    fribidi_get_joining_types(chars.data(), length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), length,
                  joining.data(), chars.data());
    if (fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, types.data(), length, 0,
                             direction, levels.data(), chars.data(), nullptr) == 0) {
        return std::string(logical_utf8);
    }
    std::string out;
    out.reserve(logical_utf8.size());
    for (FriBidiChar c : chars) {
        // A ligature leaves U+FEFF where its second letter was; controls have done their work.
        if (is_invisible_format(c)) continue;
        append_utf8(out, c);
    }
    return out;
}

std::string visual_text(std::string_view logical_utf8) {
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = logical_utf8.find('\n', start);
        out += visual_line(logical_utf8.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        out.push_back('\n');
        start = end + 1;
    }
    return out;
}

bool reads_right_to_left(std::string_view line_utf8) {
    for (char32_t c : decode_utf8(line_utf8)) {
        const FriBidiCharType type = fribidi_get_bidi_type(c);
        if (FRIBIDI_IS_STRONG(type) && FRIBIDI_IS_LETTER(type)) return FRIBIDI_IS_RTL(type);
    }
    return false;
}

}  // namespace hostspace::text
