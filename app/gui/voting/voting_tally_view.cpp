// The tally: the facilitator records the dots the room put on paper, a count per item. Each
// press of + or - (or of a row's buttons) is one AdjustTally, so one undo step; a change the
// rules refuse (the count at zero, a closed round) says why in red until the next action.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <vector>

#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

struct Tally {
    const PanelFrame& frame;
    const VotingRound& round;
    std::vector<std::string> items;
    VotingUiState& ui;
    FrameRequests& out;
};

void adjust(Tally& t, const std::string& item, int delta) {
    t.ui.tally.highlighted = item;
    t.ui.tally.message.clear();
    const AdjustTally change{t.round.id, item, delta};
    if (const auto refusal = tally_refusal(t.frame.session, change)) {
        t.ui.tally.message = *refusal;
        note_for_tests("tally refused reason=" + log_quoted(*refusal));
        return;
    }
    t.out.commit({change});
}

bool pressed(int key) {
    return ImGui::IsKeyPressed(key, false);
}

// Up and Down pick a row; + (or =, or the keypad's +) adds a dot to it, - takes one away;
// Esc goes back to the board. Never while a field is typed in or a popup is open.
void handle_keys(Tally& t) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (pressed(GLFW_KEY_ESCAPE)) {
        t.ui.screen = VotingScreen::board;
        return;
    }
    if (t.items.empty()) return;
    const auto it = std::find(t.items.begin(), t.items.end(), t.ui.tally.highlighted);
    const std::size_t index = static_cast<std::size_t>(it - t.items.begin());
    const std::size_t last = t.items.size() - 1;
    std::string& highlighted = t.ui.tally.highlighted;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true) && index < last) {
        highlighted = t.items[index + 1];
        t.ui.tally.message.clear();
        t.ui.tally.scroll_to_highlight = true;
    } else if (ImGui::IsKeyPressed(GLFW_KEY_UP, true) && index > 0) {
        highlighted = t.items[index - 1];
        t.ui.tally.message.clear();
        t.ui.tally.scroll_to_highlight = true;
    } else if (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)) {
        adjust(t, highlighted, +1);
    } else if (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)) {
        adjust(t, highlighted, -1);
    }
}

void draw_header(Tally& t) {
    const float s = t.frame.scale;
    const char* back = "Back to the board";
    const float back_w = ImGui::CalcTextSize(back).x + 32 * s;
    ImGui::PushFont(t.frame.fonts.heading);
    ImGui::TextUnformatted("Tally");
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - back_w);
    if (ImGui::Button(back, ImVec2(back_w, 0))) t.ui.screen = VotingScreen::board;
    text_line(t.frame.fonts.bold, colours::text, t.round.title.value);
    text_line(t.frame.fonts.caption, colours::text_muted,
              "Count the dots on paper. Up and Down pick a row, + (or =) adds a dot, - takes "
              "one away; Esc goes back to the board. Each press is one step of Ctrl+Z.");
    // The counts here are paper only: after ballots every row may read 0, which is right.
    const VoteResults& results = shown_results(t.frame.session, t.round, t.ui);
    const int ballot_dots = results.total_dots - results.paper_dots;
    text_line(t.frame.fonts.caption, colours::text,
              ballot_dots == 0
                  ? "These counts are the paper dots only. Dots placed on this laptop (Pass the "
                    "laptop) are counted there, and the results add both."
                  : "These counts are the paper dots only. The " + std::to_string(ballot_dots) +
                        (ballot_dots == 1 ? " dot" : " dots") +
                        " placed on this laptop (Pass the laptop) are not shown here; the "
                        "results add both.");
    if (t.round.closed.value) {
        text_line(t.frame.fonts.caption, colours::timer_warning,
                  "This round is closed: re-open it in the panel to change the count.");
    }
    ImGui::Spacing();
    // A refusal takes a slot of its own, so the rows never move under the pointer.
    draw_message_slot(t.ui.tally.message, t.frame.fonts.bold, "", t.frame.fonts.caption, s);
    ImGui::Spacing();
}

