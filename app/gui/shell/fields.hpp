#pragma once
// Text fields that show a value of the session and commit an edit once it is finished (Enter,
// Tab or a click elsewhere), so one edit is one op and one undo step, not one per key. While a
// field is typed in, its text lives in a FieldEdit; a finished text stays there (KeptText)
// until it is on disk, so a failed save loses nothing and Enter tries again. Otherwise a field
// shows the session's value, so a change from undo or from a co-host shows at once.
#include <functional>
#include <string>
#include <vector>

#include "app/gui/shell/field_edit.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

// A one-line text field `width` pixels wide (0: the rest of the line) showing `value`. When
// it is finished with a different text, `commit(text)` makes the change. Returns why the
// field's text was not taken (empty: it was, or nothing is pending), for the caller to show.
std::string edit_text_field(const char* label, const char* hint, const std::string& value,
                            float width, FieldEdit& edit, FrameRequests& out, FieldCommit commit);

// A field for a whole number of seconds, typed in minutes ("5", "1.5") or, with
// `unit_minutes` false, in seconds. A valid, different value of at least `min_seconds` is
// committed as `ops_for(seconds)`; anything else stays in the field, marked, with a hint.
std::string edit_duration_field(const char* label, int seconds, float width, FieldEdit& edit,
                                FrameRequests& out,
                                std::function<std::vector<OpPayload>(int)> ops_for,
                                bool unit_minutes, int min_seconds);

// A field's error on a line of its own, in the error colour (nothing when `error` is empty).
void show_field_error(const PanelFrame& frame, const std::string& error);

// After the frame's views: commits the text of a field that was typed in but not drawn this
// frame (its section folded, the panel clipped), since ImGui has let go of it.
void commit_undrawn_field(FieldEdit& edit, FrameRequests& out);

// Commits the field being typed in and hands over again any kept text whose save failed:
// before the app quits or the session closes.
void flush_field(FieldEdit& edit, FrameRequests& out);

// "5", "1.5", "0.25": minutes as typed into a duration field.
std::string minutes_text(int seconds);

}  // namespace hostspace::gui
