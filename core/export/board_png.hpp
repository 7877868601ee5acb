#pragma once
// The board as the room arranged it, as a PNG picture drawn with Cairo and Pango: no GL and no
// display needed. Themes with their titles, notes with their text and authors (when shown) and
// their dots once revealed, at least 2400 px wide. A board too large to read at that size shows
// its themes with note counts and the notes as cards instead.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// PNG bytes. Throws hostspace::Error when Cairo cannot draw or encode the picture.
std::string render_board_png(const BoardPicture& board, int width_px = 2400);

}  // namespace hostspace::doc
