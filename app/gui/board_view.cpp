#include "app/gui/board_view.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/gui/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

ImVec2 to_screen(ImVec2 origin, float x, float y, float s) {
    return ImVec2(origin.x + x * s, origin.y + y * s);
}

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

// Where a dragged note would land now: whole board units, never left of or above the origin.
Vec2 drag_target(const NoteDrag& drag, ImVec2 mouse, float s) {
    const float x = drag.start.x + (mouse.x - drag.press_mouse.x) / s;
    const float y = drag.start.y + (mouse.y - drag.press_mouse.y) / s;
    return Vec2{std::max(0.0f, std::round(x)), std::max(0.0f, std::round(y))};
}

void paint_dots(ImDrawList* draw, ImVec2 origin, float s) {
    const float step = 28 * s;
    const ImVec2 lo = draw->GetClipRectMin(), hi = draw->GetClipRectMax();
    const float x0 = origin.x + std::ceil((lo.x - origin.x) / step) * step;
    const float y0 = origin.y + std::ceil((lo.y - origin.y) / step) * step;
    const float r = 1.2f * s;
    for (float y = y0; y < hi.y; y += step) {
        for (float x = x0; x < hi.x; x += step) {
            draw->AddRectFilled(ImVec2(x - r, y - r), ImVec2(x + r, y + r), colours::board_dot);
        }
    }
}

void paint_groups(const BoardFrame& frame, ImDrawList* draw, ImVec2 origin) {
    const float s = frame.scale;
    for (const PlacedGroup& placed : frame.layout.groups) {
        const Rect& r = placed.region;
        const ImVec2 a = to_screen(origin, r.x, r.y, s),
                     b = to_screen(origin, r.right(), r.bottom(), s);
        draw->AddRectFilled(a, b, colours::group_bg, 10 * s);
        draw->AddRect(a, b, colours::group_edge, 10 * s, 0, 1.0f * s);

        const Rect& h = placed.header;
        ImVec2 text_at = to_screen(origin, h.x + kNotePadding, h.y + 10, s);
        if (!placed.group->colour.value.empty()) {
            const float d = 14 * s;
            const ImVec2 dot(text_at.x + d / 2, text_at.y + frame.fonts.bold->FontSize / 2);
            const std::uint32_t rgb = colour_rgb(placed.group->colour.value);
            draw->AddCircleFilled(dot, d / 2, note_fill(rgb));
            draw->AddCircle(dot, d / 2, note_edge(rgb), 0, 1.0f * s);
            text_at.x += d + 8 * s;
        }
        const std::string& title = placed.group->title.value;
        draw->AddText(frame.fonts.bold, frame.fonts.bold->FontSize, text_at, colours::text,
                      title.data(), title.data() + title.size());
    }
}

// Hover, selection, drag and the context menu for one note (its paint comes later). True
// while the note is hovered.
bool interact_with_note(const BoardFrame& frame, const PlacedNote& placed, ImVec2 top_left,
                        BoardUiState& ui, FrameRequests& out) {
    const Note& note = *placed.note;
    const float s = frame.scale;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCursorScreenPos(top_left);
    ImGui::InvisibleButton("note", ImVec2(kNoteWidth * s, placed.look.height * s));
    if (ImGui::IsItemActivated()) {
        ui.selected = note.id;
        ui.drag = NoteDrag{note.id, io.MouseClickedPos[0], note.position.value, false};
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) start_editing(ui, note);
    if (ImGui::IsItemDeactivated() && ui.drag && ui.drag->id == note.id) {
        if (ui.drag->moved) {
            const Vec2 to = drag_target(*ui.drag, io.MousePos, s);
            if (!(to == note.position.value)) out.commit({MoveNote{note.id, to}});
        }
        ui.drag.reset();
    }
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) ui.selected = note.id;
    const bool hovered = ImGui::IsItemHovered();
    if (hovered || ImGui::IsItemActive()) {
        ImGui::SetMouseCursor(ui.drag && ui.drag->moved ? ImGuiMouseCursor_ResizeAll
                                                        : ImGuiMouseCursor_Hand);
    }
    draw_note_menu(frame, note, ui, out);
    return hovered;
}

void handle_board_keys(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out) {
    if (ImGui::GetIO().WantTextInput || !ui.editing.empty()) return;
    // A popup (the method picker, a note's menu) has the keys: Enter there is not "edit".
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    const Note* note = ui.selected.empty() ? nullptr : frame.session.board.find_note(ui.selected);
    if (!note || note->deleted.value) return;
    if (key_pressed(ImGuiKey_Delete)) {
        const std::string id = note->id;
        out.commit({DeleteNote{id}}, [&ui, id] {
            if (ui.selected == id) ui.selected.clear();
        });
    } else if (ImGui::IsKeyPressed(GLFW_KEY_F2, false) || key_pressed(ImGuiKey_Enter) ||
               key_pressed(ImGuiKey_KeyPadEnter)) {
        start_editing(ui, *note);
    } else if (key_pressed(ImGuiKey_Escape)) {
        ui.selected.clear();
    }
}

