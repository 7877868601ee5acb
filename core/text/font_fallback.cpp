#include "core/text/font_fallback.hpp"

#include <fontconfig/fontconfig.h>

#include <utility>

namespace hostspace::text {
namespace {

// Lower is preferred: the bundled font is Noto Sans, so its sister families look the same.
int family_rank(const std::string& family) {
    const bool mono = family.find("Mono") != std::string::npos;
    if (family.rfind("Noto Sans", 0) == 0 && !mono) return 0;
    if (family.rfind("Noto", 0) == 0 && !mono) return 1;
    if (family.rfind("DejaVu Sans", 0) == 0 && !mono) return 2;
    return 3;
}

struct Candidate {
    FontFace face;
    FcCharSet* charset = nullptr;  // owned by the sorted set
    int rank = 3;
};

}  // namespace

struct FontFallback::Fonts {
    FcConfig* config = nullptr;
    FcFontSet* sorted[2] = {nullptr, nullptr};  // regular, bold
    std::vector<Candidate> candidates[2];
    std::map<std::pair<std::string, int>, FcCharSet*> charsets;  // read by covers()

    ~Fonts() {
        for (FcFontSet* set : sorted) {
            if (set) FcFontSetDestroy(set);
        }
        for (auto& entry : charsets) {
            if (entry.second) FcCharSetDestroy(entry.second);
        }
        if (config) FcConfigDestroy(config);
    }

    void sort(int weight_index) {
        FcPattern* pattern = FcPatternCreate();
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("Noto Sans"));
        FcPatternAddInteger(pattern, FC_WEIGHT, weight_index ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
        FcConfigSubstitute(config, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultMatch;
        sorted[weight_index] = FcFontSort(config, pattern, FcFalse, nullptr, &result);
        FcPatternDestroy(pattern);
        if (!sorted[weight_index]) return;
        for (int i = 0; i < sorted[weight_index]->nfont; ++i) {
            FcPattern* font = sorted[weight_index]->fonts[i];
            FcChar8* file = nullptr;
            FcChar8* family = nullptr;
            FcCharSet* charset = nullptr;
            int index = 0;
            if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) continue;
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            FcPatternGetString(font, FC_FAMILY, 0, &family);
            Candidate candidate;
            candidate.face.file = reinterpret_cast<const char*>(file);
            candidate.face.index = index;
            candidate.face.family = family ? reinterpret_cast<const char*>(family) : "";
            candidate.charset = charset;
            candidate.rank = family_rank(candidate.face.family);
            // Only outline fonts: FreeType draws them at any size.
            FcBool outline = FcTrue;
            FcPatternGetBool(font, FC_OUTLINE, 0, &outline);
            if (outline) candidates[weight_index].push_back(std::move(candidate));
        }
    }
};

FontFallback::FontFallback() : fonts_(std::make_unique<Fonts>()) {
    fonts_->config = FcInitLoadConfigAndFonts();
    if (!fonts_->config) return;
    fonts_->sort(0);
    fonts_->sort(1);
}

FontFallback::~FontFallback() = default;

std::size_t FontFallback::installed_fonts() const {
    return fonts_->candidates[0].size();
}

std::optional<FontFace> FontFallback::face_for(char32_t code_point, bool bold) {
    const std::uint64_t key = (static_cast<std::uint64_t>(code_point) << 1) | (bold ? 1 : 0);
    const auto known = answers_.find(key);
    if (known != answers_.end()) return known->second;
    const Candidate* best = nullptr;
    // The sort order already puts the asked weight first within a family; the rank decides
    // between families.
    for (const Candidate& candidate : fonts_->candidates[bold ? 1 : 0]) {
        if (best && candidate.rank >= best->rank) continue;
        if (FcCharSetHasChar(candidate.charset, code_point)) best = &candidate;
        if (best && best->rank == 0) break;
    }
    std::optional<FontFace> answer;
    if (best) answer = best->face;
    answers_.emplace(key, answer);
    return answer;
}

bool FontFallback::covers(const std::string& file, int index, char32_t code_point) {
    auto [entry, added] = fonts_->charsets.try_emplace({file, index}, nullptr);
    if (added) {
        int count = 0;
        FcPattern* pattern = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()),
                                             static_cast<unsigned>(index), nullptr, &count);
        FcCharSet* charset = nullptr;
        if (pattern && FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch) {
            entry->second = FcCharSetCopy(charset);
        }
        if (pattern) FcPatternDestroy(pattern);
    }
    return entry->second && FcCharSetHasChar(entry->second, code_point);
}

std::string font_package_for(char32_t c) {
    const bool private_use = (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFF);
    if (private_use) return "";  // only the font it was typed in draws it
    const bool han = (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x9FFF) ||
                     (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
                     (c >= 0x20000 && c <= 0x3FFFF);
    const bool hangul = (c >= 0x1100 && c <= 0x11FF) || (c >= 0xAC00 && c <= 0xD7AF);
    if (han || hangul) return "fonts-noto-cjk";
    // fonts-noto-extra holds the scripts fonts-noto-core leaves out.
    return "fonts-noto-core fonts-noto-extra";
}

}  // namespace hostspace::text
