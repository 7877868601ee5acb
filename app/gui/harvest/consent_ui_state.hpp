#pragma once
// Transient state of a consent round being run in the Harvest place. Not part of the session.
#include <string>

namespace hostspace::gui {

struct ConsentUiState {
    std::string round_id;  // the round the facilitator is working on (empty: the latest)
};

}  // namespace hostspace::gui
