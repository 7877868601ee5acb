#include "core/board/canvas_view.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace {

Vec2 CanvasMapping::to_screen(Vec2 board) const {
    const float ppu = pixels_per_unit();
    return Vec2{min.x + (board.x - view.offset.x) * ppu, min.y + (board.y - view.offset.y) * ppu};
}

Vec2 CanvasMapping::to_board(Vec2 screen) const {
    const float ppu = pixels_per_unit();
    return Vec2{view.offset.x + (screen.x - min.x) / ppu, view.offset.y + (screen.y - min.y) / ppu};
}

Rect CanvasMapping::to_screen(const Rect& board) const {
    const Vec2 a = to_screen(Vec2{board.x, board.y});
    const float ppu = pixels_per_unit();
    return Rect{a.x, a.y, board.w * ppu, board.h * ppu};
}

Rect CanvasMapping::visible() const {
    const float ppu = pixels_per_unit();
    return Rect{view.offset.x, view.offset.y, size.x / ppu, size.y / ppu};
}

float clamp_zoom(float zoom) {
    if (!std::isfinite(zoom)) return 1;
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

bool contains(const Rect& rect, Vec2 point) {
    return point.x >= rect.x && point.x < rect.right() && point.y >= rect.y &&
           point.y < rect.bottom();
}

CanvasView zoom_about(CanvasView view, float scale, Vec2 anchor, float zoom) {
    const float before = scale * view.zoom;
    const Vec2 under{view.offset.x + anchor.x / before, view.offset.y + anchor.y / before};
    view.zoom = clamp_zoom(zoom);
    const float after = scale * view.zoom;
    view.offset = Vec2{under.x - anchor.x / after, under.y - anchor.y / after};
    return view;
}

CanvasView pan_by(CanvasView view, float scale, Vec2 pixels) {
    const float ppu = scale * view.zoom;
    view.offset.x -= pixels.x / ppu;
    view.offset.y -= pixels.y / ppu;
    return view;
}

CanvasView fit_view(const Rect& content, Vec2 size, float scale, float margin) {
    CanvasView view;
    if (content.w <= 0 || content.h <= 0) return view;
    const float room_x = std::max(size.x - 2 * margin, 1.0f);
    const float room_y = std::max(size.y - 2 * margin, 1.0f);
    view.zoom =
        clamp_zoom(std::min({room_x / (content.w * scale), room_y / (content.h * scale), 1.0f}));
    return centre_on(view, Vec2{content.x + content.w / 2, content.y + content.h / 2}, size, scale);
}

CanvasView reveal_rect(CanvasView view, const Rect& rect, Vec2 size, float scale, float margin) {
    const float ppu = scale * view.zoom;
    const float m = margin / ppu;
    const float width = size.x / ppu, height = size.y / ppu;
    // Per axis: the far edge into sight first, then the near edge, which wins.
    if (rect.right() + m > view.offset.x + width) view.offset.x = rect.right() + m - width;
    if (rect.x - m < view.offset.x) view.offset.x = rect.x - m;
    if (rect.bottom() + m > view.offset.y + height) view.offset.y = rect.bottom() + m - height;
    if (rect.y - m < view.offset.y) view.offset.y = rect.y - m;
    return view;
}

CanvasView centre_on(CanvasView view, Vec2 centre, Vec2 size, float scale) {
    const float ppu = scale * view.zoom;
    view.offset = Vec2{centre.x - size.x / 2 / ppu, centre.y - size.y / 2 / ppu};
    return view;
}

}  // namespace hostspace
