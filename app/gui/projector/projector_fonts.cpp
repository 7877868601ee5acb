#include "app/gui/projector/projector_fonts.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>

namespace hostspace::gui {
namespace {

// Shares of the window's height. The question starts large and steps down until it fits.
constexpr float kDisplayShare = 0.080f;
constexpr float kTitleShare = 0.062f;
constexpr float kQuestionShares[kQuestionSizes] = {0.075f, 0.064f, 0.055f, 0.047f, 0.040f, 0.034f};
constexpr float kLabelShare = 0.038f;
constexpr float kCaptionShare = 0.027f;
// Noto Sans Bold's figures are 714/1000 of the em; measured after the build all the same.
constexpr float kAssumedDigitInk = 0.714f;

// How far the height or board scale may drift before the atlas is rebuilt: text drawn a few
// percent off its built size looks the same, and a window being dragged larger should not
// rebuild on every frame.
constexpr float kRebuildDrift = 0.04f;
constexpr float kBoardRebuildDrift = 0.08f;

const ImWchar kDigitRanges[] = {
    0x0020, 0x0020,  // space
    0x002B, 0x002B,  // +
    0x002D, 0x002D,  // -
    0x0030, 0x003A,  // 0-9 and :
    0,
};

const ImWchar kBannerRanges[] = {
    0x0020, 0x0020,  // space
    0x0041, 0x005A,  // A-Z
    0,
};

// Every font holds ASCII whatever the session says, plus what the views write themselves.
const ImWchar kAlwaysRanges[] = {0x0020, 0x007E, 0xFFFD, 0xFFFD, 0};
const char* const kViewText = "·…–—“”‘’";

std::vector<char> read_font(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool drifted(float built, float wanted, float tolerance) {
    return built <= 0 || std::fabs(wanted / built - 1.0f) > tolerance;
}

}  // namespace

ProjectorFonts::ProjectorFonts(std::filesystem::path fonts_folder)
    : folder_(std::move(fonts_folder)) {}

bool ProjectorFonts::update(float height, float board_scale, const ImFontGlyphRangesBuilder& chars,
                            bool upload) {
    bool rebuild = !built_ || drifted(set_.height, height, kRebuildDrift) ||
                   drifted(set_.board_scale, board_scale, kBoardRebuildDrift);
    for (int i = 0; i < chars.UsedChars.Size; ++i) {
        const ImU32 missing = chars.UsedChars[i] & ~built_chars_.UsedChars[i];
        if (missing) {
            built_chars_.UsedChars[i] |= chars.UsedChars[i];
            rebuild = true;
        }
    }
    if (!rebuild) return false;
    build(height, board_scale);
    if (upload) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    return true;
}

void ProjectorFonts::read_files() {
    if (files_read_) return;
    files_read_ = true;
    regular_ = read_font(folder_ / "NotoSans-Regular.ttf");
    bold_ = read_font(folder_ / "NotoSans-Bold.ttf");
    symbols_ = read_font(folder_ / "DejaVuSans.ttf");
    if (regular_.empty()) {
        std::cerr << "warning: " << (folder_ / "NotoSans-Regular.ttf").string()
                  << " is missing; the projector uses ImGui's built-in font (ASCII only)\n";
    }
}

void ProjectorFonts::build(float height, float board_scale) {
    read_files();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

    built_chars_.AddRanges(kAlwaysRanges);
    built_chars_.AddText(kViewText);
    ranges_.clear();
    built_chars_.BuildRanges(&ranges_);

    auto add = [&](std::vector<char>& file, float size, const ImWchar* ranges) -> ImFont* {
        ImFontConfig config;
        config.SizePixels = std::max(6.0f, std::round(size));
        config.OversampleH = config.OversampleV = 1;  // FreeType hints; no need to oversample
        config.FontDataOwnedByAtlas = false;          // the bytes stay in this object
        std::vector<char>& data = file.empty() ? regular_ : file;
        if (data.empty()) return io.Fonts->AddFontDefault(&config);
        ImFont* font = io.Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()),
                                                      config.SizePixels, &config, ranges);
        if (!symbols_.empty() && ranges != kDigitRanges && ranges != kBannerRanges) {
            // Fills only what Noto Sans lacks (arrows, ticks, stars typed on notes).
            ImFontConfig merge = config;
            merge.MergeMode = true;
            io.Fonts->AddFontFromMemoryTTF(symbols_.data(), static_cast<int>(symbols_.size()),
                                           config.SizePixels, &merge, ranges);
        }
        return font;
    };
    const ImWchar* text = ranges_.Data;
    set_ = ProjectorFontSet{};
    set_.height = height;
    set_.board_scale = board_scale;
    set_.display = add(bold_, height * kDisplayShare, text);
    set_.title = add(bold_, height * kTitleShare, text);
    for (int i = 0; i < kQuestionSizes; ++i) {
        set_.question[i] = add(regular_, height * kQuestionShares[i], text);
    }
    set_.label = add(regular_, height * kLabelShare, text);
    set_.label_bold = add(bold_, height * kLabelShare, text);
    set_.caption = add(regular_, height * kCaptionShare, text);
    set_.digits = add(bold_, height * kDigitsShare / kAssumedDigitInk, kDigitRanges);
    // Noto Sans Bold's capitals are as tall as its figures.
    set_.banner = add(bold_, height * kBannerCapsShare / kAssumedDigitInk, kBannerRanges);
    // Larger than the control window's (fonts.hpp), for reading across the room. Board mode
    // writes every note in the body size (projector_note_text.cpp), the byline in the caption.
    set_.board.body = add(regular_, kBoardBodyUnits * board_scale, text);
    set_.board.body_small = add(regular_, 21.0f * board_scale, text);
    set_.board.caption = add(regular_, kBoardCaptionUnits * board_scale, text);  // bylines
    set_.board.bold = add(bold_, 22.0f * board_scale, text);
    set_.board.heading = add(bold_, 30.0f * board_scale, text);
    io.FontDefault = set_.label;
    io.Fonts->Build();

    const ImFontGlyph* zero = set_.digits->FindGlyphNoFallback('0');
    set_.digit_ink = zero && zero->Y1 > zero->Y0 ? (zero->Y1 - zero->Y0) / set_.digits->FontSize
                                                 : kAssumedDigitInk;
    built_ = true;
}

}  // namespace hostspace::gui
