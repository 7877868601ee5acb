#include "core/util/bidi_isolate.hpp"

namespace hostspace {
namespace {

bool right_to_left_code_point(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) ||    // Hebrew, Arabic, Syriac, Thaana, N'Ko, …
           (c >= 0xFB1D && c <= 0xFDFF) ||    // Hebrew and Arabic presentation forms A
           (c >= 0xFE70 && c <= 0xFEFF) ||    // Arabic presentation forms B
           (c >= 0x10800 && c <= 0x10FFF) ||  // old right-to-left scripts
           (c >= 0x1E800 && c <= 0x1EFFF);    // Adlam, Arabic mathematical letters, …
}

}  // namespace

bool has_right_to_left(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (i + static_cast<std::size_t>(length) > text.size()) return false;
        char32_t c = length == 1 ? lead : lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80) {
                length = 1;  // not a continuation byte: skip the lead alone
                c = 0;
                break;
            }
            c = (c << 6) | (next & 0x3F);
        }
        if (right_to_left_code_point(c)) return true;
        i += static_cast<std::size_t>(length);
    }
    return false;
}

std::string isolate_direction(const std::string& typed) {
    if (!has_right_to_left(typed)) return typed;
    return "\xE2\x81\xA8" + typed + "\xE2\x81\xA9";
}

}  // namespace hostspace
