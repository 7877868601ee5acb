// The canvas's mouse: a press on a note picks it (Shift or Ctrl: adds or removes it) and a
// drag moves the selection; dropped on a theme, notes from elsewhere take the first free cells
// of its grid. A press on a theme's title band drags the theme (a click picks it, a
// double-click renames it); dropped on another theme, it merges into it. On the bare board a
// drag pans (Shift+drag: a rubber band that adds notes to the selection), and so do Space+drag
// and the middle button anywhere. A right-click opens the menu of the note, the theme or the
// bare board under it. The wheel pans, Ctrl+wheel zooms about the pointer. Ops are committed
// on release only, one undo step per drag.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "app/gui/board/board_canvas.hpp"
#include "core/board/board_edit.hpp"
#include "core/board/theme_edit.hpp"

namespace hostspace::gui {
namespace {

constexpr float kWheelStep = 80;     // pixels panned per wheel notch
constexpr float kWheelZoom = 1.15f;  // zoom factor per notch with Ctrl

void handle_wheel(const Canvas& c, BoardUiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseWheel == 0 && io.MouseWheelH == 0) return;
    const float s = c.map.scale;
    if (io.KeyCtrl) {
        const Vec2 anchor{io.MousePos.x - c.map.min.x, io.MousePos.y - c.map.min.y};
        ui.view =
            zoom_about(ui.view, s, anchor, ui.view.zoom * std::pow(kWheelZoom, io.MouseWheel));
    } else if (io.KeyShift) {
        ui.view = pan_by(ui.view, s, Vec2{io.MouseWheel * kWheelStep, 0});
    } else {
        ui.view = pan_by(ui.view, s, Vec2{io.MouseWheelH * kWheelStep, io.MouseWheel * kWheelStep});
    }
    // A pan in progress goes on from here.
    if (ui.gesture && ui.gesture->kind == CanvasGestureKind::pan) {
        ui.gesture->press_mouse = io.MousePos;
        ui.gesture->press_offset = ui.view.offset;
    }
}

// The top-most group whose title band holds `point`.
const PlacedGroup* title_band_at(const BoardLayout& layout, Vec2 point) {
    for (auto it = layout.groups.rbegin(); it != layout.groups.rend(); ++it) {
        if (contains(it->header, point)) return &*it;
    }
    return nullptr;
}

// A left click on a group's collapse chevron (with no note over it) toggles the group.
bool toggle_collapse_at(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    if (!ImGui::IsMouseClicked(ImGuiMouseButton_Left)) return false;
    const Vec2 point = c.map.to_board(to_vec(ImGui::GetIO().MousePos));
    const PlacedGroup* placed = title_band_at(c.layout(), point);
    if (!placed || !contains(placed->chevron(), point)) return false;
    if (c.cache.note_grid().top_most_at(point, c.editing) >= 0) return false;
    out.commit({SetGroupCollapsed{placed->group->id, !placed->collapsed()}});
    focus_groups(ui, {placed->group->id});  // C toggles it back
    return true;
}

Vec2 lowest_of(const Board& board, const std::vector<std::string>& ids, Vec2 start) {
    Vec2 low = start;
    for (const std::string& id : ids) {
        if (const Note* note = board.find_note(id)) {
            low.x = std::min(low.x, note->position.value.x);
            low.y = std::min(low.y, note->position.value.y);
        }
    }
    return low;
}

void start_note_drag(const Canvas& c, int index, BoardUiState& ui, CanvasGesture& g) {
    const ImGuiIO& io = ImGui::GetIO();
    const Note& note = *c.layout().notes[static_cast<std::size_t>(index)].note;
    if (io.KeyShift || io.KeyCtrl) {
        ui.selection.toggle(note.id);
        if (!ui.selection.contains(note.id)) return;  // taken out: nothing to drag
    } else if (ui.selection.contains(note.id)) {
        g.select_alone_on_click = ui.selection.size() > 1;
    } else {
        ui.selection.select_only(note.id);
    }
    g.kind = CanvasGestureKind::move_notes;
    g.pressed_note = note.id;
    g.ids = ui.selection.in_board_order(c.board());
    const float inf = std::numeric_limits<float>::infinity();
    g.lowest = lowest_of(c.board(), g.ids, Vec2{inf, inf});
    ui.gesture = std::move(g);
}

void start_group_drag(const Canvas& c, const PlacedGroup& placed, BoardUiState& ui,
                      CanvasGesture& g) {
    g.kind = CanvasGestureKind::move_group;
    g.group = placed.group->id;
    focus_groups(ui, {g.group});  // what C collapses or opens
    if (placed.collapsed()) {     // its notes are not laid out, but they move with it
        for (const Note& note : c.board().notes) {
            if (!note.deleted.value && note.group_id.value == g.group) g.ids.push_back(note.id);
        }
    }
    for (const PlacedNote& note : c.layout().notes) {
        if (note.note->group_id.value == g.group) g.ids.push_back(note.note->id);
    }
    g.lowest = lowest_of(c.board(), g.ids, placed.group->position.value);
    ui.gesture = std::move(g);
}

void start_gesture(Canvas& c, int button, BoardUiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse = to_vec(io.MousePos);
    const Vec2 point = c.map.to_board(mouse);
    CanvasGesture g;
    g.button = button;
    g.press_mouse = io.MousePos;
    g.press_offset = ui.view.offset;
    if (button == ImGuiMouseButton_Middle) {
        ui.gesture = std::move(g);  // a pan
        return;
    }
    const int hit = c.cache.note_grid().top_most_at(point, c.editing);
    if (button == ImGuiMouseButton_Right) {
        if (hit >= 0) {
            const Note& note = *c.layout().notes[static_cast<std::size_t>(hit)].note;
            if (!ui.selection.contains(note.id)) ui.selection.select_only(note.id);
            ui.menu_note = note.id;
            ImGui::OpenPopup("note-menu");
        } else if (const PlacedGroup* placed = group_at(c.layout(), point)) {
            open_theme_menu(ui, placed->group->id);
        } else {
            open_board_menu(ui, point);
        }
        return;
    }
    if (c.minimap.w > 0 && contains(c.minimap, mouse)) {
        g.kind = CanvasGestureKind::minimap;
        ui.view = minimap_view_at(c, mouse);
        ui.gesture = std::move(g);
        return;
    }
    if (ImGui::IsKeyDown(GLFW_KEY_SPACE) && !io.WantTextInput) {
        ui.gesture = std::move(g);  // Space+drag pans, even over notes
        return;
    }
    if (hit >= 0) {
        if (io.MouseDoubleClicked[ImGuiMouseButton_Left]) {
            start_editing(ui, *c.layout().notes[static_cast<std::size_t>(hit)].note);
            return;
        }
        start_note_drag(c, hit, ui, g);
        return;
    }
    if (const PlacedGroup* placed = title_band_at(c.layout(), point)) {
        if (io.MouseDoubleClicked[ImGuiMouseButton_Left]) {
            start_renaming_theme(c.board(), ui, placed->group->id);
            return;
        }
        start_group_drag(c, *placed, ui, g);
        return;
    }
    if (io.KeyShift) {
        g.kind = CanvasGestureKind::rubber_band;
    } else {
        g.clear_on_click = true;  // a pan, or a click that lets go of the selection
    }
    ui.gesture = std::move(g);
}

Rect band_rect(const Canvas& c, const CanvasGesture& g) {
    const Vec2 a = c.map.to_board(to_vec(g.press_mouse));
    const Vec2 b = c.map.to_board(to_vec(ImGui::GetIO().MousePos));
    return Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(a.x - b.x), std::abs(a.y - b.y)};
}

