#pragma once
// The things the board picture is made of, each laid out once and painted from that layout:
// a note card, a theme's title band (its title, note count and dots) with the frame round its
// notes, and a summary tile for a theme when the board is too large to draw its notes.
#include <cairo.h>

#include <cstdint>
#include <string>

#include "core/board/geometry.hpp"
#include "core/export/board_png_layout.hpp"
#include "core/export/board_png_look.hpp"
#include "core/export/board_png_text.hpp"
#include "core/export/harvest_document.hpp"

namespace hostspace::doc::png {

struct CardLayouts {
    LayoutPtr text, author, badge;
    double height = 0;
};
CardLayouts lay_out_card(const TextKit& kit, const BoardCard& card, const ItemLook& look);
// `height`: the card's height on the picture (small cards are all one height).
void paint_card(cairo_t* cr, const BoardCard& card, CardLayouts& layouts, const ItemLook& look,
                const Rect& at);

struct HeaderLayouts {
    LayoutPtr title, count;
    double height = 0;
};
HeaderLayouts lay_out_header(const TextKit& kit, const BoardTheme& theme, const ItemLook& look,
                             double width);
void paint_frame(cairo_t* cr, const std::string& colour, const Rect& frame);
void paint_header(cairo_t* cr, const std::string& colour, const HeaderLayouts& layouts,
                  const ItemLook& look, const Rect& at);

// A summary tile: a title and a count line in a box of the theme's colour.
void paint_tile(cairo_t* cr, const TextKit& kit, const std::string& title, const std::string& count,
                const std::string& colour, const Rect& at, double title_px, double count_px);

// The title and subtitle as drawn (the plan measures them; the painter draws these).
LayoutPtr title_layout(const TextKit& kit, const BoardPicture& board, const BoardPlan& plan);
LayoutPtr subtitle_layout(const TextKit& kit, const BoardPlan& plan);

// Colours as Cairo takes them.
struct Rgb {
    double r = 0, g = 0, b = 0;
};
Rgb rgb_of(std::uint32_t rgb);
// A note colour as drawn (colour_rgb: an unknown or empty name is the default yellow).
Rgb note_rgb(const std::string& colour);
// A theme colour as drawn: a theme without a colour is grey.
Rgb theme_rgb(const std::string& colour);
// Near-black on light colours, white on dark ones.
Rgb ink_on(const Rgb& background);
void set_rgb(cairo_t* cr, const Rgb& colour);
void rounded_rect(cairo_t* cr, const Rect& r, double radius);

}  // namespace hostspace::doc::png
