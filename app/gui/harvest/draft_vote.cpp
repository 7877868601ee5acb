// A dot vote on the purpose drafts, started from the Harvest place: the Voting section's
// new-round form, opened with the drafts as its target. The round then lives in the side
// panel like any other (ballots, tally, reveal, run-off).
#include <imgui.h>

#include <cstdio>

#include "app/gui/harvest/harvest_parts.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/harvest/drafts.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kLabel = "Dot vote on the drafts…";

// For the GUI tests: where the button is and whether it may be pressed, once per change.
void log_button(HarvestUiState& ui, ImVec2 at, bool enabled) {
    if (!test_log_enabled()) return;
    char line[120];
    std::snprintf(line, sizeof line, "draft-vote button=%.0f,%.0f enabled=%s", at.x, at.y,
                  enabled ? "yes" : "no");
    if (ui.consent.vote_log == line) return;
    ui.consent.vote_log = line;
    note_for_tests(line);
}

}  // namespace

void draw_draft_vote_button(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    const std::size_t drafts = drafts_in_order(frame.panel.session.harvest).size();
    const bool enough = drafts >= 2;
    ImGui::BeginDisabled(!enough);
    if (ImGui::Button(kLabel)) {
        frame.voting.form.open_requested = true;
        frame.voting.form.preset_target = VoteTarget::drafts;
    }
    ImGui::EndDisabled();
    log_button(ui, last_item_centre(), enough);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip(
            "A dot vote with the drafts as the items: the room narrows them down. "
            "The round then runs in the side panel's Voting section.");
    }
    if (!enough) {
        ImGui::SameLine();
        ImGui::PushFont(frame.panel.fonts.caption);
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::TextUnformatted(drafts == 0 ? "A vote needs at least two drafts: write some first."
                                           : "A vote needs at least two drafts.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    // The form is a modal drawn here too: the side panel (and its Voting section, where the form
    // usually lives) may be closed or folded, and the facilitator must see it open.
    draw_round_form(frame.panel, frame.voting, out);
}

}  // namespace hostspace::gui
