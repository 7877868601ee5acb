#include "app/gui/text/glyph_atlas.hpp"

#include <imgui_freetype.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "app/gui/text/missing_box.hpp"
#include "core/text/visual_order.hpp"

namespace hostspace::gui {
namespace {

// Every text font holds these whatever the window shows, so typing a common letter never
// waits for a rebuild: Latin, Greek, Cyrillic, punctuation, currency, arrows and symbols.
// Only what the bundled faces have is taken from here.
const ImWchar kAlwaysRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00,
    0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x215F, 0x2190, 0x21FF,
    0x2200, 0x22FF, 0x2500, 0x25FF, 0x2600, 0x26FF, 0x2700, 0x27BF, 0,
};

constexpr ImWchar kUnreadable = 0xFFFD;

// The box glyphs of each font of every atlas alive, for draws_glyph(font, c).
std::mutex& boxes_mutex() {
    static std::mutex m;
    return m;
}
std::unordered_map<const ImFont*, const std::vector<ImWchar>*>& boxes_of() {
    static std::unordered_map<const ImFont*, const std::vector<ImWchar>*> map;
    return map;
}  // ImGui's fallback: always a box, never "�"

// Consecutive code points as ImGui's range pairs, 0-terminated.
std::vector<ImWchar> to_ranges(const std::vector<ImWchar>& sorted) {
    std::vector<ImWchar> ranges;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) ++j;
        ranges.push_back(sorted[i]);
        ranges.push_back(sorted[j]);
        i = j + 1;
    }
    ranges.push_back(0);
    return ranges;
}

// Where each character goes for one weight: the same for every size of that weight.
struct Assignment {
    std::vector<FaceRanges> faces;
    std::vector<ImWchar> boxes;
    std::vector<ImWchar> invisible;
};

Assignment assign(const CharSet& asked, bool bold, FontLibrary& library,
                  std::vector<ImWchar>* missing) {
    const FontSource& primary = bold ? library.bold() : library.regular();
    const FontSource& symbols = library.symbols();
    std::vector<ImWchar> from_primary, from_symbols;
    std::map<std::pair<std::string, int>, std::pair<FontSource, std::vector<ImWchar>>> fallback;
    Assignment out;
    CharSet all = asked;
    for (const ImWchar* r = kAlwaysRanges; r[0]; r += 2) {
        for (unsigned c = r[0]; c <= r[1]; ++c) all.add(static_cast<ImWchar>(c));
    }
    all.add(kUnreadable);
    for (ImWchar c : all.list()) {
        if (c == kUnreadable) {
            out.boxes.push_back(c);
        } else if (text::is_invisible_format(c)) {
            out.invisible.push_back(c);
        } else if (library.covers(primary, c)) {
            from_primary.push_back(c);
        } else if (library.covers(symbols, c)) {
            from_symbols.push_back(c);
        } else if (!asked.has(c)) {
            continue;  // in the always-ranges only: not worth a font of its own
        } else if (c < 0x20) {
            out.invisible.push_back(c);  // a control character that slipped into a text
        } else if (auto face = library.fallback(c, bold)) {
            auto& entry = fallback[{face->file, face->index}];
            entry.first = *face;
            entry.second.push_back(c);
        } else {
            out.boxes.push_back(c);
            if (missing) missing->push_back(c);
        }
    }
    out.faces.push_back({primary, to_ranges(from_primary)});
    if (!from_symbols.empty()) out.faces.push_back({symbols, to_ranges(from_symbols)});
    for (auto& entry : fallback) {
        out.faces.push_back({entry.second.first, to_ranges(entry.second.second)});
    }
    return out;
}

}  // namespace

AtlasRecipe plan_atlas(const std::vector<FontSpec>& specs, const CharSet& chars,
                       FontLibrary& library) {
    AtlasRecipe recipe;
    recipe.chars = chars;
    std::optional<Assignment> weights[2];
    for (const FontSpec& spec : specs) {
        FontPlan plan;
        plan.spec = spec;
        if (spec.only) {
            std::vector<ImWchar> ranges;
            for (const ImWchar* r = spec.only; *r; ++r) ranges.push_back(*r);
            ranges.push_back(0);
            plan.faces.push_back({spec.bold ? library.bold() : library.regular(), ranges});
        } else {
            const int w = spec.bold ? 1 : 0;
            if (!weights[w]) {
                weights[w] = assign(chars, spec.bold, library, w == 0 ? &recipe.missing : nullptr);
            }
            plan.faces = weights[w]->faces;
            plan.boxes = weights[w]->boxes;
            plan.invisible = weights[w]->invisible;
        }
        recipe.fonts.push_back(std::move(plan));
    }
    return recipe;
}

