#pragma once
// Puts a built atlas in the current ImGui context's hands and uploads it, and gives the
// context an empty one of its own back when the atlas's owner goes (the OpenGL backend still
// touches io.Fonts when the window closes).
#include "app/gui/text/glyph_atlas.hpp"

struct ImGuiContext;

namespace hostspace::gui {

// With the context current and between frames. `upload` false before the first frame (the
// backend uploads then on its own).
void install_atlas(BuiltAtlas& built, bool upload);

// Gives `context` back an atlas it owns if its io.Fonts is `atlas`.
void release_atlas(ImGuiContext* context, const BuiltAtlas* atlas);

}  // namespace hostspace::gui
