#pragma once
// How a sticky note looks: its laid-out text (note_text_cache.hpp) and its painting (shadow,
// paper, text, author line, selection). No interaction here.
#include <imgui.h>

#include <memory>
#include <string>

#include "app/gui/board/note_text_cache.hpp"
#include "app/gui/shell/fonts.hpp"
#include "core/board/board.hpp"

namespace hostspace::gui {

struct NoteLook {
    std::shared_ptr<const NoteText> text;  // shared with the cache: copying a look is cheap
    float height = 0;                      // board units
};

// Measures one note without a cache. `scale`: pixels per board unit (fonts are built at it).
NoteLook measure_note(const Note& note, const Fonts& fonts, float scale);

struct NotePaint {
    bool hovered = false;
    bool selected = false;
    bool lifted = false;  // being dragged
};

// `scale`: pixels per board unit as drawn. The text is drawn at the size it was measured at
// times scale / look.text->scale, so a zoomed note shows the same lines, only larger or smaller.
void paint_note(ImDrawList* draw, const Note& note, const NoteLook& look, const Fonts& fonts,
                ImVec2 top_left, float scale, NotePaint state);

// `text` shortened with "…" to fit `width` pixels in `font`.
std::string fit_with_ellipsis(ImFont* font, const std::string& text, float width);

}  // namespace hostspace::gui
