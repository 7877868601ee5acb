// One frame of the board canvas: the view transform (pan and zoom) instead of a scrolled
// child window, one invisible button for the whole canvas with hit-testing done here (no
// ImGui item per note), the notes in view only, the editor and menu over them, the overview
// and the zoom buttons.
#include "app/gui/board/board_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImGuiButtonFlags_AllowItemOverlap

#include <algorithm>
#include <cstdio>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

constexpr float kRevealMargin = 24;  // logical pixels between a revealed note and the edge
constexpr float kFitMargin = 24;
constexpr float kButtonZoom = 1.25f;

void reveal_note(const Canvas& c, BoardUiState& ui) {
    if (ui.reveal.empty()) return;
    const int index = c.cache.index_of(c.board(), ui.reveal);
    if (index >= 0) {
        ui.view = reveal_rect(ui.view, c.layout().notes[static_cast<std::size_t>(index)].rect,
                              c.map.size, c.map.scale, kRevealMargin * c.map.scale);
    }
    ui.reveal.clear();
}

// Enter in the find box: the next match in the middle of the canvas.
void go_to_match(const Canvas& c, BoardUiState& ui) {
    if (ui.find.go_to.empty()) return;
    const int index = c.cache.index_of(c.board(), ui.find.go_to);
    if (index >= 0) {
        const Rect& r = c.layout().notes[static_cast<std::size_t>(index)].rect;
        ui.view = centre_on(ui.view, Vec2{r.x + r.w / 2, r.y + r.h / 2}, c.map.size, c.map.scale);
    }
    ui.find.go_to.clear();
}

bool toolbar_button(const char* label, const char* tooltip, float width = 0) {
    const bool clicked = ImGui::Button(label, ImVec2(width, 0));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    ImGui::SameLine(0, 4);
    return clicked;
}

// The zoom buttons in the canvas's bottom-right corner: -, the zoom (a click: 100 %), +, Fit.
void draw_toolbar(const Canvas& c, BoardUiState& ui) {
    const float s = c.map.scale;
    char zoom_label[32];
    std::snprintf(zoom_label, sizeof zoom_label, "%d%%###zoom",
                  static_cast<int>(ui.view.zoom * 100 + 0.5f));
    const ImGuiStyle& style = ImGui::GetStyle();
    auto width = [&](const char* label) {
        return ImGui::CalcTextSize(label, nullptr, true).x + 2 * style.FramePadding.x;
    };
    const float total = width("−") + width("000%") + width("+") + width("Fit") + 3 * 4;
    const float height = ImGui::GetFrameHeight();
    ImGui::SetCursorScreenPos(ImVec2(c.map.min.x + c.map.size.x - total - 10 * s,
                                     c.map.min.y + c.map.size.y - height - 8 * s));
    const Vec2 centre{c.map.size.x / 2, c.map.size.y / 2};
    float zoom = ui.view.zoom;
    if (toolbar_button("−", "Zoom out (Ctrl+-)")) zoom /= kButtonZoom;
    if (toolbar_button(zoom_label, "Back to 100 % (Ctrl+0)", width("000%"))) zoom = 1;
    if (toolbar_button("+", "Zoom in (Ctrl+=, or Ctrl+wheel)")) zoom *= kButtonZoom;
    if (toolbar_button("Fit", "Show every note (F)")) {
        ui.view = fit_view(c.layout().content, c.map.size, s, kFitMargin * s);
        return;
    }
    if (zoom != ui.view.zoom) ui.view = zoom_about(ui.view, s, centre, zoom);
}

void draw_editor(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    if (c.editing < 0) return;
    const PlacedNote& placed = c.layout().notes[static_cast<std::size_t>(c.editing)];
    ImGui::PushID(placed.note->id.c_str());
    const Vec2 at = c.map.to_screen(Vec2{placed.rect.x, placed.rect.y});
    draw_note_editor(c.frame, *placed.note, to_imvec(at), placed.rect.h, c.map.view.zoom, ui, out);
    ImGui::PopID();
}

// A theme is picked alone: picking notes lets go of it, and so does its delete (an undo,
// another window).
void settle_theme_selection(const Board& board, BoardUiState& ui) {
    if (ui.selected_theme.empty()) return;
    const Group* group = board.find_group(ui.selected_theme);
    if (!ui.selection.empty() || !group || group->deleted.value) ui.selected_theme.clear();
}

// For the GUI tests: the theme picked, and the theme title field while it is open (what it is
// for and where its middle is on screen).
void log_themes_for_tests(BoardUiState& ui) {
    if (!test_log_enabled()) return;
    const ThemeTitleEdit& edit = ui.title_edit;
    char field[96] = " title_field=-";
    if (edit.open()) {
        std::snprintf(field, sizeof field, " title_field=%s at=%.0f,%.0f",
                      edit.mode == ThemeTitleMode::rename ? "rename" : "new", edit.field_at.x,
                      edit.field_at.y);
    }
    const std::string line =
        "theme selected=" + (ui.selected_theme.empty() ? std::string("-") : ui.selected_theme) +
        field + (edit.problem.empty() ? "" : " refused");
    if (ui.theme_log_line == line) return;
    ui.theme_log_line = line;
    note_for_tests(line);
}

