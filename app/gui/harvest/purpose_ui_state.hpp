#pragma once
// Transient state of the Harvest place's Purpose part: the draft picked, the editor's text, the
// consent round being run. Not part of the session.
#include <string>

namespace hostspace::gui {

struct PurposeUiState {
    std::string selected_draft;  // the draft picked in the list (empty: none)
};

}  // namespace hostspace::gui
