// The overview in the canvas's corner while the board is larger than the view: every note as
// a small coloured rectangle, the groups' outlines and the visible area as a frame. A click
// or a drag in it centres the view there (board_canvas_input.cpp routes the press).
#include "app/gui/board/board_minimap.hpp"

#include <algorithm>
#include <cmath>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

constexpr float kMaxWidth = 220, kMaxHeight = 150;  // logical pixels
constexpr float kShareOfCanvas = 0.3f;
constexpr float kWorldMargin = 40;  // board units around the content
constexpr float kMaxAspect = 4;     // the overview is at most 4 times wider than tall
constexpr float kToolbarRoom = 44;  // logical pixels kept free below it for the zoom buttons
constexpr std::size_t kDirectMarks = 1500;  // more notes than this are rasterised
constexpr float kCell = 2;                  // pixels per raster cell

// The content with a margin, made no more than kMaxAspect times wider than tall (or taller
// than wide): a board that is one long row still gets an overview a view frame fits in.
Rect world_of(const Rect& content) {
    Rect world = content.grown(kWorldMargin);
    if (world.w > kMaxAspect * world.h) {
        const float h = world.w / kMaxAspect;
        world.y -= (h - world.h) / 2;
        world.h = h;
    } else if (world.h > kMaxAspect * world.w) {
        const float w = world.h / kMaxAspect;
        world.x -= (w - world.w) / 2;
        world.w = w;
    }
    return world;
}

Rect world_of(const Canvas& c) {
    return world_of(c.layout().content);
}

float pixels_per_unit(const Canvas& c) {
    return c.minimap.w / world_of(c).w;
}

Rect to_minimap(const Canvas& c, const Rect& board, float k, const Rect& world) {
    return Rect{c.minimap.x + (board.x - world.x) * k, c.minimap.y + (board.y - world.y) * k,
                std::max(1.0f, board.w * k), std::max(1.0f, board.h * k)};
}

void paint_marks(const Canvas& c, float k, const Rect& world) {
    const auto& notes = c.layout().notes;
    if (notes.size() <= kDirectMarks) {
        for (const PlacedNote& placed : notes) {
            const Rect r = to_minimap(c, placed.rect, k, world);
            c.draw->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()),
                                  note_fill(colour_rgb(placed.note->colour.value)));
        }
        return;
    }
    MinimapRaster& raster = c.cache.minimap;
    const Vec2 size{c.minimap.w, c.minimap.h};
    if (raster.revision != c.cache.revision() || !(raster.size == size)) {
        std::vector<MinimapMark> marks;
        marks.reserve(notes.size());
        for (const PlacedNote& placed : notes) {
            Rect r = to_minimap(c, placed.rect, k, world);
            r.x -= c.minimap.x, r.y -= c.minimap.y;
            marks.push_back(MinimapMark{r, note_fill(colour_rgb(placed.note->colour.value))});
        }
        raster.runs = rasterise_minimap(marks, size, kCell);
        raster.revision = c.cache.revision();
        raster.size = size;
    }
    for (const MinimapRun& run : raster.runs) {
        c.draw->AddRectFilled(ImVec2(c.minimap.x + run.x0, c.minimap.y + run.y0),
                              ImVec2(c.minimap.x + run.x1, c.minimap.y + run.y1), run.colour);
    }
}

}  // namespace

