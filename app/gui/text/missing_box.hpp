#pragma once
// The glyph for a character no installed font has: a box with its code point in hexadecimal,
// two digits above two, as fonts' "last resort" glyphs show it. A reader can look the code
// point up, and nobody mistakes it for a question mark.
#include <imgui.h>

namespace hostspace::gui {

struct BoxSize {
    int width = 0;
    int height = 0;
    int advance = 0;
    float offset_y = 0;  // from the top of the line
};

BoxSize missing_box_size(float font_size);

// Paints the box for `code_point` into an 8-bit atlas of `atlas_width` pixels a row at (x, y),
// `size` as missing_box_size gave it. U+FFFD (a character ImGui could not read) gets an empty
// box.
void paint_missing_box(unsigned char* pixels, int atlas_width, int x, int y, const BoxSize& size,
                       ImWchar code_point);

}  // namespace hostspace::gui
