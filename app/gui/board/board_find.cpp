// The toolbar row above the canvas: the find box (Ctrl+F takes the keyboard to it, Escape
// clears it and gives the keys back to the board, Enter goes to the next match) and Arrange.
// The find box's matching notes are worked out once per typed text and layout. Matches inside
// a collapsed group count too: Enter goes to their group and its box is ringed, but the group
// stays collapsed (opening it is an op every device sees; C opens it).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/filter.hpp"

namespace hostspace::gui {

void update_find_matches(const Board& board, const BoardCanvasCache& cache, BoardFindState& find) {
    if (find.matched_revision == cache.revision() && find.matched_text == find.text) return;
    const bool same_text = find.matched_text == find.text;
    find.matched_text = find.text;
    find.matched_revision = cache.revision();
    find.matches.clear();
    find.is_match.clear();
    find.collapsed_groups.clear();
    find.collapsed_notes = 0;
    if (!same_text) find.next = 0;
    const NoteFilter filter = parse_filter(find.text);
    find.filtering = filter.active();
    if (!filter.active()) return;
    find.live_notes = board.live_note_count();
    const BoardLayout& layout = cache.layout();
    find.is_match.assign(layout.notes.size(), 0);
    for (std::size_t i = 0; i < layout.notes.size(); ++i) {
        if (!note_matches(board, *layout.notes[i].note, filter)) continue;
        find.is_match[i] = 1;
        find.matches.push_back(static_cast<std::uint32_t>(i));
    }
    CollapsedMatches hidden = matches_in_collapsed_groups(board, filter);
    find.collapsed_groups = std::move(hidden.groups);
    find.collapsed_notes = hidden.notes;
}

namespace {

constexpr float kRingPad = 3;  // board units between a collapsed group's box and its ring

// Enter: the next match, the shown ones first, then each collapsed group holding some.
void step_to_next_match(BoardUiState& ui) {
    BoardFindState& find = ui.find;
    const std::size_t stops = find.matches.size() + find.collapsed_groups.size();
    if (stops == 0) return;
    if (find.next >= stops) find.next = 0;
    const std::size_t stop = find.next++;
    if (stop < find.matches.size()) {
        find.go_to = ui.cache->layout().notes[find.matches[stop]].note->id;
    } else {
        find.go_to_group = find.collapsed_groups[stop - find.matches.size()];
        focus_groups(ui, {find.go_to_group});  // so C on the board opens it
    }
}

// "12 of 300", and "· 3 in collapsed groups" when some of the 12 are hidden.
void draw_count(const BoardFindState& find) {
    char count[96];
    const int n = std::snprintf(count, sizeof count, "%zu of %zu",
                                find.matches.size() + find.collapsed_notes, find.live_notes);
    if (find.collapsed_notes > 0 && n > 0) {
        std::snprintf(count + n, sizeof count - static_cast<std::size_t>(n), " · %zu in %s",
                      find.collapsed_notes,
                      find.collapsed_groups.size() == 1 ? "a collapsed group" : "collapsed groups");
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colours::text_muted), "%s", count);
    if (find.collapsed_notes > 0 && ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Enter goes to each match, then to each collapsed group holding some "
            "(ringed); C on the board opens the group");
    }
}

// For the GUI tests (HOSTSPACE_DRAW_LOG): the matches, hidden ones included.
void log_for_tests(BoardFindState& find) {
    if (!test_log_enabled()) return;
    char line[96] = "find off";
    if (find.filtering) {
        std::snprintf(line, sizeof line, "find matches=%zu of=%zu collapsed=%zu in_groups=%zu",
                      find.matches.size() + find.collapsed_notes, find.live_notes,
                      find.collapsed_notes, find.collapsed_groups.size());
    }
    if (find.log_line == line) return;
    find.log_line = line;
    note_for_tests(line);
}

void draw_row(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out) {
    BoardFindState& find = ui.find;
    const ImGuiIO& io = ImGui::GetIO();
    const bool popup =
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    if (!popup && io.KeyCtrl && !io.KeyAlt && !io.KeyShift &&
        ImGui::IsKeyPressed(GLFW_KEY_F, false)) {
        find.focus = true;
    }
    ImGui::PushFont(frame.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Find");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320 * frame.scale);
    if (find.focus) {
        ImGui::SetKeyboardFocusHere();
        find.focus = false;
    }
    const bool entered = ImGui::InputTextWithHint(
        "##find", "Text, author:, org: or group: (Ctrl+F)", &find.text,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    find.field_active = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
        find.text.clear();  // and the field lets go: the board has the keys again
    }
    update_find_matches(frame.session.board, *ui.cache, find);
    if (entered) {
        find.focus = true;  // Enter let go of the field; keep it for the next Enter
        step_to_next_match(ui);
    }
    if (find.filtering) draw_count(find);
    log_for_tests(find);
    ImGui::SameLine(0, 16 * frame.scale);
    if (ImGui::Button("Arrange")) arrange_board(frame.session.board, *ui.cache, ui, out);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Each group's notes in a tidy grid (Ctrl+Shift+A); Ctrl+Z undoes it");
    }
}

}  // namespace

void draw_find_row(const BoardFrame& frame, BoardUiState& ui, FrameRequests& out) {
    // A window of its own: its field must not shift the keyboard-focus order of the new-note
    // bar's window, where a focus request after Enter finds the note field by its position.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::BeginChild("board-toolbar", ImVec2(0, ImGui::GetFrameHeight() + style.ItemSpacing.y),
                      false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_row(frame, ui, out);
    ImGui::EndChild();
}

void go_to_find_group(const Canvas& c, BoardUiState& ui) {
    if (ui.find.go_to_group.empty()) return;
    for (const PlacedGroup& placed : c.layout().groups) {
        if (placed.group->id != ui.find.go_to_group) continue;
        const Rect& r = placed.region;
        ui.view = centre_on(ui.view, Vec2{r.x + r.w / 2, r.y + r.h / 2}, c.map.size, c.map.scale);
        if (test_log_enabled()) note_for_tests("find went to group " + placed.group->title.value);
        break;
    }
    ui.find.go_to_group.clear();
}

void paint_find_rings(const BoardLayout& layout, const CanvasMapping& map,
                      const BoardFindState& find, ImDrawList* draw) {
    if (!find.filtering || find.collapsed_groups.empty()) return;
    const float ppu = map.pixels_per_unit();
    for (const PlacedGroup& placed : layout.groups) {
        const auto& ids = find.collapsed_groups;
        if (std::find(ids.begin(), ids.end(), placed.group->id) == ids.end()) continue;
        const Rect r = map.to_screen(placed.region.grown(kRingPad));
        draw->AddRect(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()), colours::accent, 12 * ppu, 0,
                      std::max(2.5f, 4 * ppu));
    }
}

}  // namespace hostspace::gui
