#pragma once
// The projector's two looks. High contrast for a washed-out projector in a lit room (white
// ground, near-black text, strong amber and red); dark for a dim room, where a white screen
// glares. Everything the projector paints takes its colours from one of these.
#include <imgui.h>

#include "app/gui/projector/projector_settings.hpp"

namespace hostspace::gui {

struct ProjectorPalette {
    ImU32 background;
    ImU32 text;              // titles, the question, the countdown while it runs
    ImU32 text_muted;        // step line, hints, "Paused"
    ImU32 rule;              // thin lines, the progress bar's track, plaque edges
    ImU32 accent;            // the progress bar while running
    ImU32 plaque;            // the ground of a notice ("No vote results yet")
    ImU32 warning;           // amber: the warning time
    ImU32 overtime;          // red: zero and overtime
    ImU32 flash_background;  // the bright half of the zero flash fills the screen with this
    ImU32 flash_text;        // and draws the countdown in this
    ImU32 board;             // the board's ground in board mode
    ImU32 board_dot;
    ImU32 group_bg;
    ImU32 group_edge;
    ImU32 group_text;
};

const ProjectorPalette& projector_palette(ProjectorTheme theme);

}  // namespace hostspace::gui
