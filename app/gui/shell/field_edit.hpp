#pragma once
// A text field's edit in progress (fields.hpp): what is being typed, how it becomes ops, and the
// finished texts that are not on disk yet. Transient: nothing here is part of the session.
#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::gui {

// What a finished field's text becomes: the ops to commit (none: nothing changed), or why the
// text cannot be taken (then it stays in the field, marked, to be corrected).
struct FieldOutcome {
    std::vector<OpPayload> ops;
    std::string error;
};
using FieldCommit = std::function<FieldOutcome(const std::string& text)>;

// A finished text the session does not show yet: handed over but not on disk (saving may have
// failed), or not valid. The field shows it instead of the session's value until it is saved,
// so what was typed survives a failed save and Enter in the field tries again.
struct KeptText {
    ImGuiID id = 0;
    std::string text;
    std::string error;         // not valid: why (nothing was committed)
    int committed_frame = -1;  // the frame it was last handed over in
    FieldCommit commit;        // makes the change again for a retry
};

// The field being typed in (agenda_view, timer_controls, ...). Only one field is active at a time,
// so one buffer serves them all; `id` says whose text it is (0: none). `commit` goes with the text,
// so the text can be committed even on a frame its field is not drawn (a section folded, the panel
// clipped, the app quitting).
struct FieldEdit {
    ImGuiID id = 0;
    std::string text;
    FieldCommit commit;
    int drawn_frame = -1;  // ImGui's frame count when that field was last drawn
    std::vector<KeptText> kept;
};

}  // namespace hostspace::gui
