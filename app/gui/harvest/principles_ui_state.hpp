#pragma once
// Transient state of the Harvest place's Principles part. Not part of the session.
#include <string>

namespace hostspace::gui {

struct PrinciplesUiState {
    std::string selected_principle;  // the principle picked (empty: none)
};

}  // namespace hostspace::gui
