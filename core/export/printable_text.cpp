#include "core/export/printable_text.hpp"

#include "core/util/utf8.hpp"

namespace hostspace::doc {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_c1_control(std::string_view text, std::size_t i) {
    // U+0080..U+009F are C2 80..C2 9F in UTF-8.
    return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

}  // namespace

std::string printable_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t bad = find_invalid_utf8(text.substr(i));
        const std::size_t end = bad == std::string_view::npos ? text.size() : i + bad;
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '\r') {
                out += '\n';
                if (i + 1 < end && text[i + 1] == '\n') ++i;
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                out += kReplacement;
            } else if (is_c1_control(text, i)) {
                out += kReplacement;
                ++i;
            } else {
                out += static_cast<char>(c);
            }
        }
        if (i < text.size()) {
            out += kReplacement;  // one mark per invalid byte
            ++i;
        }
    }
    return out;
}

}  // namespace hostspace::doc
