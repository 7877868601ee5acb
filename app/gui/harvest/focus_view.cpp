// The Harvest place's Focus part.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_focus_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
    ImGui::TextUnformatted("Focus: not built yet");
}

}  // namespace hostspace::gui