void draw_row(Tally& t, const std::string& item) {
    const float s = t.frame.scale;
    ImFont* font = t.frame.fonts.body;
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = 2 * font->FontSize + 22 * s;
    const float button = ImGui::GetFrameHeight() * 1.4f;
    const float count_w = 64 * s;
    const float controls_w = 2 * button + count_w + 24 * s;
    const bool highlighted = t.ui.tally.highlighted == item;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, end, highlighted ? colours::selected_bg : colours::card, 4 * s);
    if (highlighted) draw->AddRectFilled(at, ImVec2(at.x + 5 * s, end.y), colours::accent, 2 * s);
    if (highlighted && t.ui.tally.scroll_to_highlight) {
        if (!ImGui::IsRectVisible(at, end)) ImGui::SetScrollHereY(0.5f);
        t.ui.tally.scroll_to_highlight = false;
    }

    if (ImGui::InvisibleButton("row", ImVec2(width - controls_w, height))) {
        t.ui.tally.highlighted = item;
        t.ui.tally.message.clear();
    }
    const std::string label = clip_to_lines(vote_item_text(t.frame.session, t.round, item), font,
                                            font->FontSize, width - controls_w - 28 * s, 2);
    const ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    draw->AddText(font, font->FontSize, ImVec2(at.x + 18 * s, at.y + (height - text_size.y) / 2),
                  colours::text, label.c_str());

    const float button_y = at.y + (height - button) / 2;
    ImGui::SetCursorScreenPos(ImVec2(end.x - controls_w + 8 * s, button_y));
    if (ImGui::Button("−", ImVec2(button, button))) adjust(t, item, -1);
    ImGui::SameLine(0, 0);
    ImFont* big = t.frame.fonts.heading;
    const std::string count = std::to_string(t.round.tally_of(item));
    const float count_text_w = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, count.c_str()).x;
    const ImVec2 count_at = ImGui::GetCursorScreenPos();
    draw->AddText(
        big, big->FontSize,
        ImVec2(count_at.x + (count_w - count_text_w) / 2, at.y + (height - big->FontSize) / 2),
        colours::text, count.c_str());
    ImGui::Dummy(ImVec2(count_w, button));
    ImGui::SameLine(0, 0);
    if (ImGui::Button("+", ImVec2(button, button))) adjust(t, item, +1);
    ImGui::SetCursorScreenPos(ImVec2(at.x, end.y + 6 * s));
    ImGui::Dummy(ImVec2(0, 0));
}

void log_tally(Tally& t) {
    if (!test_log_enabled()) return;
    const auto it = std::find(t.items.begin(), t.items.end(), t.ui.tally.highlighted);
    const std::string& item = t.ui.tally.highlighted;
    log_voting_state(
        t.ui, "tally round=" + log_quoted(t.round.title.value) +
                  " rows=" + std::to_string(t.items.size()) +
                  " row=" + std::to_string(it - t.items.begin() + 1) +
                  " item=" + log_quoted(vote_item_text(t.frame.session, t.round, item)) +
                  " count=" + std::to_string(t.round.tally_of(item)) + target_suffix(t.round));
}

}  // namespace

void draw_tally(const PanelFrame& frame, const VotingRound& round, VotingUiState& ui,
                FrameRequests& out) {
    Tally t{frame, round, round_items(frame.session, round), ui, out};
    std::string& highlighted = ui.tally.highlighted;
    if (std::find(t.items.begin(), t.items.end(), highlighted) == t.items.end()) {
        highlighted = t.items.empty() ? std::string() : t.items.front();
    }
    handle_keys(t);
    if (ui.screen != VotingScreen::tally) return;
    draw_header(t);
    const float s = frame.scale;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * s, 8 * s));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::board);
    ImGui::BeginChild("tally-rows", ImVec2(0, 0), true);
    if (t.items.empty()) {
        text_line(frame.fonts.body, colours::text_muted,
                  round.rules.target == VoteTarget::drafts
                      ? "There are no purpose drafts to count dots for."
                  : round.rules.target == VoteTarget::groups
                      ? "There are no themes on the board to count dots for."
                      : "There are no notes on the board to count dots for.");
    }
    for (const std::string& item : t.items) {
        ImGui::PushID(item.c_str());
        draw_row(t, item);
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (!t.items.empty()) log_tally(t);
}

}  // namespace hostspace::gui
