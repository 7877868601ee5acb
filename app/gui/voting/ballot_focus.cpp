#include "app/gui/voting/ballot_focus.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

bool pressed(int key) {
    return ImGui::IsKeyPressed(key, false);
}

bool is_card_key(const std::string& key) {
    return key.rfind("add:", 0) == 0 || key.rfind("take:", 0) == 0;
}

// The "add:" keys of the cards, in order: the arrows move between cards, not buttons.
std::vector<std::string> card_keys(const std::vector<std::string>& order) {
    std::vector<std::string> cards;
    for (const std::string& key : order) {
        if (key.rfind("add:", 0) == 0) cards.push_back(key);
    }
    return cards;
}

std::string arrow_target(const std::vector<std::string>& order, int columns,
                         const std::string& focus) {
    const auto cards = card_keys(order);
    if (cards.empty()) return focus;
    const int step = ImGui::IsKeyPressed(GLFW_KEY_RIGHT, true)  ? 1
                     : ImGui::IsKeyPressed(GLFW_KEY_LEFT, true) ? -1
                     : ImGui::IsKeyPressed(GLFW_KEY_DOWN, true) ? columns
                     : ImGui::IsKeyPressed(GLFW_KEY_UP, true)   ? -columns
                                                                : 0;
    if (step == 0) return focus;
    const int last = static_cast<int>(cards.size()) - 1;
    if (!is_card_key(focus)) return step < 0 ? cards.back() : focus;  // from Done, back up
    const auto it = std::find(cards.begin(), cards.end(), "add:" + focus_item(focus));
    const int index = it == cards.end() ? 0 : static_cast<int>(it - cards.begin());
    const int next = index + step;
    if (next < 0) return focus;
    if (next <= last) return cards[static_cast<std::size_t>(next)];
    if (step == 1) return focus;
    if (index / columns < last / columns) return cards.back();  // the short last row
    // Down from the last row: on to the first button after the cards (Done).
    const auto after = std::find_if(order.begin(), order.end(),
                                    [](const std::string& key) { return !is_card_key(key); });
    return after == order.end() ? focus : *after;
}

}  // namespace

std::string focus_item(const std::string& key) {
    const auto colon = key.find(':');
    return colon == std::string::npos ? std::string() : key.substr(colon + 1);
}

BallotKeys read_ballot_keys(const std::vector<std::string>& order, int columns, std::string& focus,
                            bool& moved) {
    BallotKeys keys;
    moved = false;
    if (order.empty()) return keys;
    if (std::find(order.begin(), order.end(), focus) == order.end()) {
        // The button in focus went away (a take-back with no dots left): its card's add.
        const std::string card = "add:" + focus_item(focus);
        focus = std::find(order.begin(), order.end(), card) != order.end() ? card : order.front();
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return keys;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return keys;
    const std::string before = focus;
    if (ImGui::IsKeyPressed(GLFW_KEY_TAB, true)) {
        const auto it = std::find(order.begin(), order.end(), focus);
        const std::size_t i = static_cast<std::size_t>(it - order.begin());
        const std::size_t n = order.size();
        focus = order[io.KeyShift ? (i + n - 1) % n : (i + 1) % n];
    } else {
        focus = arrow_target(order, std::max(1, columns), focus);
    }
    moved = focus != before;
    if (pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER) || pressed(GLFW_KEY_SPACE)) {
        keys.pressed = focus;
    } else if (is_card_key(focus) && (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD))) {
        keys.add = 1;
    } else if (is_card_key(focus) && (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT))) {
        keys.add = -1;
    }
    return keys;
}

void draw_focus_ring(bool focused, float scale) {
    if (!focused) return;
    const float pad = 3 * scale;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad),
                                        colours::accent, ImGui::GetStyle().FrameRounding + pad, 0,
                                        3 * scale);
}

}  // namespace hostspace::gui
