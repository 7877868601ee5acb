#pragma once
// The picked principle's editor in the Principles part: its title, statement and champion,
// its practice and accountability lines, and the notes and themes it came from beside them.
#include "app/gui/harvest/harvest_view.hpp"

namespace hostspace::gui {

// Where the editor put the controls a GUI test uses (screen centres; 0,0 when not drawn).
struct PrincipleEditorSpots {
    ImVec2 statement, add_practice, add_accountability, merge, remove;
    bool typing = false;  // its title or statement is being typed in
};

// Draws the editor for `principle` (live, picked) into the current window, full width.
PrincipleEditorSpots draw_principle_editor(const HarvestFrame& frame, const Principle& principle,
                                           HarvestUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
