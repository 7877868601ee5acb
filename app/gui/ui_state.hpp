#pragma once
// Transient widget state: what is being typed, which note is selected, being edited or dragged.
// None of it is part of the session; losing it loses nothing that was saved.
#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>

#include "app/gui/agenda_ui_state.hpp"
#include "app/gui/projector_settings.hpp"
#include "core/board/board.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {

struct NoteDrag {
    std::string id;
    ImVec2 press_mouse;  // screen position where the button went down
    Vec2 start;          // the note's position then, in board units
    bool moved = false;  // past the drag threshold
};

struct BoardUiState {
    // The "new note" row. The text is cleared only once the note is saved.
    std::string new_text;
    std::string new_author;
    std::string new_organisation;
    std::string new_colour = default_note_colour();
    int new_field_generation = 0;   // a fresh widget id per note: no stale undo inside the field
    bool focus_new_field = true;    // give it the keyboard on the next frame
    bool new_field_active = false;  // as of the last frame

    std::string selected;  // note id, or empty
    std::string editing;   // note id whose text is being edited in place, or empty
    std::string edit_text;
    bool edit_needs_focus = false;
    bool edit_caret_to_end = false;
    std::optional<NoteDrag> drag;
    std::string reveal;  // a note to scroll into view (just added)
};

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
    bool side_panel_open = true;  // the timer and agenda beside the board
};

}  // namespace hostspace::gui
