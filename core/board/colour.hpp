#pragma once
// Note and group colours. A colour is stored as text: one of the named colours of the CSV
// import ("yellow", ...) or "#rrggbb". Names stay names so an export says what the user wrote.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hostspace {

// The palette's named colours, in order: tints of the colour-blind-safe Okabe-Ito set. A CSV
// may also name "purple" (and "gray" for grey), which is kept but not offered.
const std::vector<std::string>& named_colours();

// The canonical form of a colour written by a user ("Yellow", " #FFAA00 "), or nothing when it
// is neither a known name nor #RRGGBB. Names are lower-cased, hex codes lower-cased.
std::optional<std::string> normalise_colour(const std::string& text);

// 0xRRGGBB for a canonical colour; the default note yellow for anything else.
std::uint32_t colour_rgb(const std::string& canonical);

inline const char* default_note_colour() {
    return "yellow";
}

}  // namespace hostspace
