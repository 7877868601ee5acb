#include "app/gui/text/glyph_atlas.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui_freetype.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "app/gui/text/missing_box.hpp"
#include "app/gui/text/shaped_glyphs.hpp"
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
    std::vector<ImWchar> shaped;
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
        } else if (shaped_glyph(c)) {
            out.shaped.push_back(c);
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

// Shaped glyphs rasterised by FreeType for one atlas build, at each text font's size, the way
// ImGui's FreeType builder sizes the faces it merges (the size is ascent to descent).
class ShapedRasteriser {
  public:
    ShapedRasteriser() { ok_ = FT_Init_FreeType(&library_) == 0; }
    ~ShapedRasteriser() {
        for (auto& entry : faces_) FT_Done_Face(entry.second);
        if (ok_) FT_Done_FreeType(library_);
    }
    ShapedRasteriser(const ShapedRasteriser&) = delete;
    ShapedRasteriser& operator=(const ShapedRasteriser&) = delete;

    struct Glyph {
        int rect = -1;
        ImFont* font = nullptr;
        ImWchar code_point = 0;
        int width = 0, height = 0;
        std::vector<unsigned char> pixels;
    };

    // Renders `code_point`'s glyph at `size` and asks `atlas` for room for it in `font`.
    void add(ImFontAtlas& atlas, ImFont* font, float size, ImWchar code_point) {
        const auto ref = shaped_glyph(code_point);
        FT_Face face = ref && ok_ ? face_for(*ref) : nullptr;
        Glyph glyph;
        glyph.font = font;
        glyph.code_point = code_point;
        float advance = 0;
        ImVec2 offset(0, 0);
        if (face) {
            FT_Size_RequestRec request{};
            request.type = FT_SIZE_REQUEST_TYPE_REAL_DIM;
            request.height = static_cast<FT_Long>(static_cast<int>(size)) * 64;
            FT_Request_Size(face, &request);
            const double x_scale = face->size->metrics.x_scale / 65536.0 / 64.0;
            const double y_scale = face->size->metrics.y_scale / 65536.0 / 64.0;
            advance = static_cast<float>(ref->advance * x_scale);
            if (FT_Load_Glyph(face, ref->glyph, FT_LOAD_TARGET_LIGHT) == 0 &&
                FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) == 0) {
                const FT_Bitmap& bitmap = face->glyph->bitmap;
                glyph.width = static_cast<int>(bitmap.width);
                glyph.height = static_cast<int>(bitmap.rows);
                glyph.pixels.resize(static_cast<std::size_t>(glyph.width * glyph.height));
                for (int y = 0; y < glyph.height; ++y) {
                    for (int x = 0; x < glyph.width; ++x) {
                        glyph.pixels[static_cast<std::size_t>(y * glyph.width + x)] =
                            bitmap.buffer[y * bitmap.pitch + x];
                    }
                }
                // From the baseline; build_atlas moves it down by the font's ascent.
                offset = ImVec2(std::round(face->glyph->bitmap_left +
                                           static_cast<float>(ref->offset_x * x_scale)),
                                std::round(-face->glyph->bitmap_top -
                                           static_cast<float>(ref->offset_y * y_scale)));
            }
        }
        glyph.rect = atlas.AddCustomRectFontGlyph(font, code_point, std::max(glyph.width, 1),
                                                  std::max(glyph.height, 1), advance, offset);
        glyphs_.push_back(std::move(glyph));
    }

    // After the build: the pixels into their rectangles, the glyphs onto the baseline.
    void finish(ImFontAtlas& atlas, unsigned char* pixels, int atlas_width) {
        for (const Glyph& glyph : glyphs_) {
            const ImFontAtlasCustomRect* rect = atlas.GetCustomRectByIndex(glyph.rect);
            for (int y = 0; y < glyph.height; ++y) {
                for (int x = 0; x < glyph.width; ++x) {
                    pixels[(rect->Y + y) * atlas_width + rect->X + x] =
                        glyph.pixels[static_cast<std::size_t>(y * glyph.width + x)];
                }
            }
            auto* placed =
                const_cast<ImFontGlyph*>(glyph.font->FindGlyphNoFallback(glyph.code_point));
            if (!placed) continue;
            const float ascent = std::round(glyph.font->Ascent);
            placed->Y0 += ascent;
            placed->Y1 += ascent;
        }
    }

  private:
    FT_Face face_for(const ShapedGlyphRef& ref) {
        const auto key = std::make_pair(ref.source.file, ref.source.index);
        auto found = faces_.find(key);
        if (found != faces_.end()) return found->second;
        FT_Face face = nullptr;
        FontBytes bytes =
            ref.source.bytes ? ref.source.bytes : font_library().bytes_of(ref.source.file);
        if (bytes) kept_.push_back(bytes);  // FreeType reads the bytes while the face lives
        if (!bytes ||
            FT_New_Memory_Face(library_, reinterpret_cast<const FT_Byte*>(bytes->data()),
                               static_cast<FT_Long>(bytes->size()), ref.source.index, &face) != 0) {
            face = nullptr;
        }
        faces_.emplace(key, face);
        return face;
    }

    FT_Library library_ = nullptr;
    bool ok_ = false;
    std::map<std::pair<std::string, int>, FT_Face> faces_;
    std::vector<FontBytes> kept_;
    std::vector<Glyph> glyphs_;
};

}  // namespace

AtlasRecipe plan_atlas(const std::vector<FontSpec>& specs, const CharSet& chars,
                       FontLibrary& library, const CharSet* room_chars) {
    AtlasRecipe recipe;
    recipe.chars = chars;
    std::optional<Assignment> plans[2][2];  // [room][bold]
    for (const FontSpec& spec : specs) {
        FontPlan plan;
        plan.spec = spec;
        if (spec.only) {
            std::vector<ImWchar> ranges;
            for (const ImWchar* r = spec.only; *r; ++r) ranges.push_back(*r);
            ranges.push_back(0);
            plan.faces.push_back({spec.bold ? library.bold() : library.regular(), ranges});
        } else {
            const int room = spec.room && room_chars ? 1 : 0;
            const int w = spec.bold ? 1 : 0;
            std::optional<Assignment>& assigned = plans[room][w];
            if (!assigned) {
                // Every character of `chars` is asked for by some font: missing ones are
                // counted from the full set, regular weight.
                assigned = assign(room ? *room_chars : chars, spec.bold, library,
                                  room == 0 && w == 0 ? &recipe.missing : nullptr);
            }
            plan.faces = assigned->faces;
            plan.boxes = assigned->boxes;
            plan.invisible = assigned->invisible;
            plan.shaped = assigned->shaped;
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
    ShapedRasteriser shaped;
    for (FontPlan& plan : built->recipe.fonts) {
        ImFontConfig config;
        config.SizePixels = plan.spec.size;
        config.OversampleH = config.OversampleV = 1;  // FreeType hints; no need to oversample
        config.FontDataOwnedByAtlas = false;          // the library keeps the bytes
        ImFont* font = nullptr;
        for (FaceRanges& face : plan.faces) {
            if (!face.source.bytes) face.source.bytes = font_library().bytes_of(face.source.file);
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
        for (ImWchar c : plan.shaped) shaped.add(atlas, font, plan.spec.size, c);
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
    shaped.finish(atlas, pixels, width);
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