std::vector<MinimapRun> rasterise_minimap(const std::vector<MinimapMark>& marks, Vec2 size,
                                          float cell) {
    const int cols = std::max(1, static_cast<int>(std::ceil(size.x / cell)));
    const int rows = std::max(1, static_cast<int>(std::ceil(size.y / cell)));
    std::vector<std::uint32_t> cells(static_cast<std::size_t>(cols) * rows, 0);
    for (const MinimapMark& mark : marks) {
        const int c0 = std::clamp(static_cast<int>(mark.rect.x / cell), 0, cols - 1);
        const int c1 = std::clamp(static_cast<int>(mark.rect.right() / cell), 0, cols - 1);
        const int r0 = std::clamp(static_cast<int>(mark.rect.y / cell), 0, rows - 1);
        const int r1 = std::clamp(static_cast<int>(mark.rect.bottom() / cell), 0, rows - 1);
        for (int row = r0; row <= r1; ++row) {
            std::fill_n(cells.begin() + static_cast<std::ptrdiff_t>(row) * cols + c0, c1 - c0 + 1,
                        mark.colour);
        }
    }
    std::vector<MinimapRun> runs;
    for (int row = 0; row < rows; ++row) {
        const std::uint32_t* line = &cells[static_cast<std::size_t>(row) * cols];
        for (int col = 0; col < cols;) {
            const std::uint32_t colour = line[col];
            int end = col + 1;
            while (end < cols && line[end] == colour) ++end;
            if (colour != 0) {
                const float y = static_cast<float>(row) * cell;
                runs.push_back(MinimapRun{static_cast<float>(col) * cell, y,
                                          static_cast<float>(end) * cell, y + cell, colour});
            }
            col = end;
        }
    }
    return runs;
}

Rect place_minimap(const Canvas& c) {
    const Rect& content = c.layout().content;
    if (content.w <= 0 || content.h <= 0) return Rect{};
    const Rect seen = c.map.visible();
    const bool all_in_view = content.x >= seen.x && content.y >= seen.y &&
                             content.right() <= seen.right() && content.bottom() <= seen.bottom();
    if (all_in_view) return Rect{};
    const float s = c.map.scale;
    const Rect world = world_of(content);
    const float max_w = std::min(kMaxWidth * s, c.map.size.x * kShareOfCanvas);
    const float max_h = std::min(kMaxHeight * s, c.map.size.y * kShareOfCanvas);
    const float k = std::min(max_w / world.w, max_h / world.h);
    const float w = std::floor(world.w * k), h = std::floor(world.h * k);
    if (w < 8 || h < 8) return Rect{};
    const float margin = 10 * s;
    return Rect{std::floor(c.map.min.x + c.map.size.x - w - margin),
                std::floor(c.map.min.y + c.map.size.y - h - kToolbarRoom * s), w, h};
}

void paint_minimap(const Canvas& c) {
    if (c.minimap.w <= 0) return;
    const Rect& m = c.minimap;
    const float s = c.map.scale;
    const ImVec2 a(m.x, m.y), b(m.right(), m.bottom());
    c.draw->AddRectFilled(ImVec2(a.x - 4 * s, a.y - 4 * s), ImVec2(b.x + 4 * s, b.y + 4 * s),
                          colours::rgb(0xFFFFFF), 6 * s);
    c.draw->AddRect(ImVec2(a.x - 4 * s, a.y - 4 * s), ImVec2(b.x + 4 * s, b.y + 4 * s),
                    colours::board_edge, 6 * s, 0, 1.0f * s);
    const Rect world = world_of(c);
    const float k = pixels_per_unit(c);
    c.draw->PushClipRect(a, b, true);
    for (const PlacedGroup& placed : c.layout().groups) {
        const Rect r = to_minimap(c, placed.region, k, world);
        c.draw->AddRect(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()), colours::group_edge);
    }
    paint_marks(c, k, world);
    const Rect v = to_minimap(c, c.map.visible(), k, world);
    c.draw->AddRect(ImVec2(v.x, v.y), ImVec2(v.right(), v.bottom()), colours::accent, 0, 0,
                    2.0f * s);
    c.draw->PopClipRect();
}

CanvasView minimap_view_at(const Canvas& c, Vec2 screen) {
    const Rect world = world_of(c);
    const float k = pixels_per_unit(c);
    const Vec2 point{world.x + (screen.x - c.minimap.x) / k,
                     world.y + (screen.y - c.minimap.y) / k};
    return centre_on(c.map.view, point, c.map.size, c.map.scale);
}

}  // namespace hostspace::gui
