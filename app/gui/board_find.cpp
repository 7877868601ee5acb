// The toolbar row above the canvas: the find box (Ctrl+F takes the keyboard to it, Escape
// clears it and gives the keys back to the board, Enter goes to the next match) and Arrange.
// The find box's matching notes are worked out once per typed text and layout.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "app/gui/board_canvas.hpp"
#include "app/gui/theme.hpp"
#include "core/board/filter.hpp"

namespace hostspace::gui {

void update_find_matches(const Board& board, const BoardCanvasCache& cache, BoardFindState& find) {
    if (find.matched_revision == cache.revision() && find.matched_text == find.text) return;
    const bool same_text = find.matched_text == find.text;
    find.matched_text = find.text;
    find.matched_revision = cache.revision();
    find.matches.clear();
    find.is_match.clear();
    if (!same_text) find.next = 0;
    const NoteFilter filter = parse_filter(find.text);
    if (!filter.active()) return;
    const BoardLayout& layout = cache.layout();
    find.is_match.assign(layout.notes.size(), 0);
    for (std::size_t i = 0; i < layout.notes.size(); ++i) {
        if (!note_matches(board, *layout.notes[i].note, filter)) continue;
        find.is_match[i] = 1;
        find.matches.push_back(static_cast<std::uint32_t>(i));
    }
}

namespace {

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
        if (!find.matches.empty()) {
            if (find.next >= find.matches.size()) find.next = 0;
            const std::uint32_t index = find.matches[find.next++];
            find.go_to = ui.cache->layout().notes[index].note->id;
        }
    }
    if (find.active()) {
        ImGui::SameLine();
        char count[64];
        std::snprintf(count, sizeof count, "%zu of %zu", find.matches.size(),
                      ui.cache->layout().notes.size());
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colours::text_muted), "%s", count);
    }
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

}  // namespace hostspace::gui
