#pragma once
// What the ballot screens share (ballot_view.cpp: who votes, the hand-over, finishing;
// ballot_cards.cpp: the voter's cards): the frame's facts, and the parts each screen draws.
#include <string>
#include <vector>

#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/voting/ballot_focus.hpp"
#include "app/gui/voting/voting_ui_state.hpp"

namespace hostspace::gui {

struct BallotScreen {
    const PanelFrame& frame;
    const VotingRound& round;
    std::vector<std::string> items;  // what may get dots, in board order
    BallotUiState& ui;
    FrameRequests& out;
    float s;  // the UI scale
};

// The voting step: the cards with "+ dot" and "− take back", the dots left, and Done.
void draw_ballot_cards(BallotScreen& b);

// Says why in the red band until the next action, and in the test log.
void refuse(BallotScreen& b, const std::string& why);
std::string dots_text(int count);  // "1 dot", "3 dots"
void centred_text(ImFont* font, ImU32 colour, const std::string& text);
// A button centred on its line, `width` wide, with the focus ring when the keyboard is on
// `key`; true when clicked or when Enter pressed it.
bool centred_button(BallotScreen& b, const char* label, const std::string& key, float width,
                    bool primary, const BallotKeys& keys);

}  // namespace hostspace::gui
