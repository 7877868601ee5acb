#pragma once
// Transient state of the Harvest place's Principles part. Not part of the session.
#include <string>

namespace hostspace::gui {

struct PrinciplesUiState {
    std::string selected_principle;  // the principle picked (empty: none)
    // The principle this part last put on the projector: a different one there means PageDown
    // stepped the projector, and the list follows it.
    std::string projected;
    bool list_on_projector = false;  // "All as a list" instead of the picked one, large
    // The field to give the keyboard when it is next drawn: "title", "statement",
    // "add-practice", "add-accountability", "line:<id>" (of the picked principle).
    std::string focus_next;
    int top_n = 3;  // From vote: how many of the top results
    // A menu opened from the keyboard (T: From theme, V: From vote, M: Merge into), opened on
    // the next frame where its button is; the row Up and Down highlight in the open menu.
    std::string open_menu;
    int menu_highlight = 0;
    std::string message;  // why the last start or merge was refused ("" when it was not)
    // The part had the last click, so Alt+Up/Down and Ctrl+Delete act on the picked principle
    // even while no field is typed in.
    bool has_keys = false;
    bool reveal = false;  // scroll the picked principle into view (picked by a key)
    int drawn_frame = -1;
    std::string log_line;  // the last draw-log line (GUI tests)
};

}  // namespace hostspace::gui
