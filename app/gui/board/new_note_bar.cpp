// The row where notes are typed: the note field, the name, organisation and "Into:" theme new
// notes get, and the colour swatches. Alt+Up / Alt+Down in the note field pick the theme;
// Ctrl+G there (or "New theme…" in Into:'s list) makes a new theme that becomes Into:'s.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/board/board_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"
#include "core/board/theme_edit.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

// Round swatches for the new note's colour, after the last item or from the cursor.
void draw_colour_swatches(BoardUiState& ui, float scale, bool after_last_item) {
    const float d = 22 * scale;
    bool first = true;
    for (const std::string& name : named_colours()) {
        if (!first || after_last_item) ImGui::SameLine(0, first ? 10 * scale : 6 * scale);
        first = false;
        ImGui::PushID(name.c_str());
        if (ImGui::InvisibleButton("swatch", ImVec2(d, d))) ui.new_colour = name;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("New notes in %s", name.c_str());
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 centre(a.x + d / 2, a.y + d / 2);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const std::uint32_t rgb = colour_rgb(name);
        draw->AddCircleFilled(centre, d / 2 - 2 * scale, note_fill(rgb));
        draw->AddCircle(centre, d / 2 - 2 * scale, note_edge(rgb), 0, 1.0f * scale);
        if (ui.new_colour == name) {
            draw->AddCircle(centre, d / 2 + 1 * scale, colours::accent, 0, 2.5f * scale);
        }
        ImGui::PopID();
    }
}

// What could be in the way of a note in the first `columns` cells of each row: the free-spot
// search compares every cell it tries with every rectangle it is given, so leaving out those
// that no cell can touch keeps adding a note to a board of thousands quick (same result).
std::vector<Rect> taken_in_columns(const BoardLayout& layout, int columns) {
    const float right = static_cast<float>(columns) * (kNoteWidth + kNoteGap) + kNoteGap;
    const float left = -kNoteGap;
    std::vector<Rect> taken;
    auto keep = [&](const Rect& r) {
        if (r.right() > left && r.x < right) taken.push_back(r);
    };
    for (const PlacedNote& placed : layout.notes) keep(placed.rect);
    for (const PlacedGroup& placed : layout.groups) keep(placed.header);
    return taken;
}

// "New theme…" from Into: or Ctrl+G in the note field: an empty theme near the top-left of
// the view, whose title is typed on the board; made, it becomes Into:'s theme.
void new_theme_for_into(const BoardFrame& frame, BoardUiState& ui) {
    open_new_theme(frame.session.board, *ui.cache, ui, {}, spot_in_view(ui), true);
}

// Alt+Up / Alt+Down while the note field has the keyboard: the previous or next of "No theme"
// and the live themes in board order, wrapping round. Up and Down alone are left to the field.
// Ctrl+G: a new theme for Into:.
void group_keys(const BoardFrame& frame, BoardUiState& ui) {
    const Board& board = frame.session.board;
    const ImGuiIO& io = ImGui::GetIO();
    if (ui.new_field_active && io.KeyCtrl && !io.KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_G, false)) {
        new_theme_for_into(frame, ui);
        return;
    }
    if (!ui.new_field_active || !io.KeyAlt || io.KeyCtrl || io.KeyShift) return;
    const int step = ImGui::IsKeyPressed(GLFW_KEY_DOWN, true) ? 1
                     : ImGui::IsKeyPressed(GLFW_KEY_UP, true) ? -1
                                                              : 0;
    if (step == 0) return;
    std::vector<const std::string*> choices{nullptr};  // nullptr: no group
    int at = 0;
    for (const Group& group : board.groups) {
        if (group.deleted.value) continue;
        if (group.id == ui.new_group) at = static_cast<int>(choices.size());
        choices.push_back(&group.id);
    }
    const int n = static_cast<int>(choices.size());
    const std::string* pick = choices[static_cast<std::size_t>(((at + step) % n + n) % n)];
    ui.new_group = pick ? *pick : std::string();
}

// The "Into:" picker: no theme, one of the live themes (by title, in board order), or a new
// one. It follows the theme of the primary selected note whenever the selection's primary
// note changes.
void draw_group_picker(const BoardFrame& frame, BoardUiState& ui, float width) {
    const Board& board = frame.session.board;
    const std::string& primary = ui.selection.primary();
    if (primary != ui.new_group_primary) {
        ui.new_group_primary = primary;
        const Note* note = board.find_note(primary);
        if (note && !note->deleted.value) ui.new_group = note->group_id.value;
    }
    const Group* current = ui.new_group.empty() ? nullptr : board.find_group(ui.new_group);
    if (current && current->deleted.value) current = nullptr;
    if (!current) ui.new_group.clear();
    ImGui::SetNextItemWidth(width);
    const std::string preview = "Into: " + (current ? current->title.value : "No theme");
    const bool open = ImGui::BeginCombo("##into", preview.c_str());
    const ImVec2 combo_min = ImGui::GetItemRectMin(), combo_max = ImGui::GetItemRectMax();
    ImVec2 new_theme_item(-1, -1);
    if (!open && ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "The theme new notes join (Alt+Up / Alt+Down in the note field; Ctrl+G there makes "
            "a new one)");
    }
    if (open) {
        if (ImGui::Selectable("No theme", !current)) ui.new_group.clear();
        for (const Group& group : board.groups) {
            if (group.deleted.value) continue;
            ImGui::PushID(group.id.c_str());
            if (ImGui::Selectable(group.title.value.c_str(), current == &group))
                ui.new_group = group.id;
            ImGui::PopID();
        }
        ImGui::Separator();
        if (ImGui::Selectable("New theme…")) new_theme_for_into(frame, ui);
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        new_theme_item = ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2);
        ImGui::EndCombo();
    }
    if (!test_log_enabled()) return;
    // For the GUI tests: where the picker is, and its "New theme…" row while the list is open.
    char line[160];
    std::snprintf(line, sizeof line, "into-picker at=%.0f,%.0f open=%s",
                  (combo_min.x + combo_max.x) / 2, (combo_min.y + combo_max.y) / 2,
                  open ? "yes" : "no");
    std::string text = line;
    if (open) {
        std::snprintf(line, sizeof line, " new_theme=%.0f,%.0f", new_theme_item.x,
                      new_theme_item.y);
        text += line;
    }
    if (ui.into_log_line == text) return;
    ui.into_log_line = text;
    note_for_tests(text);
}