std::unique_ptr<BuiltAtlas> build_atlas(AtlasRecipe recipe) {
    const auto start = std::chrono::steady_clock::now();
    auto built = std::make_unique<BuiltAtlas>();
    built->recipe = std::move(recipe);
    built->atlas = std::make_unique<ImFontAtlas>();
    ImFontAtlas& atlas = *built->atlas;
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;

    struct Box {
        int rect;
        BoxSize size;
        ImWchar code_point;
    };
    std::vector<Box> boxes;
    for (FontPlan& plan : built->recipe.fonts) {
        ImFontConfig config;
        config.SizePixels = plan.spec.size;
        config.OversampleH = config.OversampleV = 1;  // FreeType hints; no need to oversample
        config.FontDataOwnedByAtlas = false;          // the library keeps the bytes
        ImFont* font = nullptr;
        for (FaceRanges& face : plan.faces) {
            if (!face.source.bytes) continue;
            config.FontNo = face.source.index;
            config.MergeMode = font != nullptr;
            ImFont* added = atlas.AddFontFromMemoryTTF(const_cast<char*>(face.source.bytes->data()),
                                                       static_cast<int>(face.source.bytes->size()),
                                                       plan.spec.size, &config, face.ranges.data());
            if (!font) font = added;
        }
        if (!font) {
            config.MergeMode = false;
            font = atlas.AddFontDefault(&config);  // no bundled font at all: ASCII only
        }
        const BoxSize size = missing_box_size(plan.spec.size);
        for (ImWchar c : plan.boxes) {
            boxes.push_back({atlas.AddCustomRectFontGlyph(font, c, size.width, size.height,
                                                          static_cast<float>(size.advance),
                                                          ImVec2(1, size.offset_y)),
                             size, c});
        }
        for (ImWchar c : plan.invisible) atlas.AddCustomRectFontGlyph(font, c, 1, 1, 0);
        built->fonts.push_back(font);
    }
    atlas.Build();
    {
        std::lock_guard<std::mutex> lock(boxes_mutex());
        for (std::size_t i = 0; i < built->fonts.size(); ++i) {
            boxes_of()[built->fonts[i]] = &built->recipe.fonts[i].boxes;
        }
    }
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    for (const Box& box : boxes) {
        const ImFontAtlasCustomRect* rect = atlas.GetCustomRectByIndex(box.rect);
        paint_missing_box(pixels, width, rect->X, rect->Y, box.size, box.code_point);
    }
    // The RGBA copy the OpenGL backend uploads, made here rather than on the window's thread.
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    built->build_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return built;
}

BuiltAtlas::~BuiltAtlas() {
    std::lock_guard<std::mutex> lock(boxes_mutex());
    for (const ImFont* font : fonts) boxes_of().erase(font);
}

bool draws_glyph(const ImFont* font, ImWchar code_point) {
    if (!font->FindGlyphNoFallback(code_point)) return false;
    std::lock_guard<std::mutex> lock(boxes_mutex());
    const auto found = boxes_of().find(font);
    if (found == boxes_of().end()) return true;
    const std::vector<ImWchar>& boxes = *found->second;
    return std::find(boxes.begin(), boxes.end(), code_point) == boxes.end();
}

bool draws_glyph(const BuiltAtlas& built, const ImFont* font, ImWchar code_point) {
    if (!font->FindGlyphNoFallback(code_point)) return false;
    for (std::size_t i = 0; i < built.fonts.size(); ++i) {
        if (built.fonts[i] != font) continue;
        const auto& boxes = built.recipe.fonts[i].boxes;
        return std::find(boxes.begin(), boxes.end(), code_point) == boxes.end();
    }
    return true;
}

}  // namespace hostspace::gui
