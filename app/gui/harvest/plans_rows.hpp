#pragma once
// What the harvest's lists (principle lines, actions, focus items) share: the keys of a row
// being typed in (Enter goes on, Alt+Up/Down moves it, Ctrl+Delete deletes it), Ctrl+Z from an
// empty field, and a field naming who (a participant picked from a list, or free text).
#include <functional>
#include <string>
#include <vector>

#include "app/gui/harvest/plans_ui_state.hpp"
#include "app/gui/shell/field_edit.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/panel_frame.hpp"

namespace hostspace::gui {

// The last item was let go of with Enter this frame (not Tab, Escape or a click).
bool left_with_enter();

// Gives the keyboard to the next item drawn when `focus` is `key`, and clears `focus`.
void take_focus_if(std::string& focus, const std::string& key);

// Alt+Up: -1, Alt+Down: +1, else 0 (with key repeat, so holding it moves on).
int alt_arrow();
// Ctrl+Delete this frame.
bool ctrl_delete();

// Ctrl+Z (or Ctrl+Y, Ctrl+Shift+Z) in the last item, an active field with nothing typed: the
// app's undo, not the field's own, which has nothing to take back. The field lets go; returns
// true so the caller can give it the keyboard again next frame.
bool undo_from_empty_field(bool empty, FrameRequests& out);

// A line after which nothing is typed any more: the field being typed in is dropped (its row
// was deleted; Ctrl+Z brings the row back with what was saved).
void drop_typing(FieldEdit& edit);

// Alt+Up/Down and Ctrl+Delete while the row at `index` is typed in (`active`): `moves_to(i)`
// gives the ops that move it to place i, `remove` deletes it (dropping what is typed).
void row_keys(bool active, std::size_t index, FieldEdit& field, FrameRequests& out,
              const std::function<std::vector<OpPayload>(std::size_t)>& moves_to,
              const OpPayload& remove);

// Enter in a row's last field: on to the next row's first field (`focus_next` becomes
// `next_row_key`, which the list turns into that row's key) or, after the last row, the empty
// row at the end.
void on_to_next_row(std::size_t index, std::size_t count, std::string& focus_next,
                    const char* next_row_key, NewPlanRow& new_row);

// The row's first field error of the frame, from each field's edit_text_field result.
struct RowError {
    std::string text;
    void note(const std::string& error) {
        if (!error.empty()) text = error;
    }
};

// The new row emptied once its item is added (the commit's on-saved step).
std::function<void()> clear_new_row(NewPlanRow& row);

// "x,y" of a screen point, for the draw log's click targets.
std::string point_text(const ImVec2& point);

// A small × button that deletes a row or line; true when clicked.
bool remove_button(const char* id, const char* tooltip);

// Who: a text field showing `value`'s name (a participant's current name), with a list of the
// session's participants beside it. Typed text names a participant when it is one's name, else
// stays free text; `ops_for` makes the change. Returns the field's error, as edit_text_field;
// `active` and `entered` (when given) say whether the field is typed in, or was left with Enter.
std::string edit_assignee_field(const PanelFrame& frame, const char* label, const char* hint,
                                const Assignee& value, float width, FieldEdit& edit,
                                FrameRequests& out,
                                std::function<std::vector<OpPayload>(const Assignee&)> ops_for,
                                bool* active = nullptr, bool* entered = nullptr);

// The same for a row not saved yet: `text` is what is typed; picking a participant writes their
// name into it. Returns true when the field was let go of with Enter; `active` as above.
bool assignee_text_field(const PanelFrame& frame, const char* label, const char* hint,
                         std::string& text, float width, bool* active = nullptr);

// The width of the participants' list button beside a who field.
float assignee_button_width();

// Column widths of an action or focus row: a lead (the done box, or 0), the first field (what
// or question), who, when, an extra (the principle, or 0), and the × button.
struct PlanColumns {
    float lead, first, who, when, extra, remove;
};
// Splits the current line's width; `lead` and `extra` as parts of the fields' width (0: none).
PlanColumns plan_columns(float lead, float extra_part, float when_width);

struct NewRowText {
    const char* first_hint;
    const char* who_hint;
    const char* when_hint;
};
struct NewRowResult {
    bool add = false;          // Enter in one of its fields, or its Add button
    ImVec2 first, add_button;  // screen centres (GUI tests)
};
// The empty row at the end of a list: three fields and Add. Ctrl+Z in it while it is empty is
// the app's undo.
NewRowResult draw_new_plan_row(NewPlanRow& row, const PlanColumns& c, const NewRowText& text,
                               const PanelFrame& frame, FrameRequests& out);

}  // namespace hostspace::gui
