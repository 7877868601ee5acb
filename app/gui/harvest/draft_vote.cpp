// A dot vote on the purpose drafts, started from the Harvest place.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_draft_vote_button(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
}

}  // namespace hostspace::gui
