#pragma once
// The small muted caption beside a field ("s before zero", "0: no limit"), shared by the side
// panel's forms so they read alike.
#include "app/gui/shell/fonts.hpp"

namespace hostspace::gui {

// Draws `text` in the caption font and muted colour, aligned with a framed field's text.
void muted_caption(const Fonts& fonts, const char* text);

}  // namespace hostspace::gui
