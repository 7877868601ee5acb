#pragma once
// Transient widget state of the control window: each feature's own (board, agenda, timer,
// voting), the start screen's fields and the projector's settings. None of it is part of the
// session; losing it loses nothing that was saved.
#include <filesystem>
#include <string>
#include <vector>

#include "app/gui/agenda/agenda_ui_state.hpp"
#include "app/gui/board/board_ui_state.hpp"
#include "app/gui/export/export_ui_state.hpp"
#include "app/gui/harvest/harvest_ui_state.hpp"
#include "app/gui/import/import_ui_state.hpp"
#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/session/session_ui_state.hpp"
#include "app/gui/sync/join_ui_state.hpp"
#include "app/gui/sync/sync_ui_state.hpp"
#include "app/gui/timer/timer_ui_state.hpp"
#include "app/gui/voting/voting_ui_state.hpp"

namespace hostspace::gui {

struct StartUiState {
    std::string open_path;
    std::string create_title;
    std::string create_path;
    std::string create_problem;       // why Create session could not go ahead, shown under it
    bool focus_create_title = false;  // the keyboard goes to the field named by the problem
    bool focus_create_path = false;
    std::string repair_offer_seen;  // the damaged session the keyboard was put on Repair for
    bool join_tab = false;          // the card shows Join an event, not Start a new session
    JoinUiState join;               // the Join tab's fields
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
    bool side_panel_open = true;       // the timer and agenda beside the board
    SessionUiState session;            // the Session details window
    ImportUiState import;              // the import dialog and its notice
    ExportUiState export_dialog;       // the export dialog and its notice
    HarvestUiState harvest;            // the Harvest place beside the board
    SyncUiState sync;                  // the Sync dialog
    std::vector<std::string> dropped;  // files dropped on the window since the last frame
    std::string panel_log;             // the side panel's last draw-log line (GUI tests)
    // Which fonts to install for characters no installed font has: said once, above the board,
    // until dismissed.
    std::string fonts_notice;
};

}  // namespace hostspace::gui
