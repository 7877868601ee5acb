// The Purpose part's list: each live draft as a card (its label, its wording, the mark when
// two versions were written at once), and the deleted drafts with Restore.
#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

constexpr float kPad = 10, kRounding = 6;
constexpr const char* kMark = "2 versions at once";

struct CardText {
    std::string label, wording;
    std::string mark;  // "" without concurrent versions
};

CardText card_text(const Draft& draft) {
    CardText card{draft.label.value, current_text(draft), ""};
    if (card.label.empty()) card.label = "(no label)";
    const std::size_t others = concurrent_versions(draft).size();
    if (others == 1) card.mark = kMark;
    if (others > 1) card.mark = std::to_string(others + 1) + " versions at once";
    return card;
}

// One card; true when clicked, `on_mark` true when the click was on the mark.
bool draw_card(const HarvestFrame& frame, const Draft& draft, bool picked, bool& on_mark) {
    const float s = frame.panel.scale, pad = kPad * s;
    const Fonts& fonts = frame.panel.fonts;
    const CardText card = card_text(draft);
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_width = width - 2 * pad;
    const ImVec2 text_size =
        fonts.body->CalcTextSizeA(fonts.body->FontSize, FLT_MAX, text_width, card.wording.c_str());
    const float label_height = fonts.bold->FontSize;
    const ImVec2 size(width, pad + label_height + 4 * s + text_size.y + pad);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(draft.id.c_str());
    const bool clicked = ImGui::InvisibleButton("card", size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, end, picked ? colours::selected_bg : colours::card, kRounding * s);
    draw->AddRect(at, end,
                  picked    ? colours::accent
                  : hovered ? colours::group_edge
                            : colours::board_edge,
                  kRounding * s, 0, (picked ? 2.0f : 1.0f) * s);
    draw->AddText(fonts.bold, fonts.bold->FontSize, ImVec2(at.x + pad, at.y + pad), colours::text,
                  card.label.c_str());
    on_mark = false;
    if (!card.mark.empty()) {
        const ImVec2 mark_size =
            fonts.caption->CalcTextSizeA(fonts.caption->FontSize, FLT_MAX, 0, card.mark.c_str());
        const ImVec2 mark_at(end.x - pad - mark_size.x - 12 * s, at.y + pad - 2 * s);
        const ImVec2 mark_end(mark_at.x + mark_size.x + 12 * s, mark_at.y + mark_size.y + 4 * s);
        draw->AddRectFilled(mark_at, mark_end, colours::timer_warning_bg, 4 * s);
        draw->AddRect(mark_at, mark_end, colours::timer_warning_edge, 4 * s);
        draw->AddText(fonts.caption, fonts.caption->FontSize,
                      ImVec2(mark_at.x + 6 * s, mark_at.y + 2 * s), colours::timer_warning,
                      card.mark.c_str());
        on_mark = clicked && ImGui::IsMouseHoveringRect(mark_at, mark_end);
        if (hovered && ImGui::IsMouseHoveringRect(mark_at, mark_end)) {
            ImGui::SetTooltip(
                "Another version was written at the same moment: click to see both "
                "and write one wording from them");
        }
    }
    draw->AddText(fonts.body, fonts.body->FontSize,
                  ImVec2(at.x + pad, at.y + pad + label_height + 4 * s), colours::note_text,
                  card.wording.c_str(), nullptr, text_width);
    return clicked;
}

}  // namespace

void draw_draft_list(const HarvestFrame& frame, PurposeUiState& ui,
                     const std::vector<const Draft*>& drafts) {
    if (drafts.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colours::text_muted),
                           "No drafts yet. New draft (N) writes one; From the board's selection "
                           "(Shift+N) starts one from the notes or the theme picked on the board.");
        ImGui::PopTextWrapPos();
        return;
    }
    for (const Draft* draft : drafts) {
        const bool picked = draft->id == ui.selected_draft;
        bool on_mark = false;
        if (draw_card(frame, *draft, picked, on_mark)) {
            if (!picked) ui.show_concurrent = false;
            ui.selected_draft = draft->id;
            ui.list_has_keys = true;
            ui.message.clear();
            if (on_mark) ui.show_concurrent = true;
        }
        if (picked && ui.reveal_picked) {
            ImGui::SetScrollHereY(0.5f);
            ui.reveal_picked = false;
        }
        ImGui::Spacing();
    }
}

std::size_t draft_index(const std::vector<const Draft*>& drafts, const std::string& id) {
    const auto it = std::find_if(drafts.begin(), drafts.end(),
                                 [&](const Draft* draft) { return draft->id == id; });
    return static_cast<std::size_t>(it - drafts.begin());
}

std::vector<const Draft*> deleted_drafts(const Harvest& harvest) {
    std::vector<const Draft*> deleted;
    for (const Draft& draft : harvest.drafts) {
        if (draft.deleted.value) deleted.push_back(&draft);
    }
    return deleted;
}

void draw_deleted_drafts(const HarvestFrame& frame, FrameRequests& out, PurposeSpots& spots) {
    const std::vector<const Draft*> deleted = deleted_drafts(frame.panel.session.harvest);
    if (deleted.empty()) return;
    const std::string header =
        "Deleted drafts (" + std::to_string(deleted.size()) + ")###deleted-drafts";
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    for (const Draft* draft : deleted) {
        ImGui::PushID(draft->id.c_str());
        if (ImGui::SmallButton("Restore")) out.commit({RestoreDraft{draft->id}});
        if (spots.deleted_restore.x == 0) {
            spots.deleted_restore = last_item_centre();
        }
        ImGui::SameLine();
        std::string line = draft->label.value + ": " + current_text(*draft);
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colours::text_muted), "%s", line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

}  // namespace hostspace::gui
