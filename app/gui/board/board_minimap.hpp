#pragma once
// The overview's picture of a large board, kept between frames: the notes rasterised into
// runs of small cells, so a board of 10,000 notes costs the overview a few hundred rectangles
// per frame instead of 10,000. Built again only when the layout or the overview's size changes.
#include <cstdint>
#include <vector>

#include "core/board/geometry.hpp"

namespace hostspace::gui {

struct MinimapRun {
    float x0, y0, x1, y1;  // pixels from the overview's corner
    std::uint32_t colour;  // as ImGui draws it (ImU32)
};

struct MinimapRaster {
    std::uint64_t revision = 0;  // of the layout it was made from; 0: never made
    Vec2 size;                   // the overview's size in pixels
    std::vector<MinimapRun> runs;
};

// One coloured rectangle to rasterise: a note, in overview pixels.
struct MinimapMark {
    Rect rect;
    std::uint32_t colour;
};

// `marks` (later ones on top) into cells of `cell` pixels over an overview of `size` pixels,
// merged into runs along each row.
std::vector<MinimapRun> rasterise_minimap(const std::vector<MinimapMark>& marks, Vec2 size,
                                          float cell);

}  // namespace hostspace::gui
