#include "app/gui/projector/projector_fonts.hpp"

#include <algorithm>
#include <cmath>

#include "app/gui/text/atlas_install.hpp"
#include "app/gui/text/font_library.hpp"

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

bool drifted(float built, float wanted, float tolerance) {
    return built <= 0 || std::fabs(wanted / built - 1.0f) > tolerance;
}

// The order of the fonts in the atlas's list.
enum FontIndex {
    kDisplay,
    kTitle,
    kQuestion,
    kLabel = kQuestion + kQuestionSizes,
    kLabelBold,
    kCaption,
    kDigits,
    kBanner,
    kBoardBody,
    kBoardBodySmall,
    kBoardCaption,
    kBoardBold,
    kBoardHeading,
    kFontCount,
};

}  // namespace

ProjectorFonts::ProjectorFonts(std::filesystem::path fonts_folder)
    : folder_(std::move(fonts_folder)) {}

ProjectorFonts::~ProjectorFonts() {
    release_atlas(context_, current_.get());
}

std::vector<FontSpec> ProjectorFonts::specs(float height, float board_scale) const {
    auto px = [](float size) { return std::max(6.0f, std::round(size)); };
    std::vector<FontSpec> out(kFontCount);
    // The large type holds the room's texts only (session_chars.hpp: add_room_text).
    out[kDisplay] = {px(height * kDisplayShare), true, nullptr, true};
    out[kTitle] = {px(height * kTitleShare), true, nullptr, true};
    for (int i = 0; i < kQuestionSizes; ++i) {
        out[kQuestion + i] = {px(height * kQuestionShares[i]), false, nullptr, true};
    }
    out[kLabel] = {px(height * kLabelShare), false, nullptr, true};
    out[kLabelBold] = {px(height * kLabelShare), true, nullptr, true};
    out[kCaption] = {px(height * kCaptionShare), false, nullptr, true};
    out[kDigits] = {px(height * kDigitsShare / kAssumedDigitInk), true, kDigitRanges};
    // Noto Sans Bold's capitals are as tall as its figures.
    out[kBanner] = {px(height * kBannerCapsShare / kAssumedDigitInk), true, kBannerRanges};
    // Larger than the control window's (fonts.hpp), for reading across the room. Board mode
    // writes every note in the body size (projector_note_text.cpp), the byline in the caption.
    out[kBoardBody] = {px(kBoardBodyUnits * board_scale), false};
    out[kBoardBodySmall] = {px(21.0f * board_scale), false};
    out[kBoardCaption] = {px(kBoardCaptionUnits * board_scale), false};  // bylines
    out[kBoardBold] = {px(22.0f * board_scale), true};
    out[kBoardHeading] = {px(30.0f * board_scale), true};
    return out;
}

AtlasRecipe ProjectorFonts::plan(float height, float board_scale) {
    asked_ = wanted_;
    asked_room_ = wanted_room_;
    return plan_atlas(specs(height, board_scale), wanted_, font_library(folder_), &wanted_room_);
}

bool ProjectorFonts::update(float height, float board_scale, const CharSet& chars,
                            const CharSet& room_chars, bool upload, bool wait) {
    bool changed = false;
    if (std::unique_ptr<BuiltAtlas> built = worker_.take()) {
        // Planned at the sizes in use, unless the window was resized since (and rebuilt).
        if (built->recipe.fonts[kLabel].spec.size == set_.label->FontSize &&
            built->recipe.fonts[kBoardBody].spec.size == set_.board.body->FontSize) {
            install(std::move(built), upload, set_.height, set_.board_scale);
            changed = true;
        }
    }
    if (wanted_.lacks_any_of(chars)) wanted_.add_all(chars);
    if (wanted_room_.lacks_any_of(room_chars)) wanted_room_.add_all(room_chars);
    if (!current_ || drifted(set_.height, height, kRebuildDrift) ||
        drifted(set_.board_scale, board_scale, kBoardRebuildDrift)) {
        install(build_atlas(plan(height, board_scale)), upload, height, board_scale);
        return true;
    }
    if (asked_.lacks_any_of(wanted_) || asked_room_.lacks_any_of(wanted_room_)) {
        if (wait) {
            install(build_atlas(plan(set_.height, set_.board_scale)), upload, set_.height,
                    set_.board_scale);
            return true;
        }
        worker_.submit(plan(set_.height, set_.board_scale));
    }
    return changed;
}

void ProjectorFonts::install(std::unique_ptr<BuiltAtlas> built, bool upload, float height,
                             float board_scale) {
    context_ = ImGui::GetCurrentContext();
    install_atlas(*built, upload);
    current_ = std::move(built);
    const std::vector<ImFont*>& f = current_->fonts;
    set_ = ProjectorFontSet{};
    set_.height = height;
    set_.board_scale = board_scale;
    set_.display = f[kDisplay];
    set_.title = f[kTitle];
    for (int i = 0; i < kQuestionSizes; ++i) set_.question[i] = f[kQuestion + i];
    set_.label = f[kLabel];
    set_.label_bold = f[kLabelBold];
    set_.caption = f[kCaption];
    set_.digits = f[kDigits];
    set_.banner = f[kBanner];
    set_.board =
        Fonts{f[kBoardBody], f[kBoardBodySmall], f[kBoardCaption], f[kBoardBold], f[kBoardHeading]};
    ImGui::GetIO().FontDefault = set_.label;
    const ImFontGlyph* zero = set_.digits->FindGlyphNoFallback('0');
    set_.digit_ink = zero && zero->Y1 > zero->Y0 ? (zero->Y1 - zero->Y0) / set_.digits->FontSize
                                                 : kAssumedDigitInk;
}

}  // namespace hostspace::gui
