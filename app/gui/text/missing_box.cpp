#include "app/gui/text/missing_box.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace::gui {
namespace {

// 3 x 5 pixel hexadecimal digits, a row of three bits per line, top line first.
constexpr unsigned short kDigits[16][5] = {
    {7, 5, 5, 5, 7}, {2, 6, 2, 2, 7}, {7, 1, 7, 4, 7}, {7, 1, 7, 1, 7},
    {5, 5, 7, 1, 1}, {7, 4, 7, 1, 7}, {7, 4, 7, 5, 7}, {7, 1, 1, 1, 1},
    {7, 5, 7, 5, 7}, {7, 5, 7, 1, 7}, {7, 5, 7, 5, 5}, {6, 5, 6, 5, 6},
    {7, 4, 4, 4, 7}, {6, 5, 5, 5, 6}, {7, 4, 7, 4, 7}, {7, 4, 7, 4, 4},
};

// Pixels per digit pixel: two rows of digits and the gaps between fit inside the frame.
int digit_scale(int height) {
    return std::max(1, (height - 4) / 12);
}

}  // namespace

BoxSize missing_box_size(float font_size) {
    BoxSize size;
    const int k = digit_scale(static_cast<int>(std::lround(font_size * 0.75f)));
    // Frame (k), a pixel, two digits (3 k each) k apart, a pixel, frame (k); two rows of
    // digits (5 k each) k apart the same way down.
    size.width = 9 * k + 2;
    size.height = 13 * k + 2;
    size.advance = size.width + std::max(1, static_cast<int>(std::lround(font_size * 0.1f)));
    size.offset_y =
        std::round(std::max(0.0f, (font_size - static_cast<float>(size.height)) * 0.55f));
    return size;
}

void paint_missing_box(unsigned char* pixels, int atlas_width, int x, int y, const BoxSize& size,
                       ImWchar code_point) {
    const int k = std::max(1, (size.height - 2) / 13);
    auto set = [&](int px, int py) {
        if (px < 0 || py < 0 || px >= size.width || py >= size.height) return;
        pixels[(y + py) * atlas_width + x + px] = 0xFF;
    };
    for (int i = 0; i < size.width; ++i) {
        for (int t = 0; t < k; ++t) {
            set(i, t);
            set(i, size.height - 1 - t);
        }
    }
    for (int j = 0; j < size.height; ++j) {
        for (int t = 0; t < k; ++t) {
            set(t, j);
            set(size.width - 1 - t, j);
        }
    }
    if (code_point == 0xFFFD) return;
    const int left = k + 1;
    const int top = k + 1;
    for (int digit = 0; digit < 4; ++digit) {
        const int value = (code_point >> (12 - 4 * digit)) & 0xF;
        const int dx = left + (digit % 2) * 4 * k;
        const int dy = top + (digit / 2) * 6 * k;
        for (int row = 0; row < 5; ++row) {
            for (int col = 0; col < 3; ++col) {
                if (!(kDigits[value][row] & (4 >> col))) continue;
                for (int a = 0; a < k; ++a) {
                    for (int b = 0; b < k; ++b) set(dx + col * k + b, dy + row * k + a);
                }
            }
        }
    }
}

}  // namespace hostspace::gui
