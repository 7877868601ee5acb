#pragma once
// The board's on-screen spacing. Note sizes, rectangles and the free-spot search are core's
// (core/board/geometry.hpp), shared with the CSV import.
#include "core/board/geometry.hpp"

namespace hostspace::gui {

inline constexpr float kNotePadding = 12;
inline constexpr float kBoardMargin = 24;  // between the board's edge and position (0, 0)

}  // namespace hostspace::gui