void finish_gesture(Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const CanvasGesture g = std::move(*ui.gesture);
    ui.gesture.reset();
    const Board& board = c.board();
    switch (g.kind) {
        case CanvasGestureKind::move_notes:
            if (g.moved) {
                const Vec2 point = c.map.to_board(to_vec(ImGui::GetIO().MousePos));
                const PlacedGroup* target = group_at(c.layout(), point);
                auto ops =
                    target ? drop_notes_on_theme(board, g.ids, gesture_delta(c, g),
                                                 target->group->id, canvas_measure(board, c.cache))
                           : drop_notes(board, g.ids, gesture_delta(c, g), "");
                if (!ops.empty()) out.commit(std::move(ops));
            } else if (g.select_alone_on_click) {
                ui.selection.select_only(g.pressed_note);
            }
            break;
        case CanvasGestureKind::move_group:
            if (!g.moved) {
                select_theme(ui, g.group);  // a click on the title picks the theme
            } else if (const PlacedGroup* into = group_at(
                           c.layout(), c.map.to_board(to_vec(ImGui::GetIO().MousePos)), g.group)) {
                merge_theme_now(board, c.cache, ui, g.group, into->group->id, out);
            } else {
                select_theme(ui, g.group);
                const Vec2 delta = gesture_delta(c, g);
                const Group* group = board.find_group(g.group);
                if (!group || (delta.x == 0 && delta.y == 0)) break;
                std::vector<OpPayload> ops{
                    MoveGroup{g.group, moved_position(group->position.value, delta)}};
                for (auto& op : move_notes(board, g.ids, delta)) ops.push_back(std::move(op));
                out.commit(std::move(ops));
            }
            break;
        case CanvasGestureKind::rubber_band:
            for (std::uint32_t i : c.banded) ui.selection.add(c.layout().notes[i].note->id);
            break;
        case CanvasGestureKind::pan:
            if (!g.moved && g.clear_on_click) {
                ui.selection.clear();
                ui.group_focus.clear();
                ui.selected_theme.clear();
            }
            break;
        case CanvasGestureKind::minimap:
            break;
    }
}

