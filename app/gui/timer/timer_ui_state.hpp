#pragma once
// Transient state of the timer's controls: the auto-advance guard, the field being typed in, the
// talking piece's scroll. Nothing here is part of the session: the timer lives in the Document.
#include <string>

#include "app/gui/shell/field_edit.hpp"

namespace hostspace::gui {

struct TimerUiState {
    // The run (round, step, start instant) that auto-advance last moved on from: NextStep is
    // committed once per step even if frames repeat before the change is saved, or saving fails.
    std::string advanced_from;
    FieldEdit field;               // warning and speaker seconds
    int scrolled_to_speaker = -1;  // the speaker the circle's list last scrolled to
};

}  // namespace hostspace::gui
