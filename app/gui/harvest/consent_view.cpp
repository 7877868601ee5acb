// Consent rounds in the Harvest place: on a purpose draft's wording, or on the principles.
#include <imgui.h>

#include "app/gui/harvest/harvest_parts.hpp"

namespace hostspace::gui {

void draw_draft_consent(const HarvestFrame& frame, HarvestUiState& ui, const Draft& draft,
                        FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)draft;
    (void)out;
}

void draw_principles_consent(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    (void)frame;
    (void)ui;
    (void)out;
}

}  // namespace hostspace::gui