void draw_menu(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    if (!ImGui::BeginPopup("note-menu")) return;
    const Note* note = c.board().find_note(ui.menu_note);
    if (!note || note->deleted.value) {
        ImGui::CloseCurrentPopup();  // gone meanwhile (an undo, another window)
    } else {
        draw_note_menu(c.frame, *note, ui, out);
    }
    ImGui::EndPopup();
}

void paint_empty_hint(const Canvas& c) {
    if (!c.layout().notes.empty()) return;
    const char* hint = "No notes yet. Type one in the field above and press Enter.";
    ImGui::PushFont(c.frame.fonts.body);
    const ImVec2 size = ImGui::CalcTextSize(hint);
    c.draw->AddText(
        ImVec2(c.map.min.x + (c.map.size.x - size.x) / 2, c.map.min.y + c.map.size.y * 0.4f),
        colours::text_muted, hint);
    ImGui::PopFont();
}

// For the GUI tests (HOSTSPACE_DRAW_LOG): the view and the selection, when they change.
void log_for_tests(const Canvas& c, BoardUiState& ui) {
    if (!test_log_enabled()) return;
    // `at`: where board (0, 0) is on screen, so a test can aim at a note from its position.
    const Vec2 origin = c.map.to_screen(Vec2{0, 0});
    char filter[48] = "";
    if (ui.find.active()) {
        std::snprintf(filter, sizeof filter, " filter_matches=%zu", ui.find.matches.size());
    }
    char line[280];
    std::snprintf(
        line, sizeof line,
        "board zoom=%.2f offset=%.0f,%.0f at=%.0f,%.0f notes=%zu shown=%zu%s selected=%zu",
        ui.view.zoom, ui.view.offset.x, ui.view.offset.y, origin.x, origin.y,
        c.layout().notes.size(), c.cache.visible.size(), filter, ui.selection.size());
    if (ui.log_line == line) return;
    ui.log_line = line;
    note_for_tests(line);
}

}  // namespace

void start_editing(BoardUiState& ui, const Note& note) {
    ui.editing = note.id;
    ui.edit_text = note.text.value;
    // Wrapped by the editor's first callback, once it knows the field's width.
    ui.edit_wrapped = SoftWrapped{note.text.value, note.text.value, {}};
    ui.edit_caret = 0;
    ui.edit_needs_focus = true;
    ui.selection.select_only(note.id);
    ui.gesture.reset();
}

void draw_board(const BoardFrame& frame, float height, bool has_keys, BoardUiState& ui,
                FrameRequests& out) {
    BoardCanvasCache& cache = *ui.cache;
    const Board& board = frame.session.board;
    if (ui.layout_revision != cache.revision()) {
        // Notes deleted meanwhile (an undo, another window) leave the selection.
        ui.layout_revision = cache.revision();
        ui.selection.prune([&](const std::string& id) { return cache.index_of(board, id) < 0; });
    }
    const float row_top = ImGui::GetCursorPosY();
    draw_find_row(frame, ui, out);
    if (height > 0) height = std::max(1.0f, height - (ImGui::GetCursorPosY() - row_top));

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("board", ImVec2(0, height), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(std::max(avail.x, 1.0f), std::max(avail.y, 1.0f));
    Canvas c(frame, cache, CanvasMapping{to_vec(start), to_vec(size), frame.scale, ui.view});
    c.draw = ImGui::GetWindowDrawList();
    // One button under everything: ImGui knows the canvas holds the mouse during a drag, and
    // the editor and the zoom buttons, submitted later, may still take the pointer over it.
    ImGui::InvisibleButton("canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle |
                               ImGuiButtonFlags_AllowItemOverlap);
    ImGui::SetItemAllowOverlap();
    c.hovered = ImGui::IsItemHovered();
    c.activated = ImGui::IsItemActivated();
    if (!ui.editing.empty()) {
        c.editing = cache.index_of(board, ui.editing);
        if (c.editing < 0) ui.editing.clear();  // gone meanwhile (an undo)
    }

    c.minimap = place_minimap(c);
    ui.visible_board = c.map.visible();
    handle_canvas_mouse(c, ui, out);
    handle_canvas_keys(c, has_keys, ui, out);
    settle_theme_selection(board, ui);
    reveal_note(c, ui);
    go_to_match(c, ui);
    if (ui.fit_pending) {  // after Arrange, on the new layout
        ui.view = fit_view(c.layout().content, c.map.size, c.map.scale, kFitMargin * c.map.scale);
        ui.fit_pending = false;
    }
    c.map.view = ui.view;
    c.minimap = place_minimap(c);

    paint_canvas(c, ui);
    draw_editor(c, ui, out);
    draw_theme_title_editor(c, ui, out);
    draw_menu(c, ui, out);
    draw_theme_menus(c, ui, out);
    paint_minimap(c);
    draw_toolbar(c, ui);
    paint_empty_hint(c);
    log_for_tests(c, ui);
    log_themes_for_tests(ui);
    ImGui::EndChild();
}

}  // namespace hostspace::gui
