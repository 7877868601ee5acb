#pragma once
// Text fields that show a value of the session and hand back an edit once it is finished
// (Enter, Tab or a click elsewhere), so one edit is one op and one undo step, not one per key.
// While a field is typed in, its text lives in a FieldEdit; otherwise it shows the session's
// value, so a change from undo or from a co-host shows at once.
#include <optional>
#include <string>

#include "app/gui/agenda_ui_state.hpp"

namespace hostspace::gui {

// A one-line text field `width` pixels wide (0: the rest of the line). The finished text when
// it differs from `value`.
std::optional<std::string> edit_text_field(const char* label, const char* hint,
                                           const std::string& value, float width, FieldEdit& edit);

// A field for a whole number of seconds, typed in minutes ("5", "1.5"); the finished value in
// seconds when it is valid and differs from `seconds`. `unit_minutes` false: typed in seconds.
std::optional<int> edit_duration_field(const char* label, int seconds, float width, FieldEdit& edit,
                                       bool unit_minutes = true);

// "5", "1.5", "0.25": minutes as typed into a duration field.
std::string minutes_text(int seconds);

}  // namespace hostspace::gui