// Where a note typed into `group` goes: the first free cell of the theme's grid, and what
// moves down to make room for it (core's spot_for_new_note).
Vec2 spot_in_group(const BoardFrame& frame, const BoardUiState& ui, const Group& group,
                   std::vector<OpPayload>& pushes) {
    const Board& board = frame.session.board;
    return spot_for_new_note(board, group.id, kNoteHeight, canvas_measure(board, *ui.cache),
                             pushes);
}

// For the GUI tests (HOSTSPACE_DRAW_LOG): where the note field is and the group picked.
void log_for_tests(BoardUiState& ui, ImVec2 field) {
    if (!test_log_enabled()) return;
    char line[160];
    std::snprintf(line, sizeof line, "new-note field=%.0f,%.0f into=%s", field.x, field.y,
                  ui.new_group.empty() ? "-" : ui.new_group.c_str());
    if (ui.new_bar_log == line) return;
    ui.new_bar_log = line;
    note_for_tests(line);
}

}  // namespace

void draw_new_note_bar(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out) {
    const float s = frame.scale;
    const float full_width = ImGui::GetContentRegionAvail().x;  // the board is as wide
    const float swatches_width = static_cast<float>(named_colours().size()) * 28 * s;
    const float author_width = 190 * s, organisation_width = 230 * s, group_width = 200 * s;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;

    const float row_start = ImGui::GetCursorPosX();
    ImGui::PushFont(frame.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("New note");
    ImGui::PopFont();
    ImGui::SameLine();
    const float label_width = ImGui::GetCursorPosX() - row_start;
    const float beside =
        author_width + organisation_width + group_width + swatches_width + 4 * spacing;
    // At a large text size the name fields and colours move below the note field.
    const bool one_row = ImGui::GetContentRegionAvail().x - beside >= 320 * s;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - (one_row ? beside : 0));
    ImGui::PushID(ui.new_field_generation);
    if (ui.focus_new_field) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_new_field = false;
    }
    const bool entered =
        ImGui::InputTextWithHint("##new-note", "Type a note and press Enter", &ui.new_text,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ui.new_field_active = ImGui::IsItemActive();
    group_keys(frame, ui);
    const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
    ImGui::PopID();
    log_for_tests(ui, ImVec2((field_min.x + field_max.x) / 2, (field_min.y + field_max.y) / 2));

    if (one_row) {
        ImGui::SameLine();
    } else {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
    }
    ImGui::SetNextItemWidth(author_width);
    ImGui::InputTextWithHint("##author", "Name (optional)", &ui.new_author);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(organisation_width);
    ImGui::InputTextWithHint("##organisation", "Organisation (optional)", &ui.new_organisation);
    ImGui::SameLine();
    draw_group_picker(frame, ui, group_width);
    const float room = ImGui::GetWindowContentRegionMax().x -
                       (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x);
    const bool swatches_fit = room >= swatches_width + spacing;
    if (!swatches_fit) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
    draw_colour_swatches(ui, s, swatches_fit);

    if (!entered) return;
    ui.focus_new_field = true;  // Enter let go of the field; take it back for the next note
    const std::string text = trim_space(ui.new_text);
    if (text.empty()) return;
    const Board& board = frame.session.board;

    // Cells as wide as the board shows, so the note lands where it can be seen.
    const float board_units = full_width / s - 2 * kBoardMargin;
    const int columns =
        std::max(1, static_cast<int>((board_units + kNoteGap) / (kNoteWidth + kNoteGap)));
    const Group* group = ui.new_group.empty() ? nullptr : board.find_group(ui.new_group);
    std::vector<OpPayload> pushes;
    const Vec2 spot = group ? spot_in_group(frame, ui, *group, pushes)
                            : find_free_spot(taken_in_columns(frame.layout, columns), columns);
    const std::string id = new_uuid();
    AddNote add{id,
                text,
                trim_space(ui.new_author),
                trim_space(ui.new_organisation),
                ui.new_colour,
                group ? group->id : "",
                spot};
    std::vector<OpPayload> ops{std::move(add)};
    for (OpPayload& push : pushes) ops.push_back(std::move(push));
    out.commit(std::move(ops), [&ui, id] {
        ui.new_text.clear();
        ++ui.new_field_generation;
        ui.reveal = id;
    });
}

}  // namespace hostspace::gui
