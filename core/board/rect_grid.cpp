#include "core/board/rect_grid.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace {
namespace {

// A cell holds a few notes at typical density; the cell count is capped so a note placed far
// away by a stray op cannot make the grid huge.
constexpr float kMinCell = 256;
constexpr float kMaxCells = 16384;

bool usable(const Rect& r) {
    return std::isfinite(r.x) && std::isfinite(r.y) && std::isfinite(r.w) && std::isfinite(r.h);
}

bool contains_point(const Rect& r, Vec2 p) {
    return p.x >= r.x && p.x < r.right() && p.y >= r.y && p.y < r.bottom();
}

}  // namespace

void RectGrid::build(const std::vector<Rect>& rects) {
    rects_ = rects;
    cell_start_.clear();
    items_.clear();
    cols_ = rows_ = 0;
    bool any = false;
    Rect bounds;
    for (const Rect& r : rects_) {
        if (!usable(r)) continue;
        bounds = any ? bounds.united(r) : r;
        any = true;
    }
    if (!any) return;
    const double area = static_cast<double>(bounds.w) * static_cast<double>(bounds.h);
    cell_ = std::max(kMinCell, static_cast<float>(std::sqrt(area / kMaxCells)));
    origin_ = Vec2{bounds.x, bounds.y};
    cols_ = std::max(1, static_cast<int>(std::ceil(bounds.w / cell_)));
    rows_ = std::max(1, static_cast<int>(std::ceil(bounds.h / cell_)));
    // A very long, thin board: wider cells rather than an unbounded row.
    while (static_cast<double>(cols_) * rows_ > 4 * kMaxCells) {
        cell_ *= 2;
        cols_ = std::max(1, static_cast<int>(std::ceil(bounds.w / cell_)));
        rows_ = std::max(1, static_cast<int>(std::ceil(bounds.h / cell_)));
    }

    // Counting sort into cells: two passes, one allocation each.
    const std::size_t cells = static_cast<std::size_t>(cols_) * rows_;
    std::vector<std::uint32_t> count(cells + 1, 0);
    int c0, r0, c1, r1;
    for (const Rect& r : rects_) {
        if (!usable(r) || !cell_range(r, c0, r0, c1, r1)) continue;
        for (int row = r0; row <= r1; ++row) {
            for (int col = c0; col <= c1; ++col)
                ++count[static_cast<std::size_t>(row) * cols_ + col];
        }
    }
    cell_start_.assign(cells + 1, 0);
    for (std::size_t c = 0; c < cells; ++c) cell_start_[c + 1] = cell_start_[c] + count[c];
    items_.resize(cell_start_[cells]);
    std::vector<std::uint32_t> fill(cell_start_.begin(), cell_start_.end() - 1);
    for (std::uint32_t i = 0; i < rects_.size(); ++i) {
        const Rect& r = rects_[i];
        if (!usable(r) || !cell_range(r, c0, r0, c1, r1)) continue;
        for (int row = r0; row <= r1; ++row) {
            for (int col = c0; col <= c1; ++col) {
                items_[fill[static_cast<std::size_t>(row) * cols_ + col]++] = i;
            }
        }
    }
}

bool RectGrid::cell_range(const Rect& area, int& c0, int& r0, int& c1, int& r1) const {
    if (cols_ == 0 || !usable(area)) return false;
    const float x0 = (area.x - origin_.x) / cell_, x1 = (area.right() - origin_.x) / cell_;
    const float y0 = (area.y - origin_.y) / cell_, y1 = (area.bottom() - origin_.y) / cell_;
    if (x1 < 0 || y1 < 0 || x0 >= static_cast<float>(cols_) || y0 >= static_cast<float>(rows_)) {
        return false;
    }
    c0 = std::clamp(static_cast<int>(std::floor(x0)), 0, cols_ - 1);
    c1 = std::clamp(static_cast<int>(std::floor(x1)), 0, cols_ - 1);
    r0 = std::clamp(static_cast<int>(std::floor(y0)), 0, rows_ - 1);
    r1 = std::clamp(static_cast<int>(std::floor(y1)), 0, rows_ - 1);
    return true;
}

void RectGrid::query(const Rect& area, std::vector<std::uint32_t>& out) const {
    out.clear();
    int c0, r0, c1, r1;
    if (!cell_range(area, c0, r0, c1, r1)) return;
    for (int row = r0; row <= r1; ++row) {
        for (int col = c0; col <= c1; ++col) {
            const std::size_t cell = static_cast<std::size_t>(row) * cols_ + col;
            for (std::uint32_t k = cell_start_[cell]; k < cell_start_[cell + 1]; ++k) {
                const std::uint32_t i = items_[k];
                if (rects_[i].overlaps(area)) out.push_back(i);
            }
        }
    }
    // A rect spanning several cells was found once per cell.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

int RectGrid::top_most_at(Vec2 point, int skip) const {
    int c0, r0, c1, r1;
    if (!cell_range(Rect{point.x, point.y, 0, 0}, c0, r0, c1, r1)) return -1;
    const std::size_t cell = static_cast<std::size_t>(r0) * cols_ + c0;
    int best = -1;
    for (std::uint32_t k = cell_start_[cell]; k < cell_start_[cell + 1]; ++k) {
        const int i = static_cast<int>(items_[k]);
        if (i != skip && i > best && contains_point(rects_[i], point)) best = i;
    }
    return best;
}

}  // namespace hostspace
