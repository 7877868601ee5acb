#pragma once
// The canvas's view of the board: which board point is at the canvas's top-left corner and
// how far it is zoomed, and the maths of panning, zooming and fitting: plain geometry, which the
// GUI's canvas draws with and the unit tests check.
#include "core/board/geometry.hpp"

namespace hostspace {

inline constexpr float kMinZoom = 0.15f;
inline constexpr float kMaxZoom = 3.0f;

struct CanvasView {
    // Board (0, 0) a margin in from the corner at 100 %: where the board always started.
    Vec2 offset{-kBoardMargin, -kBoardMargin};  // board point at the canvas's top-left
    float zoom = 1;
};

// One frame's mapping between board units and screen pixels.
struct CanvasMapping {
    Vec2 min;     // the canvas's top-left corner on screen
    Vec2 size;    // its size in pixels
    float scale;  // pixels per board unit at 100 % (the UI scale)
    CanvasView view;

    float pixels_per_unit() const { return scale * view.zoom; }
    Vec2 to_screen(Vec2 board) const;
    Vec2 to_board(Vec2 screen) const;
    Rect to_screen(const Rect& board) const;
    Rect visible() const;  // the board area in sight
};

float clamp_zoom(float zoom);
bool contains(const Rect& rect, Vec2 point);

// `view` zoomed to `zoom` (clamped), keeping the board point under `anchor` (pixels from the
// canvas's corner) where it is on screen.
CanvasView zoom_about(CanvasView view, float scale, Vec2 anchor, float zoom);
// `view` moved so the board follows the pointer by `pixels`.
CanvasView pan_by(CanvasView view, float scale, Vec2 pixels);
// All of `content` centred in a canvas of `size` pixels, `margin` pixels in from its edges,
// at most at 100 % (a fit never blows a few notes up to fill the screen).
CanvasView fit_view(const Rect& content, Vec2 size, float scale, float margin);
// `view` panned as little as needed for `rect` to be in sight `margin` pixels in from the
// edges (its top-left corner wins when it is larger than the canvas); unchanged if it is.
CanvasView reveal_rect(CanvasView view, const Rect& rect, Vec2 size, float scale, float margin);
// `view` centred on board point `centre`.
CanvasView centre_on(CanvasView view, Vec2 centre, Vec2 size, float scale);

}  // namespace hostspace
