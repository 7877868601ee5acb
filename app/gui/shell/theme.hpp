#pragma once
// The light theme: calm, high-contrast, legible on a projector. Views take their colours from
// here so the look stays in one place.
#include <imgui.h>

#include <cstdint>

namespace hostspace::gui {

namespace colours {
inline constexpr ImU32 rgb(std::uint32_t rrggbb, std::uint8_t alpha = 255) {
    return IM_COL32((rrggbb >> 16) & 0xFF, (rrggbb >> 8) & 0xFF, rrggbb & 0xFF, alpha);
}
inline constexpr ImU32 text = rgb(0x1F2328);
inline constexpr ImU32 text_muted = rgb(0x5B616B);
inline constexpr ImU32 note_text = rgb(0x1B1B1B);
inline constexpr ImU32 note_meta = rgb(0x3D3D3D, 200);
inline constexpr ImU32 window = rgb(0xF7F6F3);
inline constexpr ImU32 board = rgb(0xEDEBE6);
inline constexpr ImU32 board_dot = rgb(0xD6D2C9);
inline constexpr ImU32 board_edge = rgb(0xD9D5CC);
inline constexpr ImU32 accent = rgb(0x2B6CB0);
inline constexpr ImU32 shadow = rgb(0x000000, 28);
inline constexpr ImU32 error_bg = rgb(0xFDECEA);
inline constexpr ImU32 error_edge = rgb(0xD93025);
inline constexpr ImU32 error_text = rgb(0x8C1D18);
inline constexpr ImU32 saved = rgb(0x1E7B34);
inline constexpr ImU32 saved_bg = rgb(0xE3F3E6);
inline constexpr ImU32 group_bg = rgb(0xFFFFFF, 120);
inline constexpr ImU32 group_edge = rgb(0xC9C4B8);
// The timer: calm while it runs, amber in the warning time, red at zero and in overtime.
inline constexpr ImU32 card = rgb(0xFFFFFF);
inline constexpr ImU32 selected_bg = rgb(0xDCE7F5);
inline constexpr ImU32 timer_warning = rgb(0xA15C07);
inline constexpr ImU32 timer_warning_bg = rgb(0xFEF3C7);
inline constexpr ImU32 timer_warning_edge = rgb(0xE9B949);
inline constexpr ImU32 timer_over = rgb(0xC53030);
inline constexpr ImU32 timer_over_bg = rgb(0xFDECEA);
inline constexpr ImU32 timer_flash = rgb(0xD93025);  // the bright half of the zero flash
inline constexpr ImU32 timer_paused = rgb(0x6B7280);
}  // namespace colours

// Sets colours and sizes on the current context's style, sizes multiplied by `scale`.
void apply_theme(float scale);

// A note colour (0xRRGGBB) with its alpha, and a darker shade of it for edges.
ImU32 note_fill(std::uint32_t rgb);
ImU32 note_edge(std::uint32_t rgb);

}  // namespace hostspace::gui
