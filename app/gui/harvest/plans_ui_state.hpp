#pragma once
// Transient state of the Harvest place's Actions and Focus parts. Not part of the session.
#include <string>

namespace hostspace::gui {

// The empty row at the end of a list, typed into before it becomes an action or focus item
// (an action needs its "what" before it can be saved). Three fields: what or question, who,
// by when or when.
struct NewPlanRow {
    std::string first, who, when;
    std::string error;   // why Enter did not add it (nothing was saved)
    int generation = 0;  // a new row after one is added: ImGui forgets the old fields
    std::string focus;   // the field to give the keyboard when next drawn: "first", "when"
};

struct PlansUiState {
    std::string selected_action;      // the action row picked (empty: none)
    std::string selected_focus_item;  // the focus row picked (empty: none)
    NewPlanRow new_action, new_focus;
    std::string focus_next;  // a row's field to give the keyboard when next drawn ("<id>:due")
    int actions_drawn_frame = -1, focus_drawn_frame = -1;
    std::string actions_log, focus_log;  // the last draw-log lines (GUI tests)
};

}  // namespace hostspace::gui
