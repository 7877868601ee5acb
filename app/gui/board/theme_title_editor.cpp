// The field where a theme's title is typed, over its title band: for a new theme (from the
// selection, at a right-click, from Into:) nothing is made until Enter, which makes the theme
// and moves its notes in one undo step; Escape cancels and makes nothing. For a rename, Enter
// or a click elsewhere saves, Escape keeps the old title. A title that is empty or another
// theme's is refused with the reason under the field, which stays open.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/theme_edit.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr float kMinFieldWidth = 260;  // logical pixels: room for a title as it is typed

void close_title_edit(BoardUiState& ui) {
    const bool back_to_note_field = ui.title_edit.for_into;
    const int generation = ui.title_edit.generation;
    ui.title_edit = ThemeTitleEdit{};
    ui.title_edit.generation = generation;
    if (back_to_note_field) ui.focus_new_field = true;
}

// The title band the field covers, in board units; false when the theme is gone.
bool title_band(const Canvas& c, const ThemeTitleEdit& edit, Rect& band) {
    if (edit.mode == ThemeTitleMode::new_theme) {
        band = Rect{edit.plan.position.x, edit.plan.position.y, edit.plan.box.w, kGroupTitleBand};
        return true;
    }
    for (const PlacedGroup& placed : c.layout().groups) {
        if (placed.group->id == edit.group) {
            band = placed.header;
            return true;
        }
    }
    return false;
}

void paint_field_hint(const Canvas& c, const ThemeTitleEdit& edit, ImVec2 at) {
    const float s = c.map.scale;
    const bool refused = !edit.problem.empty();
    const std::string hint = refused ? edit.problem
                             : edit.mode == ThemeTitleMode::rename
                                 ? "Enter renames the theme · Esc keeps its title"
                                 : "Type the theme's name · Enter makes it · Esc cancels";
    ImFont* font = c.frame.fonts.caption;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, hint.c_str());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size.x + 16 * s, at.y + size.y + 8 * s),
                        refused ? colours::error_bg : colours::rgb(0x1F2328, 230), 6 * s);
    if (refused) {
        draw->AddRect(at, ImVec2(at.x + size.x + 16 * s, at.y + size.y + 8 * s),
                      colours::error_edge, 6 * s, 0, 1.5f * s);
    }
    draw->AddText(font, font->FontSize, ImVec2(at.x + 8 * s, at.y + 4 * s),
                  refused ? colours::error_text : colours::rgb(0xFFFFFF), hint.c_str());
}

void commit_title(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    const Board& board = c.board();
    ThemeTitleEdit& edit = ui.title_edit;
    const std::string id = edit.group;
    if (edit.mode == ThemeTitleMode::rename) {
        auto ops = rename_theme(board, id, edit.text);
        if (ops.empty()) {
            close_title_edit(ui);
            return;
        }
        out.commit(std::move(ops), [&ui, id] {
            if (ui.title_edit.group == id) close_title_edit(ui);
        });
        return;
    }
    // Worked out again: the board may have changed since the field opened.
    const ThemePlan plan =
        plan_theme(board, edit.plan.notes, edit.plan.position, canvas_measure(board, c.cache));
    const bool for_into = edit.for_into;
    out.commit(make_theme(board, id, edit.text, plan), [&ui, id, for_into] {
        if (ui.title_edit.group == id) close_title_edit(ui);
        select_theme(ui, id);
        if (for_into) ui.focus_new_field = true;
    });
}

}  // namespace

void draw_theme_title_editor(const Canvas& c, BoardUiState& ui, FrameRequests& out) {
    ThemeTitleEdit& edit = ui.title_edit;
    if (!edit.open()) return;
    Rect band;
    if (!title_band(c, edit, band)) {  // renamed theme gone meanwhile (an undo)
        close_title_edit(ui);
        return;
    }
    const float s = c.map.scale;
    const Rect r = c.map.to_screen(band);
    ImFont* font = c.frame.fonts.bold;
    const float frame_height = font->FontSize + 2 * 8 * s;
    const float width = std::max(r.w, kMinFieldWidth * s);
    const ImVec2 at(r.x, r.y + std::max(0.0f, (r.h - frame_height) / 2));

    ImGui::SetCursorScreenPos(at);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colours::card);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text);
    ImGui::PushStyleColor(ImGuiCol_Border, colours::accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kNotePadding * s, 8 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f * s);
    ImGui::PushFont(font);
    ImGui::PushID(edit.generation);
    if (edit.needs_focus) {
        ImGui::SetKeyboardFocusHere();
        edit.needs_focus = false;
    }
    ImGui::SetNextItemWidth(width);
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue |
                                      (edit.select_all ? ImGuiInputTextFlags_AutoSelectAll : 0);
    const bool entered = ImGui::InputText("##theme-title", &edit.text, flags);
    if (ImGui::IsItemActive()) edit.select_all = false;
    const bool deactivated = ImGui::IsItemDeactivated();
    const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
    ImGui::PopID();
    ImGui::PopFont();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
    edit.field_at = Vec2{(field_min.x + field_max.x) / 2, (field_min.y + field_max.y) / 2};
    paint_field_hint(c, edit, ImVec2(field_min.x, field_max.y + 6 * s));

    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        close_title_edit(ui);
        return;
    }
    const std::string except = edit.mode == ThemeTitleMode::rename ? edit.group : std::string();
    if (!entered && !deactivated) {
        // Said as it is typed: a name another theme has (an empty one only on Enter).
        edit.problem = trim_space(edit.text).empty()
                           ? std::string()
                           : theme_title_problem(c.board(), edit.text, except);
        return;
    }
    edit.problem = theme_title_problem(c.board(), edit.text, except);
    if (!edit.problem.empty()) {
        if (entered) {
            edit.needs_focus = true;  // Enter let go of the field: it keeps the keyboard
        } else {
            close_title_edit(ui);  // clicked elsewhere: nothing is made or renamed
        }
        return;
    }
    commit_title(c, ui, out);
}

void paint_theme_plan(const Canvas& c, const BoardUiState& ui) {
    const ThemeTitleEdit& edit = ui.title_edit;
    if (edit.mode != ThemeTitleMode::new_theme) return;
    const float ppu = c.map.pixels_per_unit();
    const Rect box = c.map.to_screen(edit.plan.box.grown(kGroupMargin));
    c.draw->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.right(), box.bottom()),
                          (colours::accent & 0x00FFFFFF) | (28u << 24), 10 * ppu);
    c.draw->AddRect(ImVec2(box.x, box.y), ImVec2(box.right(), box.bottom()), colours::accent,
                    10 * ppu, 0, std::max(2.0f, 2.5f * ppu));
    for (const Vec2& cell : edit.plan.cells) {
        const Rect r = c.map.to_screen(Rect{cell.x, cell.y, kNoteWidth, kNoteHeight});
        c.draw->AddRect(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()),
                        (colours::accent & 0x00FFFFFF) | (150u << 24), 5 * ppu, 0,
                        std::max(1.0f, 1.5f * ppu));
    }
}

}  // namespace hostspace::gui
