#include "core/board/flow_layout.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace {
namespace {

// Up to this many columns every count is tried; beyond it (a theme of hundreds of notes) counts
// grow by a sixth, which keeps a 10,000-note board to a few dozen tries.
constexpr int kEveryColumnUpTo = 24;
constexpr double kColumnGrowth = 1.15;
// Up to this many boxes every row width that some run of boxes makes is tried; beyond it,
// widths grow by 3 % from the widest box to all of them in one row.
constexpr std::size_t kEveryRowWidthUpTo = 40;
constexpr float kRowWidthGrowth = 1.03f;

struct Grid {
    int columns = 0;
    float width = 0, height = 0;
};

Grid grid_of(const FlowBlockSpec& spec, int columns, const FlowSpacing& sp) {
    Grid grid;
    const int count = static_cast<int>(spec.note_heights.size());
    if (count == 0) {
        grid.height = spec.empty_height;
        return grid;
    }
    grid.columns = std::clamp(columns, 1, count);
    grid.width = static_cast<float>(grid.columns) * sp.note_width +
                 static_cast<float>(grid.columns - 1) * sp.note_gap;
    for (int first = 0; first < count; first += grid.columns) {
        const auto begin = spec.note_heights.begin() + first;
        const auto end = spec.note_heights.begin() + std::min(first + grid.columns, count);
        if (first > 0) grid.height += sp.note_gap;
        grid.height += *std::max_element(begin, end);
    }
    return grid;
}

float title_band(const FlowBlockSpec& spec, const FlowSpacing& sp) {
    return spec.titled ? sp.title_height : 0;
}

Vec2 box_size(const FlowBlockSpec& spec, const Grid& grid, const FlowSpacing& sp) {
    const float inner = std::max(grid.width, spec.titled ? spec.title_width : 0.0f);
    return {inner + 2 * sp.padding, title_band(spec, sp) + grid.height + 2 * sp.padding};
}

// Boxes in order, broken into rows no wider than `width` (a box wider than it has a row alone).
std::vector<std::vector<std::size_t>> break_rows(const std::vector<Vec2>& sizes, float width,
                                                 float gap) {
    std::vector<std::vector<std::size_t>> rows;
    float used = 0;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        if (rows.empty() || used + gap + sizes[i].x > width) {
            rows.push_back({i});
            used = sizes[i].x;
        } else {
            rows.back().push_back(i);
            used += gap + sizes[i].x;
        }
    }
    return rows;
}

Vec2 rows_extent(const std::vector<std::vector<std::size_t>>& rows, const std::vector<Vec2>& sizes,
                 float gap) {
    Vec2 extent{0, 0};
    for (const auto& row : rows) {
        float width = 0, height = 0;
        for (std::size_t k = 0; k < row.size(); ++k) {
            width += (k > 0 ? gap : 0) + sizes[row[k]].x;
            height = std::max(height, sizes[row[k]].y);
        }
        extent.x = std::max(extent.x, width);
        extent.y += (extent.y > 0 ? gap : 0) + height;
    }
    return extent;
}

float fit_scale(Vec2 extent, Vec2 room) {
    if (extent.x <= 0 || extent.y <= 0) return 0;
    return std::min(room.x / extent.x, room.y / extent.y);
}

std::vector<int> column_counts(int most) {
    std::vector<int> counts;
    for (int c = 1; c <= std::min(most, kEveryColumnUpTo); ++c) counts.push_back(c);
    double c = kEveryColumnUpTo;
    while (static_cast<int>(c) < most) {
        c = std::ceil(c * kColumnGrowth);
        counts.push_back(std::min(static_cast<int>(c), most));
    }
    return counts;
}

std::vector<float> row_widths(const std::vector<Vec2>& sizes, float gap) {
    std::vector<float> widths;
    if (sizes.size() <= kEveryRowWidthUpTo) {
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            float run = 0;
            for (std::size_t j = i; j < sizes.size(); ++j) {
                run += (j > i ? gap : 0) + sizes[j].x;
                widths.push_back(run);
            }
        }
        return widths;
    }
    float widest = 0, all = 0;
    for (const Vec2& size : sizes) {
        widest = std::max(widest, size.x);
        all += size.x + gap;
    }
    for (float w = widest; w < all; w *= kRowWidthGrowth) widths.push_back(w);
    widths.push_back(all);
    return widths;
}

struct Choice {
    float scale = -1;
    int columns = 1;
    std::vector<std::vector<std::size_t>> rows;
    Vec2 extent;
};

}  // namespace

