// The Harvest place's Purpose part.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_purpose_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
    ImGui::TextUnformatted("Purpose: not built yet");
}

}  // namespace hostspace::gui
