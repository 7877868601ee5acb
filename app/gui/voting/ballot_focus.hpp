#pragma once
// The keyboard on the ballot screens. ImGui 1.86 moves the keyboard between text fields only,
// so the ballot keeps its own place among its buttons: Tab and Shift+Tab go round them, the
// arrows move between the cards, Enter or Space presses the button the keyboard is on (drawn
// with a ring). Esc does nothing: a voter who presses it must not end the ballots.
#include <imgui.h>

#include <string>
#include <vector>

namespace hostspace::gui {

struct BallotKeys {
    std::string pressed;  // the button Enter or Space pressed this frame, or empty
    int add = 0;          // + (or =) pressed: one dot on the card in focus; - : -1
};

// Moves `focus` among `order` (the screen's buttons that can be pressed now, in order) and
// reports what was pressed. `columns` cards a row for Up and Down on "add:"/"take:" keys.
// Nothing while a text field has the keyboard or a popup is open. Sets `moved` when the
// focus moved (to scroll it into view).
BallotKeys read_ballot_keys(const std::vector<std::string>& order, int columns, std::string& focus,
                            bool& moved);

// The item of a card's key ("add:ID" or "take:ID"), or empty.
std::string focus_item(const std::string& key);

// A ring around the last item when `focused`: where Enter acts.
void draw_focus_ring(bool focused, float scale);

}  // namespace hostspace::gui