void reveal_note(const Rect& rect, ImVec2 top_left, float s, BoardUiState& ui) {
    const ImVec2 window_size = ImGui::GetWindowSize();
    // Content coordinates: where the note is now plus how far the board is scrolled.
    const ImVec2 window_pos = ImGui::GetWindowPos();
    const float left = top_left.x - window_pos.x + ImGui::GetScrollX();
    const float top = top_left.y - window_pos.y + ImGui::GetScrollY();
    const float right = left + rect.w * s, bottom = top + rect.h * s;
    if (top < ImGui::GetScrollY() || bottom > ImGui::GetScrollY() + window_size.y) {
        ImGui::SetScrollY(std::max(0.0f, top - window_size.y / 3));
    }
    if (left < ImGui::GetScrollX() || right > ImGui::GetScrollX() + window_size.x) {
        ImGui::SetScrollX(std::max(0.0f, left - window_size.x / 3));
    }
    ui.reveal.clear();
}

}  // namespace

void start_editing(BoardUiState& ui, const Note& note) {
    ui.editing = note.id;
    ui.edit_text = note.text.value;
    ui.edit_needs_focus = true;
    ui.selected = note.id;
    ui.drag.reset();
}

void draw_board(const BoardFrame& frame, float height, bool has_keys, BoardUiState& ui,
                FrameRequests& out) {
    const float s = frame.scale;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("board", ImVec2(0, height), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Board (0, 0) sits a margin in from the corner, further if notes lie left of or above it
    // (another device may put them there), so everything can be scrolled to.
    const Rect& extent = frame.layout.extent;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 origin(start.x + (kBoardMargin - std::min(extent.x, 0.0f)) * s,
                        start.y + (kBoardMargin - std::min(extent.y, 0.0f)) * s);
    paint_dots(draw, origin, s);
    ImGui::Dummy(ImVec2((origin.x - start.x) + (extent.right() + kBoardMargin) * s,
                        (origin.y - start.y) + (extent.bottom() + kBoardMargin) * s));

    if (ui.drag && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) ui.drag->moved = true;
    // Paint order is board order with the dragged note on top; hit-testing goes top down.
    std::vector<const PlacedNote*> order;
    order.reserve(frame.layout.notes.size());
    const PlacedNote* lifted = nullptr;
    for (const PlacedNote& placed : frame.layout.notes) {
        if (ui.drag && ui.drag->moved && ui.drag->id == placed.note->id) {
            lifted = &placed;
        } else {
            order.push_back(&placed);
        }
    }
    if (lifted) order.push_back(lifted);
    std::vector<ImVec2> top_left(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Note& note = *order[i]->note;
        Vec2 at = note.position.value;
        if (order[i] == lifted) at = drag_target(*ui.drag, ImGui::GetIO().MousePos, s);
        top_left[i] = to_screen(origin, at.x, at.y, s);
    }

    const bool drag_was_live = ui.drag.has_value();
    std::vector<bool> hovered(order.size(), false);
    const Note* edited = nullptr;
    ImVec2 edited_at;
    float edited_height = 0;
    for (std::size_t i = order.size(); i-- > 0;) {
        const Note& note = *order[i]->note;
        if (note.id == ui.editing) {
            edited = &note;
            edited_at = top_left[i];
            edited_height = order[i]->look.height;
            continue;
        }
        ImGui::PushID(note.id.c_str());
        hovered[i] = interact_with_note(frame, *order[i], top_left[i], ui, out);
        ImGui::PopID();
    }

    paint_groups(frame, draw, origin);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Note& note = *order[i]->note;
        if (&note == edited) continue;
        NotePaint state;
        state.selected = note.id == ui.selected;
        state.lifted = order[i] == lifted;
        state.hovered = hovered[i];
        paint_note(draw, note, order[i]->look, frame.fonts, top_left[i], s, state);
        if (note.id == ui.reveal) reveal_note(order[i]->rect, top_left[i], s, ui);
    }
    if (edited) {
        ImGui::PushID(edited->id.c_str());
        draw_note_editor(frame, *edited, edited_at, edited_height, ui, out);
        ImGui::PopID();
    } else if (!ui.editing.empty()) {
        const Note* note = frame.session.board.find_note(ui.editing);
        if (!note || note->deleted.value) ui.editing.clear();  // gone meanwhile (an undo)
    }

    if (frame.layout.notes.empty()) {
        const char* hint = "No notes yet. Type one in the field above and press Enter.";
        ImGui::PushFont(frame.fonts.body);
        const ImVec2 size = ImGui::CalcTextSize(hint);
        const ImVec2 win = ImGui::GetWindowPos(), win_size = ImGui::GetWindowSize();
        draw->AddText(ImVec2(win.x + (win_size.x - size.x) / 2, win.y + win_size.y * 0.4f),
                      colours::text_muted, hint);
        ImGui::PopFont();
    }
    // A click on the bare board lets go of the selection.
    if (ImGui::IsWindowHovered() && !ImGui::IsAnyItemHovered() &&
        ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        ui.selected.clear();
    }
    if (drag_was_live && ui.drag && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) ui.drag.reset();
    if (has_keys) handle_board_keys(frame, ui, out);
    ImGui::EndChild();
}

}  // namespace hostspace::gui
