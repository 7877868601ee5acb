// Editing a note's text in place: a multi-line field over the note. Enter or Ctrl+Enter saves,
// Shift+Enter starts a new line, Escape cancels, clicking elsewhere saves.
#include <imgui.h>
#include <imgui_internal.h>  // GetMergedKeyModFlags
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/board/board_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

// Puts the caret after the text the first time the field is active (ImGui puts it first).
int caret_to_end(ImGuiInputTextCallbackData* data) {
    bool& pending = *static_cast<bool*>(data->UserData);
    if (pending) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        pending = false;
    }
    return 0;
}

void close_editor(BoardUiState& ui) {
    ui.editing.clear();
    ui.edit_text.clear();
    ui.edit_needs_focus = false;
}

void paint_hint(const BoardFrame& frame, ImVec2 at) {
    const char* hint = "Enter saves · Shift+Enter new line · Esc cancels";
    ImFont* font = frame.fonts.caption;
    const float s = frame.scale;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, hint);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(at.x, at.y), ImVec2(at.x + size.x + 16 * s, at.y + size.y + 8 * s),
                        colours::rgb(0x1F2328, 230), 6 * s);
    draw->AddText(font, font->FontSize, ImVec2(at.x + 8 * s, at.y + 4 * s), colours::rgb(0xFFFFFF),
                  hint);
}

}  // namespace

void draw_note_editor(const BoardFrame& frame, const Note& note, ImVec2 top_left, float height,
                      float zoom, BoardUiState& ui, FrameRequests& out) {
    const float s = frame.scale;
    const std::uint32_t rgb = colour_rgb(note.colour.value);
    // Zoomed out, the field keeps its 100 % size over the note, so the text stays readable;
    // zoomed in, it covers the larger note (the text keeps its size: fonts are not rebuilt).
    const float z = std::max(zoom, 1.0f);
    const ImVec2 size(kNoteWidth * s * z, std::max(height, kNoteHeight) * s * z);

    ImGui::SetCursorScreenPos(top_left);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, note_fill(rgb));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::note_text);
    ImGui::PushStyleColor(ImGuiCol_Border, colours::accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kNotePadding * s, kNotePadding * s));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f * s);
    ImGui::PushFont(frame.fonts.body);
    if (ui.edit_needs_focus) {
        ImGui::SetKeyboardFocusHere();
        ui.edit_needs_focus = false;
        ui.edit_caret_to_end = true;
    }
    // ImGui's CtrlEnterForNewLine gives Enter = save and Ctrl+Enter = new line. For the key
    // press of this frame only, let Shift stand for Ctrl: Shift+Enter breaks the line and
    // Ctrl+Enter saves like Enter. (The input queue gives such a press a frame of its own, so
    // no typed character is in this frame to be affected.)
    ImGuiIO& io = ImGui::GetIO();
    const bool enter = key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter);
    const bool real_ctrl = io.KeyCtrl;
    const ImGuiKeyModFlags real_mods = io.KeyMods;
    if (enter) {
        io.KeyCtrl = io.KeyShift;
        io.KeyMods = ImGui::GetMergedKeyModFlags();  // ImGui checks the two agree
    }
    const bool submitted = ImGui::InputTextMultiline("##edit", &ui.edit_text, size,
                                                     ImGuiInputTextFlags_EnterReturnsTrue |
                                                         ImGuiInputTextFlags_CtrlEnterForNewLine |
                                                         ImGuiInputTextFlags_CallbackAlways,
                                                     caret_to_end, &ui.edit_caret_to_end);
    io.KeyCtrl = real_ctrl;
    io.KeyMods = real_mods;
    const bool deactivated = ImGui::IsItemDeactivated();
    ImGui::PopFont();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
    paint_hint(frame, ImVec2(top_left.x, top_left.y + size.y + 8 * s));

    if (key_pressed(ImGuiKey_Escape)) {
        close_editor(ui);
        return;
    }
    if (!submitted && !deactivated) return;
    if (ui.edit_text == note.text.value) {
        close_editor(ui);
        return;
    }
    const std::string id = note.id;
    out.commit({EditNoteText{id, ui.edit_text}}, [&ui, id] {
        if (ui.editing == id) close_editor(ui);
    });
}

}  // namespace hostspace::gui
