// The Harvest place's Actions part.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_actions_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
    ImGui::TextUnformatted("Actions: not built yet");
}

}  // namespace hostspace::gui
