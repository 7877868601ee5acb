#include "core/export/board_png_text.hpp"

#include <algorithm>
#include <cmath>

#include "core/export/printable_text.hpp"
#include "core/util/error.hpp"

namespace hostspace::doc::png {
namespace {

// Latin first, then the scripts the room writes in; fontconfig falls back beyond these.
constexpr const char* kFamilies =
    "Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Devanagari, DejaVu Sans";

int pango_units(double px) {
    return static_cast<int>(std::lround(px * PANGO_SCALE));
}

}  // namespace

TextKit::TextKit() {
    surface_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1);
    cr_ = cairo_create(surface_);
    if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) {
        const std::string why = cairo_status_to_string(cairo_status(cr_));
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
        throw Error("the board picture cannot set up its text: " + why);
    }
    context_ = pango_cairo_create_context(cr_);
    // Fixed options, not the machine's: no hinting, so a layout's size is the same whatever the
    // desktop's settings, and the same picture comes out on every run.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(context_, pango_language_from_string("en-gb"));
}

TextKit::~TextKit() {
    g_object_unref(context_);
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
}

LayoutPtr TextKit::layout(const std::string& text, const TextStyle& style) const {
    LayoutPtr layout(pango_layout_new(context_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFamilies);
    pango_font_description_set_absolute_size(font, style.size_px * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);

    std::string shown = printable_text(text);
    if (style.one_line) {
        std::replace(shown.begin(), shown.end(), '\n', ' ');
        std::replace(shown.begin(), shown.end(), '\t', ' ');
        pango_layout_set_single_paragraph_mode(layout.get(), TRUE);
    }
    pango_layout_set_text(layout.get(), shown.data(), static_cast<int>(shown.size()));
    if (style.width_px > 0) {
        pango_layout_set_width(layout.get(), pango_units(style.width_px));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        if (style.one_line) {
            pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        } else if (style.height_px > 0) {
            // A positive height holds whole lines only, across paragraphs; the last one shown
            // ends in an ellipsis when text is left out.
            pango_layout_set_height(layout.get(), pango_units(style.height_px));
            pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        }
    }
    if (style.centred) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    return layout;
}

double layout_width(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_pixel_extents(layout, nullptr, &logical);
    return logical.width;
}

double layout_height(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_pixel_extents(layout, nullptr, &logical);
    return logical.height;
}

int missing_glyphs(const TextKit& kit, const std::string& text) {
    const LayoutPtr layout = kit.layout(text, TextStyle{});
    return pango_layout_get_unknown_glyphs_count(layout.get());
}

}  // namespace hostspace::doc::png
