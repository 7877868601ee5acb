#include "app/gui/projector/projector_theme.hpp"

#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

using colours::rgb;

// Amber and red are darker than the control window's on white: a projector washes colours
// out, and the countdown must still read as amber or red from the back of the room.
const ProjectorPalette kHighContrast{
    rgb(0xFFFFFF),  // background
    rgb(0x111111),  // text
    rgb(0x3A3F47),  // text_muted
    rgb(0xC8CCD2),  // rule
    rgb(0x1F5FA8),  // accent
    rgb(0xF2F3F5),  // plaque
    rgb(0xB45F00),  // warning
    rgb(0xC4001A),  // overtime
    rgb(0xC4001A),  // flash_background
    rgb(0xFFFFFF),  // flash_text
    rgb(0xF4F2EE),  // board
    rgb(0xD9D5CC),  // board_dot
    rgb(0xFFFFFF, 160),
    rgb(0x9A958A),  // group_edge
    rgb(0x111111),  // group_text
};

const ProjectorPalette kDark{
    rgb(0x0E0F11),  // background
    rgb(0xF2F2F0),  // text
    rgb(0xB4B8BF),  // text_muted
    rgb(0x3A3D43),  // rule
    rgb(0x5EA2EF),  // accent
    rgb(0x1C1E22),  // plaque
    rgb(0xFFB020),  // warning
    rgb(0xFF4D4D),  // overtime
    rgb(0xB3001B),  // flash_background
    rgb(0xFFFFFF),  // flash_text
    rgb(0x17181B),  // board
    rgb(0x2E3036),  // board_dot
    rgb(0xFFFFFF, 18),
    rgb(0x4A4E56),  // group_edge
    rgb(0xF2F2F0),  // group_text
};

}  // namespace

const ProjectorPalette& projector_palette(ProjectorTheme theme) {
    return theme == ProjectorTheme::dark ? kDark : kHighContrast;
}

}  // namespace hostspace::gui
