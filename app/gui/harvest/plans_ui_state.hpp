#pragma once
// Transient state of the Harvest place's Actions and Focus parts. Not part of the session.
#include <string>

namespace hostspace::gui {

struct PlansUiState {
    std::string selected_action;      // the action row picked (empty: none)
    std::string selected_focus_item;  // the focus row picked (empty: none)
};

}  // namespace hostspace::gui
