#pragma once
// Transient state of the Harvest place (the control window's other place beside the board):
// which part is open, the field being typed in, and each part's own state. Nothing here is part
// of the session; losing it loses nothing that was saved.
#include <string>

#include "app/gui/harvest/consent_ui_state.hpp"
#include "app/gui/harvest/plans_ui_state.hpp"
#include "app/gui/harvest/principles_ui_state.hpp"
#include "app/gui/harvest/purpose_ui_state.hpp"
#include "app/gui/shell/field_edit.hpp"

namespace hostspace::gui {

enum class HarvestPart { purpose, principles, actions, focus };

// "Purpose", "Principles", "Actions", "Focus".
const char* harvest_part_label(HarvestPart part);
// "purpose", "principles", "actions", "focus": the draw log's words.
const char* harvest_part_word(HarvestPart part);

struct HarvestUiState {
    bool shown = false;  // the Harvest place fills the board's column instead of the board
    HarvestPart part = HarvestPart::purpose;
    bool select_part = false;  // a key picked `part`: the tab bar follows it this frame
    FieldEdit field;           // the one harvest field being typed in (one at a time)
    PurposeUiState purpose;
    ConsentUiState consent;
    PrinciplesUiState principles;
    PlansUiState plans;
    std::string log_line;  // the place's last draw-log line (GUI tests)
};

}  // namespace hostspace::gui
