#pragma once
// The projector's fonts, rasterised for its window: text sizes are shares of the window's
// height, so the picture scales with the screen it is on. Its atlas holds only the characters
// the projector can show (the session's texts plus the common scripts' letters), which keeps
// it small even with the countdown digits a quarter of a 4K screen tall. A notably different
// window height or board scale rebuilds it between frames; a new character rebuilds it on a
// worker thread, swapped in when ready (app/gui/text).
#include <imgui.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/text/atlas_worker.hpp"
#include "app/gui/text/char_set.hpp"

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
    ~ProjectorFonts();
    ProjectorFonts(const ProjectorFonts&) = delete;
    ProjectorFonts& operator=(const ProjectorFonts&) = delete;

    // With the projector's ImGui context current, between frames. Rebuilds the atlas when the
    // window height or board scale moved by more than a few percent since the last build;
    // starts a build on the worker when `chars` (Board mode's fonts) or `room_chars` (the
    // large type) hold a character it lacks (or builds it at once when `wait`), and swaps in
    // a finished one. Uploads what it swapped in when `upload`. True if the atlas changed.
    bool update(float height, float board_scale, const CharSet& chars, const CharSet& room_chars,
                bool upload = true, bool wait = false);
    const ProjectorFontSet& fonts() const { return set_; }
    const BuiltAtlas* atlas() const { return current_.get(); }

  private:
    std::vector<FontSpec> specs(float height, float board_scale) const;
    AtlasRecipe plan(float height, float board_scale);
    void install(std::unique_ptr<BuiltAtlas> built, bool upload, float height, float board_scale);

    std::filesystem::path folder_;
    ProjectorFontSet set_;
    CharSet wanted_, wanted_room_;
    CharSet asked_, asked_room_;  // what the current or pending atlas was planned for
    std::unique_ptr<BuiltAtlas> current_;
    ImGuiContext* context_ = nullptr;
    AtlasWorker worker_;
};

}  // namespace hostspace::gui
