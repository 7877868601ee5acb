#pragma once
// Transient widget state of the control window: each feature's own (board, agenda, timer,
// voting), the start screen's fields and the projector's settings. None of it is part of the
// session; losing it loses nothing that was saved.
#include <filesystem>
#include <string>

#include "app/gui/agenda/agenda_ui_state.hpp"
#include "app/gui/board/board_ui_state.hpp"
#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/timer/timer_ui_state.hpp"
#include "app/gui/voting/voting_ui_state.hpp"

namespace hostspace::gui {

struct StartUiState {
    std::string open_path;
    std::string create_title;
    std::string create_path;
};

struct ControlUiState {
    BoardUiState board;
    StartUiState start;
    std::filesystem::path assets;  // the assets folder (fonts/, methods/, demo/), set by the loop
    ProjectorSettings projector;   // the loop opens and updates the projector window to match
    bool chime = true;             // ring at zero (the loop rings; HOSTSPACE_CHIME=off mutes it)
    AgendaUiState agenda;
    TimerUiState timer;
    VotingUiState voting;
    bool side_panel_open = true;  // the timer and agenda beside the board
};

}  // namespace hostspace::gui
