#include "app/gui/text/shaped_glyphs.hpp"

#include <map>
#include <mutex>
#include <tuple>
#include <vector>

#include "core/text/shape_run.hpp"
#include "core/text/utf32.hpp"

namespace hostspace::gui {
namespace {

// Counting down from the top of the Private Use Area, below U+F8FF (which Apple's fonts draw
// as its logo and people do type), so the ones typed at U+E000 and up are left alone.
constexpr ImWchar kFirstSlot = 0xF8FE;
constexpr ImWchar kLastSlot = 0xE000;

using Key = std::tuple<std::string, int, std::uint32_t, int, int, int>;

struct Registry {
    std::mutex mutex;
    std::map<Key, ImWchar> slots;
    std::map<ImWchar, ShapedGlyphRef> glyphs;
    ImWchar next = kFirstSlot;
};

Registry& registry() {
    static Registry r;
    return r;
}

// The private-use character for one shaped glyph; none when all 6,400 are taken.
std::optional<ImWchar> slot_for(const ShapedGlyphRef& ref) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    const Key key{ref.source.file, ref.source.index, ref.glyph,
                  ref.advance,     ref.offset_x,     ref.offset_y};
    const auto found = r.slots.find(key);
    if (found != r.slots.end()) return found->second;
    if (r.next < kLastSlot) return std::nullopt;
    const ImWchar slot = r.next--;
    r.slots.emplace(key, slot);
    r.glyphs.emplace(slot, ref);
    return slot;
}

// One run in one face, as private-use characters; nullopt if any glyph found no slot.
std::optional<std::u32string> shape(std::u32string_view run, FontSource source,
                                    FontLibrary& library) {
    source.bytes = library.bytes_of(source.file);  // an Indic face: a few hundred KB
    if (!source.bytes) return std::nullopt;
    const text::ShapedRun shaped = text::shape_run(
        std::string_view(source.bytes->data(), source.bytes->size()), source.index, run);
    if (shaped.glyphs.empty()) return std::nullopt;
    std::u32string out;
    for (const text::ShapedGlyph& g : shaped.glyphs) {
        ShapedGlyphRef ref{source, g.glyph, g.advance, g.offset_x, g.offset_y, shaped.units_per_em};
        const auto slot = slot_for(ref);
        if (!slot) return std::nullopt;
        out.push_back(*slot);
    }
    return out;
}

}  // namespace

std::string shape_for_display(std::string_view text, FontLibrary& library) {
    if (!text::has_shaped_script(text)) return std::string(text);
    const std::u32string chars = text::decode_utf8(text);
    std::u32string out;
    std::size_t i = 0;
    while (i < chars.size()) {
        if (!text::needs_shaping(chars[i])) {
            out.push_back(chars[i++]);
            continue;
        }
        // A run: the script's letters and signs, and the joiners between them.
        std::size_t end = i;
        while (end < chars.size() &&
               (text::needs_shaping(chars[end]) || chars[end] == 0x200C || chars[end] == 0x200D)) {
            ++end;
        }
        const std::u32string_view run(chars.data() + i, end - i);
        const auto face = library.fallback(chars[i], false);
        const auto shaped = face ? shape(run, *face, library) : std::nullopt;
        if (shaped) {
            out += *shaped;
        } else {
            out += run;  // drawn letter by letter, as before
        }
        i = end;
    }
    return text::encode_utf8(out);
}

std::optional<ShapedGlyphRef> shaped_glyph(ImWchar code_point) {
    if (code_point < kLastSlot || code_point > kFirstSlot) return std::nullopt;
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    const auto found = r.glyphs.find(code_point);
    if (found == r.glyphs.end()) return std::nullopt;
    return found->second;
}

std::size_t add_shaped_glyphs_since(std::size_t seen, CharSet& into) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    const std::size_t made = r.glyphs.size();
    // Slots are handed out downwards from kFirstSlot, so the newest are the lowest.
    for (std::size_t i = seen; i < made; ++i) into.add(static_cast<ImWchar>(kFirstSlot - i));
    return made;
}

}  // namespace hostspace::gui
