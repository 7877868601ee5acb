#include "app/gui/text/char_set.hpp"

#include <unordered_map>

#include "app/gui/text/shown_text.hpp"
#include "core/text/utf32.hpp"
#include "core/text/visual_order.hpp"

namespace hostspace::gui {
namespace {

void add_code_points(ImFontGlyphRangesBuilder& bits, std::string_view utf8) {
    for (char32_t c : text::decode_utf8(utf8)) {
        // Above the BMP, ImGui 1.86 reads the character as U+FFFD, which the atlas always has.
        bits.AddChar(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD));
    }
}

// Every form an Arabic letter can take (alone, first, middle, last, as in a line cut short by
// an ellipsis or a wrap) and the lam-alef ligatures: the atlas then holds what any cut of the
// text draws, not only the forms the whole text happens to use. Worked out once per letter.
const std::string& arabic_forms(char32_t letter) {
    static std::unordered_map<char32_t, std::string> known;
    auto found = known.find(letter);
    if (found != known.end()) return found->second;
    const std::string tatweel = "\xD9\x80";  // U+0640, joins on both sides
    std::string alone;
    text::append_utf8(alone, letter);
    std::string forms;
    for (const std::string& form :
         {alone, tatweel + alone, alone + tatweel, tatweel + alone + tatweel}) {
        forms += text::visual_line(form);
    }
    if (letter == 0x0644) {  // lam: its ligatures with each alef, alone and joined
        for (char32_t alef : {0x0622, 0x0623, 0x0625, 0x0627}) {
            std::string pair = "\xD9\x84";
            text::append_utf8(pair, alef);
            forms += text::visual_line(pair) + text::visual_line(tatweel + pair);
        }
    }
    return known.emplace(letter, forms).first->second;
}

}  // namespace

void CharSet::add_text(std::string_view utf8) {
    bool ascii = true;
    for (char byte : utf8) {
        if (static_cast<unsigned char>(byte) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        for (char byte : utf8) bits_.AddChar(static_cast<ImWchar>(byte));
        return;
    }
    add_code_points(bits_, utf8);
    if (!needs_display_form(utf8)) return;
    add_code_points(bits_, shown(utf8));
    for (char32_t c : text::decode_utf8(utf8)) {
        if (c >= 0x0620 && c <= 0x06FF) add_code_points(bits_, arabic_forms(c));
    }
}

void CharSet::add_all(const CharSet& other) {
    for (int i = 0; i < bits_.UsedChars.Size; ++i) bits_.UsedChars[i] |= other.bits_.UsedChars[i];
}

bool CharSet::lacks_any_of(const CharSet& other) const {
    for (int i = 0; i < bits_.UsedChars.Size; ++i) {
        if (other.bits_.UsedChars[i] & ~bits_.UsedChars[i]) return true;
    }
    return false;
}

std::vector<ImWchar> CharSet::list() const {
    std::vector<ImWchar> out;
    for (int i = 0; i < bits_.UsedChars.Size; ++i) {
        ImU32 word = bits_.UsedChars[i];
        for (int bit = 0; word; ++bit, word >>= 1) {
            if (word & 1) out.push_back(static_cast<ImWchar>(i * 32 + bit));
        }
    }
    return out;
}

bool CharSet::empty() const {
    for (ImU32 word : bits_.UsedChars) {
        if (word) return false;
    }
    return true;
}

}  // namespace hostspace::gui
