#pragma once
// The projector's fonts, rasterised for its window: text sizes are shares of the window's
// height, so the picture scales with the screen it is on. Its atlas holds only the characters
// the projector can show (the session's texts plus ASCII), which keeps it small even with the
// countdown digits a quarter of a 4K screen tall; a new character, a notably different
// window height or board scale rebuilds it between frames.
#include <imgui.h>

#include <filesystem>
#include <vector>

#include "app/gui/shell/fonts.hpp"

namespace hostspace::gui {

constexpr int kQuestionSizes = 6;
// Board mode's note text and bylines, in board units (pixels at board scale 1).
constexpr float kBoardBodyUnits = 26;
constexpr float kBoardCaptionUnits = 22;

struct ProjectorFontSet {
    float height = 0;                       // the window height these were built for, in pixels
    ImFont* display = nullptr;              // bold, for a plaque's or idle screen's main line
    ImFont* title = nullptr;                // bold, the round's title
    ImFont* question[kQuestionSizes] = {};  // regular, largest first: the question shrinks to fit
    ImFont* label = nullptr;                // regular: step line, speaker, "Paused"
    ImFont* label_bold = nullptr;
    ImFont* caption = nullptr;  // regular, small: hints
    ImFont* digits = nullptr;   // bold, only 0-9 : + - and space: the countdown
    ImFont* banner = nullptr;   // bold, capitals only: "PAUSED" across the screen
    float digit_ink = 0;        // ink height of "0" per pixel of font size (about 0.72)
    float board_scale = 1;      // pixels per board unit the board fonts are built for
    Fonts board;                // note and group fonts for board mode, at board_scale
};

// The countdown's digits are this share of the window's height, at most (narrow windows
// shrink them to fit the width); the fonts are built for it.
constexpr float kDigitsShare = 0.27f;
// The capitals of the PAUSED banner are this share of the window's height: about 8 cm on a
// screen 2 m tall, which reads from well beyond 10 m.
constexpr float kBannerCapsShare = 0.10f;

class ProjectorFonts {
  public:
    explicit ProjectorFonts(std::filesystem::path fonts_folder);

    // With the projector's ImGui context current, between frames. Rebuilds the atlas when the
    // window height or board scale moved by more than a few percent since the last build, or
    // `chars` holds a character it lacks; re-uploads it when `upload`. True if it rebuilt.
    bool update(float height, float board_scale, const ImFontGlyphRangesBuilder& chars,
                bool upload = true);
    const ProjectorFontSet& fonts() const { return set_; }

  private:
    void read_files();
    void build(float height, float board_scale);

    std::filesystem::path folder_;
    // The font files, read once: the atlas is rebuilt from them whenever the window resizes.
    std::vector<char> regular_, bold_, symbols_;
    bool files_read_ = false;
    ProjectorFontSet set_;
    ImFontGlyphRangesBuilder built_chars_;
    ImVector<ImWchar> ranges_;  // the atlas points at these until the next build
    bool built_ = false;
};

}  // namespace hostspace::gui
