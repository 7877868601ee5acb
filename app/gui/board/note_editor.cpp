// Editing a note's text in place: a multi-line field over the note that wraps its lines like
// the note does. Enter or Ctrl+Enter saves, Shift+Enter starts a new line, Escape cancels,
// clicking elsewhere saves.
//
// ImGui 1.86's multi-line field cannot wrap, so the field shows the text with a line break at
// each wrap point, and every frame a callback maps what was typed back to the text itself and
// wraps it again (core's soft_wrap). Only the text, never a wrap break, is saved.
#include <imgui.h>
#include <imgui_internal.h>  // GetMergedKeyModFlags
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "app/gui/board/board_view.hpp"
#include "app/gui/board/note_text_cache.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

struct EditorCallback {
    BoardUiState* ui;
    WrapPoints wrap;
};

void set_caret(ImGuiInputTextCallbackData* data, int at) {
    data->CursorPos = data->SelectionStart = data->SelectionEnd =
        std::clamp(at, 0, data->BufTextLen);
}

// Every frame the field is active: what was typed into the shown text goes into the text, and
// the text is wrapped again; the caret keeps its place in the text. The first time, the caret
// goes after the text (ImGui puts it first).
int follow_edits(ImGuiInputTextCallbackData* data) {
    EditorCallback& callback = *static_cast<EditorCallback*>(data->UserData);
    BoardUiState& ui = *callback.ui;
    const std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const std::size_t caret = static_cast<std::size_t>(data->CursorPos);
    PlainEdit edit;
    if (now != ui.edit_wrapped.shown) {
        edit = reconcile_edit(ui.edit_wrapped, static_cast<std::size_t>(ui.edit_caret), now, caret);
    } else {
        edit = PlainEdit{ui.edit_wrapped.plain, shown_to_plain(ui.edit_wrapped, caret)};
    }
    SoftWrapped wrapped = soft_wrap(edit.plain, callback.wrap);
    // Untouched, the caret stays put: at the end of a wrapped line is not at the next's start.
    if (wrapped.shown != now) {
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, wrapped.shown.data(), wrapped.shown.data() + wrapped.shown.size());
        set_caret(data, static_cast<int>(plain_to_shown(wrapped, edit.caret)));
    }
    ui.edit_wrapped = std::move(wrapped);
    if (ui.edit_caret_to_end) {
        set_caret(data, data->BufTextLen);
        ui.edit_caret_to_end = false;
    }
    ui.edit_caret = data->CursorPos;
    return 0;
}

void close_editor(BoardUiState& ui) {
    ui.editing.clear();
    ui.edit_text.clear();
    ui.edit_wrapped = SoftWrapped{};
    ui.edit_caret = 0;
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
    ImFont* font = frame.fonts.body;
    const float pad = kNotePadding * s;
    const float width = kNoteWidth * s * z;
    // The lines wrap inside the padding, with room for the caret after a line's last letter.
    EditorCallback callback{&ui, wrap_points(font, width - 2 * pad - 2 * s)};
    // As tall as the note, or as its lines with one to spare: the field never scrolls.
    const float lines = static_cast<float>(
        std::count(ui.edit_wrapped.shown.begin(), ui.edit_wrapped.shown.end(), '\n') + 2);
    const ImVec2 size(
        width, std::max(std::max(height, kNoteHeight) * s * z, lines * font->FontSize + 2 * pad));

    ImGui::SetCursorScreenPos(top_left);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, note_fill(rgb));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::note_text);
    ImGui::PushStyleColor(ImGuiCol_Border, colours::accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad, pad));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f * s);
    ImGui::PushFont(font);
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
    const bool submitted = ImGui::InputTextMultiline(
        "##edit", &ui.edit_text, size,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine |
            ImGuiInputTextFlags_NoHorizontalScroll | ImGuiInputTextFlags_CallbackAlways,
        follow_edits, &callback);
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
    // The text as of the last frame's callback, with anything typed since mapped in too.
    const std::string text =
        ui.edit_text == ui.edit_wrapped.shown
            ? ui.edit_wrapped.plain
            : reconcile_edit(ui.edit_wrapped, static_cast<std::size_t>(ui.edit_caret), ui.edit_text,
                             ui.edit_text.size())
                  .plain;
    if (text == note.text.value) {
        close_editor(ui);
        return;
    }
    const std::string id = note.id;
    out.commit({EditNoteText{id, text}}, [&ui, id] {
        if (ui.editing == id) close_editor(ui);
    });
}

}  // namespace hostspace::gui
