#pragma once
// The fonts the GUI draws with, rasterised by FreeType at the size the screen needs: logical
// size x the monitor's content scale x the user's UI scale (Ctrl+= / Ctrl+- / Ctrl+0). A
// scale change rebuilds the atlas between frames, never inside one.
#include <filesystem>
#include <string>

struct ImFont;

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

    // Builds the atlas at the current scale. With the ImGui context current and before the
    // first frame (the OpenGL backend uploads it in its first NewFrame). Missing font files
    // fall back to ImGui's built-in font with a warning on stderr.
    void build();
    // Rebuilds and re-uploads the atlas if the scale changed; true if it did. Between frames.
    bool rebuild_if_needed();

    // The monitor's scale (glfwGetWindowContentScale); a change rebuilds like a zoom.
    void set_content_scale(float scale) { content_scale_ = scale; }
    void zoom_in();
    void zoom_out();
    void zoom_reset();
    // Pixels per logical pixel: content scale x UI scale.
    float scale() const { return content_scale_ * ui_scale_; }
    float ui_scale() const { return ui_scale_; }
    const Fonts& fonts() const { return fonts_; }

  private:
    std::filesystem::path folder_;
    float content_scale_;
    float ui_scale_ = 1.0f;
    float built_scale_ = 0.0f;
    Fonts fonts_;
    bool warned_ = false;
};

}  // namespace hostspace::gui
