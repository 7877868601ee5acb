#pragma once
// The fonts the GUI draws with, rasterised by FreeType at the size the screen needs: logical
// size x the monitor's content scale x the user's UI scale (Ctrl+= / Ctrl+- / Ctrl+0). The
// atlas holds the characters in use (app/gui/text): a scale change rebuilds it between frames;
// a new character (typed, imported, synced) rebuilds it on a worker thread and the new atlas
// is swapped in between frames when it is ready.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/text/atlas_worker.hpp"
#include "app/gui/text/char_set.hpp"

struct ImFont;
struct ImGuiContext;

namespace hostspace::gui {

struct Fonts {
    ImFont* body = nullptr;        // 18 px: UI text, note text
    ImFont* body_small = nullptr;  // 15.5 px: note text that would not fit at body size
    ImFont* caption = nullptr;     // 14 px: authors, hints, status line
    ImFont* bold = nullptr;        // 18 px bold: group titles, section heads
    ImFont* heading = nullptr;     // 26 px bold: the session title
};

class FontManager {
  public:
    FontManager(std::filesystem::path fonts_folder, float content_scale);
    ~FontManager();
    FontManager(const FontManager&) = delete;
    FontManager& operator=(const FontManager&) = delete;

    // Builds the atlas at the current scale for the characters wanted so far, and waits for
    // it. With the ImGui context current and before the first frame (the OpenGL backend
    // uploads it in its first NewFrame).
    void build();
    // Rebuilds and re-uploads the atlas if the scale changed; true if it did. Between frames.
    bool rebuild_if_needed();

    // Characters the window shows or is about to; a new one starts a build on the worker.
    void want(const CharSet& chars);
    // Swaps in an atlas the worker finished, and uploads it; true if it did (the caller
    // repaints everything). Between frames.
    bool take_built();
    // Waits for the worker and swaps in what it built (`hostspace shot`, tests).
    void finish_building();

    // The monitor's scale (glfwGetWindowContentScale); a change rebuilds like a zoom.
    void set_content_scale(float scale) { content_scale_ = scale; }
    void zoom_in();
    void zoom_out();
    void zoom_reset();
    // Pixels per logical pixel: content scale x UI scale.
    float scale() const { return content_scale_ * ui_scale_; }
    float ui_scale() const { return ui_scale_; }
    const Fonts& fonts() const { return fonts_; }
    // Counts atlas swaps: a cache of text measured with the fonts compares it.
    std::uint64_t generation() const { return generation_; }
    // Wanted characters no installed font has (drawn as boxes with their code points).
    const std::vector<ImWchar>& missing() const;
    // The atlas drawn with now, for the draw log's coverage check.
    const BuiltAtlas* atlas() const { return current_.get(); }
    // What the last new characters cost the window's thread: planning their atlas, and
    // swapping it in with its upload (milliseconds; the draw log reports them).
    double plan_ms() const { return plan_ms_; }
    double swap_ms() const { return swap_ms_; }

  private:
    std::vector<FontSpec> specs() const;
    void install(std::unique_ptr<BuiltAtlas> built, bool upload);

    std::filesystem::path folder_;
    float content_scale_;
    float ui_scale_ = 1.0f;
    float built_scale_ = 0.0f;
    Fonts fonts_;
    CharSet wanted_;
    CharSet asked_;  // what the current or pending atlas was planned for
    std::unique_ptr<BuiltAtlas> current_;
    ImGuiContext* context_ = nullptr;
    std::uint64_t generation_ = 0;
    double plan_ms_ = 0, swap_ms_ = 0;
    AtlasWorker worker_;
};

// One line for the draw log about `atlas`: how many of `chars` it draws with a glyph of their
// own in every text font, how many it does not hold yet (a newer atlas is being built), the
// code points it draws as boxes (no installed font has them), and what building it cost.
std::string atlas_report(const char* window, const BuiltAtlas& atlas, const CharSet& chars,
                         double plan_ms = 0, double swap_ms = 0);

}  // namespace hostspace::gui
