// The Harvest place's Principles part.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_principles_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
    ImGui::TextUnformatted("Principles: not built yet");
}

}  // namespace hostspace::gui
