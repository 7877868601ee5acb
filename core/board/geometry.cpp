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
    // Below everything taken every cell is free, so the search ends there at the latest.
    float bottom = anchor.y;
    for (const Rect& r : taken) bottom = std::max(bottom, r.bottom());
    const int rows = static_cast<int>((bottom - anchor.y) / pitch_y) + 2;
    const int cells = columns * rows;
    for (int cell = 0; cell < cells; ++cell) {
        const Rect candidate{anchor.x + static_cast<float>(cell % columns) * pitch_x,
                             anchor.y + static_cast<float>(cell / columns) * pitch_y, kNoteWidth,
                             kNoteHeight};
        const Rect with_gap = candidate.grown(kNoteGap / 2 - 0.5f);
        const bool free = std::none_of(taken.begin(), taken.end(),
                                       [&](const Rect& r) { return r.overlaps(with_gap); });
        if (free) return Vec2{candidate.x, candidate.y};
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
