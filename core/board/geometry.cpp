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

Vec2 find_free_spot(const std::vector<Rect>& taken, int columns) {
    columns = std::max(columns, 1);
    const float pitch_x = kNoteWidth + kNoteGap, pitch_y = kNoteHeight + kNoteGap;
    // Below everything taken every cell is free, so the search ends there at the latest.
    float bottom = 0;
    for (const Rect& r : taken) bottom = std::max(bottom, r.bottom());
    const int rows = static_cast<int>(bottom / pitch_y) + 2;
    const int cells = columns * rows;
    for (int cell = 0; cell < cells; ++cell) {
        const Rect candidate{static_cast<float>(cell % columns) * pitch_x,
                             static_cast<float>(cell / columns) * pitch_y, kNoteWidth, kNoteHeight};
        const Rect with_gap = candidate.grown(kNoteGap / 2 - 0.5f);
        const bool free = std::none_of(taken.begin(), taken.end(),
                                       [&](const Rect& r) { return r.overlaps(with_gap); });
        if (free) return Vec2{candidate.x, candidate.y};
    }
    return Vec2{0, static_cast<float>(rows) * pitch_y};
}

}  // namespace hostspace
