#pragma once
// How a sticky note looks: the text size that fits it, and its painting (shadow, paper, text,
// author line). No interaction here.
#include <imgui.h>

#include <string>

#include "app/gui/fonts.hpp"
#include "core/board/board.hpp"

namespace hostspace::gui {

struct NoteLook {
    ImFont* font = nullptr;  // the largest that fits the note; the smallest if none does
    float height = 0;        // board units: the standard height, or taller for long text
    std::string byline;      // "Author · Organisation", may be empty
};

// `scale`: pixels per board unit (fonts are built at that scale).
NoteLook measure_note(const Note& note, const Fonts& fonts, float scale);

struct NotePaint {
    bool hovered = false;
    bool selected = false;
    bool lifted = false;  // being dragged
};

void paint_note(ImDrawList* draw, const Note& note, const NoteLook& look, const Fonts& fonts,
                ImVec2 top_left, float scale, NotePaint state);

// `text` shortened with "…" to fit `width` pixels in `font`.
std::string fit_with_ellipsis(ImFont* font, const std::string& text, float width);

}  // namespace hostspace::gui
