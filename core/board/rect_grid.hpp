#pragma once
// Finding the few notes a view or a pointer touches among thousands: a uniform grid over the
// notes' rectangles, built once per board layout. Queries cost the cells they cover, not the
// notes on the board, which keeps a 10,000-note frame cheap.
#include <cstdint>
#include <vector>

#include "core/board/geometry.hpp"

namespace hostspace {

class RectGrid {
  public:
    // Indexes `rects` (index = position in the vector, which is also the paint order).
    void build(const std::vector<Rect>& rects);

    // Indices of the rects that overlap `area`, ascending (so painting them in this order
    // keeps the board's stacking). `out` is cleared first; reuse it to avoid allocations.
    void query(const Rect& area, std::vector<std::uint32_t>& out) const;

    // The top-most (highest index) rect containing `point`, other than `skip`; -1 if none.
    int top_most_at(Vec2 point, int skip = -1) const;

    std::size_t size() const { return rects_.size(); }
    const Rect& rect(std::size_t i) const { return rects_[i]; }

  private:
    // The cells `area` covers, clamped to the grid; false when it misses the grid.
    bool cell_range(const Rect& area, int& c0, int& r0, int& c1, int& r1) const;

    std::vector<Rect> rects_;
    Vec2 origin_;
    float cell_ = 1;
    int cols_ = 0, rows_ = 0;
    std::vector<std::uint32_t> cell_start_;  // per cell, where its items begin in items_
    std::vector<std::uint32_t> items_;       // rect indices, cell by cell, ascending in a cell
};

}  // namespace hostspace