void follow_gesture(Canvas& c, BoardUiState& ui) {
    CanvasGesture& g = *ui.gesture;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseDragging(g.button)) g.moved = true;
    if (g.kind == CanvasGestureKind::pan && g.moved) {
        CanvasView from = ui.view;
        from.offset = g.press_offset;
        ui.view = pan_by(from, c.map.scale,
                         Vec2{io.MousePos.x - g.press_mouse.x, io.MousePos.y - g.press_mouse.y});
    } else if (g.kind == CanvasGestureKind::minimap) {
        ui.view = minimap_view_at(c, to_vec(io.MousePos));
    }
}

}  // namespace

Vec2 moved_position(Vec2 position, Vec2 delta) {
    return Vec2{std::max(0.0f, std::round(position.x + delta.x)),
                std::max(0.0f, std::round(position.y + delta.y))};
}

Vec2 gesture_delta(const Canvas& c, const CanvasGesture& g) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float ppu = c.map.pixels_per_unit();
    Vec2 d{std::round((mouse.x - g.press_mouse.x) / ppu),
           std::round((mouse.y - g.press_mouse.y) / ppu)};
    // Nothing is pushed past the origin, so the notes keep their arrangement at the edge.
    d.x = std::max(d.x, -std::max(g.lowest.x, 0.0f));
    d.y = std::max(d.y, -std::max(g.lowest.y, 0.0f));
    return d;
}

const PlacedGroup* group_at(const BoardLayout& layout, Vec2 point, const std::string& except) {
    for (auto it = layout.groups.rbegin(); it != layout.groups.rend(); ++it) {
        if (!except.empty() && it->group->id == except) continue;
        if (contains(it->region, point) || contains(it->header, point)) return &*it;
    }
    return nullptr;
}

bool is_lifted(const Canvas& c, const BoardUiState& ui, int index) {
    if (!ui.gesture || !ui.gesture->moved || index < 0) return false;
    const Note& note = *c.layout().notes[static_cast<std::size_t>(index)].note;
    if (ui.gesture->kind == CanvasGestureKind::move_notes) return ui.selection.contains(note.id);
    if (ui.gesture->kind == CanvasGestureKind::move_group) {
        return note.group_id.value == ui.gesture->group;
    }
    return false;
}

void handle_canvas_mouse(Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (c.hovered || ui.gesture) handle_wheel(c, ui);
    c.map.view = ui.view;
    if (ui.gesture) {
        // The band as of this frame, for its painting and for the release.
        if (ui.gesture->kind == CanvasGestureKind::rubber_band) {
            c.cache.note_grid().query(band_rect(c, *ui.gesture), c.banded);
        }
        if (io.MouseDown[ui.gesture->button]) {
            follow_gesture(c, ui);
        } else {
            finish_gesture(c, ui, out);
        }
    }
    if (c.activated && !ui.gesture && toggle_collapse_at(c, ui, out)) {
        // a click on a group's chevron: nothing else
    } else if (c.activated && !ui.gesture) {
        for (int button = 0; button < 3; ++button) {
            if (ImGui::IsMouseClicked(button)) {
                start_gesture(c, button, ui);
                break;
            }
        }
    }
    c.map.view = ui.view;  // what is painted this frame

    const Vec2 point = c.map.to_board(to_vec(io.MousePos));
    if (c.hovered && !ui.gesture) {
        c.hovered_note = c.cache.note_grid().top_most_at(point, c.editing);
        if (c.hovered_note >= 0 || title_band_at(c.layout(), point)) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
    } else if (ui.gesture && ui.gesture->moved) {
        const bool moving = ui.gesture->kind == CanvasGestureKind::move_notes ||
                            ui.gesture->kind == CanvasGestureKind::move_group ||
                            ui.gesture->kind == CanvasGestureKind::pan;
        if (moving) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    }
}

}  // namespace hostspace::gui
