#include "core/board/geometry.hpp"

#include <algorithm>

namespace hostspace {

Rect Rect::united(const Rect& o) const {
    const float left = std::min(x, o.x), top = std::min(y, o.y);
    return Rect{left, top, std::max(right(), o.right()) - left,
                std::max(bottom(), o.bottom()) - top};
}

Rect note_rect(const Note& note) {
    return {note.position.value.x, note.position.value.y, kNoteWidth, kNoteHeight};
}

Rect group_title_rect(const Group& group) {
    return {group.position.value.x, group.position.value.y, kNoteWidth, kGroupTitleBand};
}

Vec2 find_free_spot(const std::vector<Rect>& taken, int columns, Vec2 anchor) {
    columns = std::max(columns, 1);
    const float pitch_x = kNoteWidth + kNoteGap, pitch_y = kNoteHeight + kNoteGap;
    const float reach = kNoteGap / 2 - 0.5f;  // a cell keeps this clear around it
    // Only what lies across the grid's columns can be in the way; sorted by top, so each row
    // of cells is checked against the few rectangles near it, not the whole board (a board of
    // 10,000 notes would otherwise cost seconds per new note).
    const float left = anchor.x - reach, right = anchor.x + columns * pitch_x + reach;
    std::vector<Rect> near;
    float bottom = anchor.y, tallest = 0;
    for (const Rect& r : taken) {
        bottom = std::max(bottom, r.bottom());
        if (r.right() > left && r.x < right) {
            near.push_back(r);
            tallest = std::max(tallest, r.h);
        }
    }
    std::sort(near.begin(), near.end(), [](const Rect& a, const Rect& b) { return a.y < b.y; });
    // Below everything taken every cell is free, so the search ends there at the latest.
    const int rows = static_cast<int>((bottom - anchor.y) / pitch_y) + 2;
    for (int row = 0; row < rows; ++row) {
        const float top = anchor.y + static_cast<float>(row) * pitch_y;
        // Rectangles that can reach the row's band: their top is above its bottom, and no
        // more than the tallest rectangle above its top.
        const auto first = std::lower_bound(near.begin(), near.end(), top - reach - tallest,
                                            [](const Rect& r, float y) { return r.y < y; });
        const auto last = std::lower_bound(first, near.end(), top + kNoteHeight + reach,
                                           [](const Rect& r, float y) { return r.y < y; });
        for (int column = 0; column < columns; ++column) {
            const Rect candidate{anchor.x + static_cast<float>(column) * pitch_x, top, kNoteWidth,
                                 kNoteHeight};
            const Rect with_gap = candidate.grown(reach);
            const bool free =
                std::none_of(first, last, [&](const Rect& r) { return r.overlaps(with_gap); });
            if (free) return Vec2{candidate.x, candidate.y};
        }
    }
    return Vec2{anchor.x, anchor.y + static_cast<float>(rows) * pitch_y};
}

Vec2 find_spot_in_group(const Board& board, const Group& group, const std::vector<Rect>& taken) {
    const Vec2 anchor{group.position.value.x, group.position.value.y + kGroupTitleBand};
    float right = anchor.x + kNoteWidth;
    for (const Note& note : board.notes) {
        if (!note.deleted.value && note.group_id.value == group.id) {
            right = std::max(right, note.position.value.x + kNoteWidth);
        }
    }
    const int spread = static_cast<int>((right - anchor.x + kNoteGap) / (kNoteWidth + kNoteGap));
    return find_free_spot(taken, std::max(3, spread), anchor);
}

}  // namespace hostspace
