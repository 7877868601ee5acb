#pragma once
// Auto-arrange: every group's notes in a tidy grid under the group's title, groups side by
// side in rows, notes in no group last. The result is a list of MoveNote and MoveGroup ops,
// one undo step; what is already in place gets no op.
#include <functional>
#include <vector>

#include "core/board/geometry.hpp"
#include "core/session/session.hpp"

namespace hostspace {

struct ArrangeOptions {
    int max_columns = 4;     // notes per row inside a group
    float row_width = 2600;  // groups wrap to a new row past this width
};

std::vector<OpPayload> arrange_by_group(const Board& board, const NoteHeight& height,
                                        const ArrangeOptions& options = {});

}  // namespace hostspace
