#pragma once
// Text for the board picture: one Pango context, made on an image surface like the picture's,
// so a text measured while the picture is planned is laid out exactly the same when it is
// drawn. User text only ever goes in through pango_layout_set_text (never markup), after
// printable_text().
#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace hostspace::doc::png {

struct GObjectUnref {
    void operator()(void* object) const {
        if (object != nullptr) g_object_unref(object);
    }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

struct TextStyle {
    double size_px = 18;
    bool bold = false;
    double width_px = 0;    // wrap at this width; 0: one unwrapped line per paragraph
    double height_px = 0;   // > 0: only the lines that fit, the last one ellipsized
    bool one_line = false;  // line breaks become spaces, and the line is ellipsized at width_px
    bool centred = false;
};

class TextKit {
  public:
    TextKit();
    ~TextKit();
    TextKit(const TextKit&) = delete;
    TextKit& operator=(const TextKit&) = delete;

    // A layout of `text` (passed through printable_text() here, so no caller can forget).
    LayoutPtr layout(const std::string& text, const TextStyle& style) const;

  private:
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* context_ = nullptr;
};

// The layout's logical size in pixels.
double layout_width(PangoLayout* layout);
double layout_height(PangoLayout* layout);

// How many characters of `text` no installed font could draw (each would be a "tofu" box).
int missing_glyphs(const TextKit& kit, const std::string& text);

}  // namespace hostspace::doc::png
