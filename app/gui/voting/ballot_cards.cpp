// The voter's own screen: the items as cards, each with "+ dot", the voter's own dots on it
// and "− take back", the dots left, and Done. Each click is one CastDot or WithdrawDot, asked
// of the rules first so a refusal is said plainly instead of a dot silently not counting.
#include <imgui.h>

#include <algorithm>

#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/ballot_screen.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/util/uuid.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

void cast(BallotScreen& b, const std::string& item) {
    b.ui.message.clear();
    b.ui.focus = "add:" + item;
    const CastDot dot{new_uuid(), b.round.id, item, b.ui.voter};
    if (const auto refusal = dot_refusal(b.frame.session, dot)) return refuse(b, *refusal);
    b.out.commit({dot});
}

void take_back(BallotScreen& b, const std::string& item) {
    b.ui.message.clear();
    const Dot* dot = last_live_dot(b.round, b.ui.voter, item);
    if (!dot) return;
    const WithdrawDot withdraw{dot->id, b.round.id};
    if (const auto refusal = withdraw_refusal(b.frame.session, withdraw)) {
        return refuse(b, *refusal);
    }
    b.out.commit({withdraw});
}

void finish_voter(BallotScreen& b) {
    b.ui = BallotUiState{};  // nothing of this voter is kept for the next
    b.ui.step = BallotStep::hand_over;
    b.ui.focus = "next";
}

void draw_card(BallotScreen& b, const std::string& item, float width, float height,
               const BallotKeys& keys) {
    const Fonts& fonts = b.frame.fonts;
    const float pad = 16 * b.s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + height);
    const int mine = b.round.dots_on_item(b.ui.voter, item);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const bool focused = focus_item(b.ui.focus) == item;
    draw->AddRectFilled(at, end, colours::card, 8 * b.s);
    draw->AddRect(at, end, focused ? colours::accent : colours::board_edge, 8 * b.s, 0,
                  (focused ? 2.0f : 1.0f) * b.s);
    ImFont* font = fonts.body;
    const std::string text = clip_to_lines(vote_item_text(b.frame.session, b.round, item), font,
                                           font->FontSize, width - 2 * pad, 3);
    draw->AddText(font, font->FontSize, ImVec2(at.x + pad, at.y + pad), colours::text,
                  text.c_str());

    // The voter's own dots on this item, as dots and in words.
    const float r = 9 * b.s;
    const float dots_y = end.y - pad - ImGui::GetFrameHeight() * 1.4f - 10 * b.s - r;
    for (int i = 0; i < mine; ++i) {
        draw->AddCircleFilled(ImVec2(at.x + pad + r + float(i) * 2.6f * r, dots_y), r,
                              colours::accent);
    }
    if (mine > 0) {
        const std::string yours = mine == 1 ? "your dot" : "your " + dots_text(mine);
        draw->AddText(fonts.caption, fonts.caption->FontSize,
                      ImVec2(at.x + pad + float(mine) * 2.6f * r + 4 * b.s,
                             dots_y - fonts.caption->FontSize / 2),
                      colours::text_muted, yours.c_str());
    }

    const float button_h = ImGui::GetFrameHeight() * 1.4f;
    const float button_w = (width - 2 * pad - 10 * b.s) / 2;
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, end.y - pad - button_h));
    const std::string add = "add:" + item, take = "take:" + item;
    if (primary_button("+ dot", ImVec2(button_w, button_h)) || keys.pressed == add ||
        (keys.add > 0 && focused)) {
        cast(b, item);
    }
    draw_focus_ring(b.ui.focus == add, b.s);
    if (focused && b.ui.scroll_to_focus) {
        // Into view only when it is not in view already: the cards do not jump under the eye.
        const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
        if (at.y < top || end.y > bottom) ImGui::SetScrollHereY(0.5f);
    }
    ImGui::SameLine(0, 10 * b.s);
    ImGui::BeginDisabled(mine == 0);
    if (ImGui::Button("− take back", ImVec2(button_w, button_h)) || keys.pressed == take ||
        (keys.add < 0 && focused)) {
        b.ui.focus = take;
        take_back(b, item);
    }
    ImGui::EndDisabled();
    draw_focus_ring(b.ui.focus == take, b.s);
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace

void draw_ballot_cards(BallotScreen& b) {
    const Fonts& fonts = b.frame.fonts;
    const float gap = 14 * b.s;
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((avail_w + gap) / (300 * b.s + gap)));
    std::vector<std::string> order;
    for (const std::string& item : b.items) {
        order.push_back("add:" + item);
        if (b.round.dots_on_item(b.ui.voter, item) > 0) order.push_back("take:" + item);
    }
    order.push_back("done");
    const BallotKeys keys = read_ballot_keys(order, columns, b.ui.focus, b.ui.scroll_to_focus);
    if (!keys.pressed.empty() || keys.add != 0) b.ui.message.clear();

    const std::string who = b.round.rules.anonymous ? "anonymous" : b.ui.voter;
    text_line(fonts.heading, colours::text, "Ballot " + std::to_string(b.ui.number) + " — " + who);
    text_line(fonts.bold, colours::text_muted, b.round.title.value);
    const int left = dots_left(b.round, b.ui.voter);
    text_line(fonts.heading, left > 0 ? colours::accent : colours::text,
              std::to_string(left) + " of " + dots_text(b.round.rules.dots_per_person) + " left");
    // A refusal takes the help line's place: the cards never move under the voter's pointer.
    draw_message_slot(b.ui.message, fonts.bold,
                      left > 0 ? "Tab and the arrows move between the buttons; Enter presses one. "
                                 "Only your own dots are shown."
                               : "All your dots are placed. Take one back to move it, or press "
                                 "Done to pass the laptop on.",
                      fonts.caption, b.s);
    ImGui::Spacing();

    const float footer = ImGui::GetFrameHeight() * 1.6f + 3 * ImGui::GetStyle().ItemSpacing.y;
    const float card_w = (avail_w - gap * float(columns - 1)) / float(columns);
    const float card_h = 3 * fonts.body->FontSize + ImGui::GetFrameHeight() * 1.4f + 60 * b.s;
    ImGui::BeginChild("cards", ImVec2(0, ImGui::GetContentRegionAvail().y - footer), false);
    for (std::size_t i = 0; i < b.items.size(); ++i) {
        if (i % std::size_t(columns) != 0) ImGui::SameLine(0, gap);
        ImGui::PushID(b.items[i].c_str());
        draw_card(b, b.items[i], card_w - 1, card_h, keys);
        ImGui::PopID();
    }
    if (b.items.empty()) text_line(fonts.body, colours::text_muted, "Nothing to vote on yet.");
    ImGui::EndChild();
    b.ui.scroll_to_focus = false;
    ImGui::Spacing();
    if (centred_button(b, "Done — pass the laptop on", "done", 360 * b.s, true, keys)) {
        finish_voter(b);
    }
}

}  // namespace hostspace::gui