FlowLayout flow_blocks(const std::vector<FlowBlockSpec>& blocks, const FlowSpacing& sp, Vec2 room,
                       float max_scale) {
    FlowLayout layout;
    if (blocks.empty() || room.x <= 0 || room.y <= 0) return layout;
    int most = 1;
    for (const auto& spec : blocks) {
        most = std::max(most, static_cast<int>(spec.note_heights.size()));
    }

    Choice best;
    std::vector<Vec2> sizes(blocks.size());
    for (int columns : column_counts(most)) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            sizes[i] = box_size(blocks[i], grid_of(blocks[i], columns, sp), sp);
        }
        for (float width : row_widths(sizes, sp.block_gap)) {
            auto rows = break_rows(sizes, width, sp.block_gap);
            const Vec2 extent = rows_extent(rows, sizes, sp.block_gap);
            const float scale = fit_scale(extent, room);
            // Strictly larger: of equal fits the first tried (fewer columns, narrower rows) wins.
            if (scale > best.scale * 1.0001f)
                best = Choice{scale, columns, std::move(rows), extent};
        }
    }
    if (best.scale <= 0) return layout;

    layout.scale = std::min(best.scale, max_scale > 0 ? max_scale : best.scale);
    const bool stretch = layout.scale >= best.scale;
    const Vec2 units{room.x / layout.scale, room.y / layout.scale};
    layout.extent = Rect{0, 0, units.x, units.y};
    layout.rows = static_cast<int>(best.rows.size());

    std::vector<Grid> grids(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        grids[i] = grid_of(blocks[i], best.columns, sp);
        sizes[i] = box_size(blocks[i], grids[i], sp);
    }
    layout.blocks.resize(blocks.size());
    // Stretched: the rows share the room's spare height in proportion to their own, and each
    // row's boxes share its spare width likewise. Centred otherwise.
    float spare_y = stretch ? units.y - best.extent.y : 0;
    float y = stretch ? 0 : (units.y - best.extent.y) / 2;
    float rows_height = 0;
    for (const auto& row : best.rows) {
        float height = 0;
        for (std::size_t i : row) height = std::max(height, sizes[i].y);
        rows_height += height;
    }
    for (const auto& row : best.rows) {
        float row_height = 0, row_width = 0;
        for (std::size_t k = 0; k < row.size(); ++k) {
            row_height = std::max(row_height, sizes[row[k]].y);
            row_width += sizes[row[k]].x;
        }
        const float gaps = static_cast<float>(row.size() - 1) * sp.block_gap;
        const float height =
            stretch ? row_height + spare_y * row_height / std::max(rows_height, 1.0f) : row_height;
        const float spare_x = units.x - (row_width + gaps);
        float x = stretch ? 0 : (units.x - best.extent.x) / 2;
        for (std::size_t i : row) {
            const FlowBlockSpec& spec = blocks[i];
            const Grid& grid = grids[i];
            const float width =
                stretch ? sizes[i].x + spare_x * sizes[i].x / row_width : sizes[i].x;
            FlowBlock& block = layout.blocks[i];
            block.columns = grid.columns;
            block.box = Rect{x, y, width, stretch ? height : sizes[i].y};
            block.title =
                Rect{x + sp.padding, y + sp.padding, width - 2 * sp.padding, title_band(spec, sp)};
            block.body = Rect{x + sp.padding, block.title.bottom(), width - 2 * sp.padding,
                              block.box.bottom() - sp.padding - block.title.bottom()};
            // The grid across the middle of the box, its rows from the top.
            const float left = x + (width - grid.width) / 2;
            float top = block.title.bottom();
            const int count = static_cast<int>(spec.note_heights.size());
            for (int first = 0; first < count; first += grid.columns) {
                float tallest = 0;
                for (int k = first; k < std::min(first + grid.columns, count); ++k) {
                    const float h = spec.note_heights[static_cast<std::size_t>(k)];
                    const float column = static_cast<float>(k - first);
                    block.notes.push_back(
                        Rect{left + column * (sp.note_width + sp.note_gap), top, sp.note_width, h});
                    tallest = std::max(tallest, h);
                }
                top += tallest + sp.note_gap;
            }
            x += width + sp.block_gap;
        }
        y += height + sp.block_gap;
    }
    return layout;
}

FlowChoice flow_largest_text(const std::vector<float>& widths,
                             const std::function<std::vector<FlowBlockSpec>(float)>& blocks_at,
                             FlowSpacing spacing, Vec2 room, float widest_share) {
    FlowChoice best;
    for (float width : widths) {
        if (width <= 0) continue;
        spacing.note_width = width;
        FlowLayout layout =
            flow_blocks(blocks_at(width), spacing, room, room.x * widest_share / width);
        if (best.note_width == 0 || layout.scale > best.layout.scale * 1.0001f) {
            best = FlowChoice{width, std::move(layout)};
        }
    }
    return best;
}

}  // namespace hostspace
