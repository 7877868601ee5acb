#include "app/gui/shell/fonts.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <iostream>
#include <iterator>

namespace hostspace::gui {
namespace {

// Wider than ImGui's Latin-1 default: names and words from across Europe, curly quotes,
// dashes, the euro and pound signs, Greek and Cyrillic.
const ImWchar kTextRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek and Coptic
    0x0400, 0x052F,  // Cyrillic and its supplement
    0x1E00, 0x1EFF,  // Latin Extended Additional (Welsh ŵ ŷ, Vietnamese)
    0x2000, 0x206F,  // General Punctuation: ‘ ’ “ ” – — … •
    0x20A0, 0x20CF,  // Currency symbols: € ₹ ₽
    0x2100, 0x215F,  // Letterlike symbols and number forms: № ™ ⅓
    0xFFFD, 0xFFFD,  // replacement character
    0,
};

// What people type on notes that Noto Sans lacks; taken from DejaVu Sans.
const ImWchar kSymbolRanges[] = {
    0x2190, 0x21FF,  // arrows → ⇒
    0x2200, 0x22FF,  // mathematical operators − ≤ ≥ ≠
    0x2500, 0x25FF,  // box drawing, geometric shapes ● ■ ▲
    0x2600, 0x26FF,  // miscellaneous symbols ★ ☺ ☀
    0x2700, 0x27BF,  // dingbats ✓ ✗ ✔ ❤
    0,
};

const float kScales[] = {0.6f, 0.7f, 0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};

}  // namespace

FontManager::FontManager(std::filesystem::path fonts_folder, float content_scale)
    : folder_(std::move(fonts_folder)), content_scale_(content_scale) {}

void FontManager::build() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

    const std::filesystem::path regular = folder_ / "NotoSans-Regular.ttf";
    const std::filesystem::path bold = folder_ / "NotoSans-Bold.ttf";
    const std::filesystem::path symbols = folder_ / "DejaVuSans.ttf";
    const bool have_regular = std::filesystem::is_regular_file(regular);
    const bool have_bold = std::filesystem::is_regular_file(bold);
    const bool have_symbols = std::filesystem::is_regular_file(symbols);
    if (!have_regular && !warned_) {
        std::cerr << "warning: " << regular.string()
                  << " is missing; using ImGui's built-in font (ASCII only)\n";
    }
    warned_ = true;

    const float s = scale();
    auto add = [&](const std::filesystem::path& file, bool present, float size,
                   bool with_symbols) -> ImFont* {
        ImFontConfig config;
        config.SizePixels = size * s;
        config.OversampleH = config.OversampleV = 1;  // FreeType hints; no need to oversample
        ImFont* font = nullptr;
        if (present) {
            font =
                io.Fonts->AddFontFromFileTTF(file.string().c_str(), size * s, &config, kTextRanges);
        }
        if (!font) return io.Fonts->AddFontDefault(&config);
        if (with_symbols && have_symbols) {
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.OversampleH = merge.OversampleV = 1;
            io.Fonts->AddFontFromFileTTF(symbols.string().c_str(), size * s, &merge, kSymbolRanges);
        }
        return font;
    };
    fonts_.body = add(regular, have_regular, 18.0f, true);
    fonts_.body_small = add(regular, have_regular, 15.5f, true);
    fonts_.caption = add(regular, have_regular, 14.0f, true);
    fonts_.bold = add(have_bold ? bold : regular, have_bold || have_regular, 18.0f, true);
    fonts_.heading = add(have_bold ? bold : regular, have_bold || have_regular, 26.0f, false);
    io.FontDefault = fonts_.body;
    io.Fonts->Build();
    built_scale_ = s;
}

bool FontManager::rebuild_if_needed() {
    if (scale() == built_scale_) return false;
    build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return true;
}

void FontManager::zoom_in() {
    const float* next = std::upper_bound(std::begin(kScales), std::end(kScales), ui_scale_ + 1e-3f);
    if (next != std::end(kScales)) ui_scale_ = *next;
}

void FontManager::zoom_out() {
    const float* first_not_less =
        std::lower_bound(std::begin(kScales), std::end(kScales), ui_scale_ - 1e-3f);
    if (first_not_less != std::begin(kScales)) ui_scale_ = *(first_not_less - 1);
}

void FontManager::zoom_reset() {
    ui_scale_ = 1.0f;
}

}  // namespace hostspace::gui
