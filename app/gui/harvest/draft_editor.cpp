// The Purpose part's wording editor: a new draft (label, wording, raw material), a new version
// of the picked draft, or one wording from the versions written at once. Enter or Ctrl+Enter
// saves, Shift+Enter starts a new line, Esc cancels; what is typed stays while the facilitator
// looks elsewhere in the window, until it is saved or cancelled.
//
// ImGui 1.86's multi-line field cannot wrap, so, as the note editor does, the field shows the
// wording with a line break at each wrap point (core's soft_wrap) and maps what is typed back
// to the wording itself: only the wording, never a wrap break, is saved.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // GetMergedKeyModFlags, GetActiveID
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

#include "app/gui/board/note_text_cache.hpp"
#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr int kMinLines = 3, kMaxLines = 12;

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

struct WrapCallback {
    DraftEditor* editor;
    WrapPoints wrap;
    int select_from, select_to;  // in the wording: a range to select on this frame, or -1
};

void set_selection(ImGuiInputTextCallbackData* data, int from, int to) {
    data->SelectionStart = std::clamp(from, 0, data->BufTextLen);
    data->CursorPos = data->SelectionEnd = std::clamp(to, 0, data->BufTextLen);
}

// Every frame the field is active: what was typed into the shown text goes into the wording,
// which is wrapped again; the caret keeps its place in the wording.
int follow_edits(ImGuiInputTextCallbackData* data) {
    WrapCallback& callback = *static_cast<WrapCallback*>(data->UserData);
    DraftEditor& editor = *callback.editor;
    const std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const std::size_t caret = static_cast<std::size_t>(data->CursorPos);
    PlainEdit edit;
    if (now != editor.wrapped.shown) {
        edit = reconcile_edit(editor.wrapped, static_cast<std::size_t>(editor.caret), now, caret);
    } else {
        edit = PlainEdit{editor.wrapped.plain, shown_to_plain(editor.wrapped, caret)};
    }
    SoftWrapped wrapped = soft_wrap(edit.plain, callback.wrap);
    if (wrapped.shown != now) {
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, wrapped.shown.data(), wrapped.shown.data() + wrapped.shown.size());
        const int at = static_cast<int>(plain_to_shown(wrapped, edit.caret));
        set_selection(data, at, at);
    }
    if (editor.caret_to_end) {
        editor.caret_to_end = false;
        const int from = callback.select_from < 0
                             ? data->BufTextLen
                             : static_cast<int>(plain_to_shown(
                                   wrapped, static_cast<std::size_t>(callback.select_from)));
        const int to = callback.select_to < 0
                           ? data->BufTextLen
                           : static_cast<int>(plain_to_shown(
                                 wrapped, static_cast<std::size_t>(callback.select_to)));
        set_selection(data, from, to);
    }
    editor.wrapped = std::move(wrapped);
    editor.caret = data->CursorPos;
    return 0;
}

// Puts `plain` in the wording field, in a fresh widget that takes the keyboard; `select_from`
// .. `select_to` (in `plain`) are selected then, or the caret goes to the end.
void set_wording(DraftEditor& editor, const std::string& plain, int select_from = -1,
                 int select_to = -1) {
    editor.wrapped = SoftWrapped{plain, plain, {}};
    editor.shown = plain;
    editor.caret = 0;
    editor.select_from = select_from;
    editor.select_to = select_to;
    editor.focus_text = true;
    ++editor.generation;
}

// The frame "We come together to … so that …" with its first gap selected: typing fills it.
void start_from_frame(DraftEditor& editor) {
    const std::string frame = kPurposeFrame;
    const int gap = static_cast<int>(std::strlen(kPurposeFrameStart));
    set_wording(editor, frame, gap, gap + 3);  // "…" is three bytes
    editor.refusal.clear();
}

void save(const HarvestFrame& frame, PurposeUiState& ui, FrameRequests& out) {
    DraftEditor& editor = ui.editor;
    const std::string text = editor_text(editor);
    if (const auto refusal = draft_text_refusal(text)) {
        editor.refusal = *refusal;
        editor.focus_text = true;
        ++editor.generation;
        return;
    }
    editor.refusal.clear();
    const Harvest& harvest = frame.panel.session.harvest;
    const std::string id = editor.draft_id;
    // Closed only once saved: a failed save keeps what was typed, to try again.
    auto close_when_saved = [&ui, id] {
        if (ui.editor.draft_id != id) return;
        close_draft_editor(ui);
        ui.selected_draft = id;
        ui.show_concurrent = false;
    };
    if (editor.mode == DraftEditorMode::new_draft) {
        std::string label = trim_space(editor.label);
        if (label.empty()) label = next_draft_label(harvest);
        out.commit({new_draft(harvest, id, new_uuid(), label, text, label, editor.sources)},
                   close_when_saved);
        return;
    }
    const Draft* draft = harvest.find_draft(id);
    if (!draft || draft->deleted.value) {
        editor.refusal =
            "This draft was deleted meanwhile: restore it under \"Deleted drafts\" (or Ctrl+Z) "
            "and save again, or Cancel.";
        return;
    }
    std::vector<OpPayload> ops =
        editor.mode == DraftEditorMode::combine
            ? combine_draft_versions(*draft, new_uuid(), text, draft->label.value)
            : edit_draft(*draft, new_uuid(), text, draft->label.value);
    if (ops.empty()) {  // the wording is unchanged: nothing to save
        close_when_saved();
        return;
    }
    out.commit(std::move(ops), close_when_saved);
}

// Draws the hint inside an empty wording field that does not have the keyboard.
void draw_empty_hint(const HarvestFrame& frame, ImVec2 at) {
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::GetWindowDrawList()->AddText(
        frame.panel.fonts.body, frame.panel.fonts.body->FontSize,
        ImVec2(at.x + pad.x, at.y + pad.y), colours::text_muted,
        "Type the wording, or start from the frame: We come together to \xE2\x80\xA6 so that "
        "\xE2\x80\xA6");
}

// The wording field, wrapped at its width; true when Enter or Ctrl+Enter was pressed in it.
bool wording_field(const HarvestFrame& frame, DraftEditor& editor, PurposeSpots& spots) {
    ImFont* font = frame.panel.fonts.body;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    WrapCallback callback{&editor,
                          wrap_points(font, width - 2 * style.FramePadding.x - style.ScrollbarSize),
                          editor.select_from, editor.select_to};
    ImGui::PushID(editor.generation);
    const ImGuiID id = ImGui::GetID("##wording");
    if (ImGui::GetActiveID() != id) {  // not typed in: wrap the wording for this width
        editor.wrapped = soft_wrap(editor_text(editor), callback.wrap);
        editor.shown = editor.wrapped.shown;
    }
    const int lines =
        std::clamp(static_cast<int>(std::count(editor.shown.begin(), editor.shown.end(), '\n')) + 2,
                   kMinLines, kMaxLines);
    const ImVec2 size(width, lines * font->FontSize + 2 * style.FramePadding.y);
    if (editor.focus_text) {
        ImGui::SetKeyboardFocusHere();
        editor.focus_text = false;
        editor.caret_to_end = true;
    }
    // Enter saves, as in the note editor; ImGui's CtrlEnterForNewLine makes Ctrl+Enter the new
    // line, so for this frame's Enter only, Shift stands for Ctrl: Shift+Enter breaks the line
    // and Ctrl+Enter saves like Enter.
    ImGuiIO& io = ImGui::GetIO();
    const bool enter = key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter);
    const bool real_ctrl = io.KeyCtrl;
    const ImGuiKeyModFlags real_mods = io.KeyMods;
    if (enter) {
        io.KeyCtrl = io.KeyShift;
        io.KeyMods = ImGui::GetMergedKeyModFlags();
    }
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::PushFont(font);
    const bool submitted = ImGui::InputTextMultiline(
        "##wording", &editor.shown, size,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine |
            ImGuiInputTextFlags_NoHorizontalScroll | ImGuiInputTextFlags_CallbackAlways,
        follow_edits, &callback);
    ImGui::PopFont();
    io.KeyCtrl = real_ctrl;
    io.KeyMods = real_mods;
    spots.text = last_item_centre();
    const bool active = ImGui::IsItemActive();
    if (!active && editor.shown.empty()) draw_empty_hint(frame, top_left);
    ImGui::PopID();
    if (!editor.caret_to_end) editor.select_from = editor.select_to = -1;
    editor.typing = active;
    return submitted;
}

}  // namespace

std::vector<OpPayload> unsaved_wording_ops(const Harvest& harvest, const DraftEditor& editor) {
    if (editor.mode == DraftEditorMode::none) return {};
    const std::string text = editor_text(editor);
    if (draft_text_refusal(text)) return {};  // nothing worth keeping: empty, or the bare frame
    if (editor.mode == DraftEditorMode::new_draft) {
        std::string label = trim_space(editor.label);
        if (label.empty()) label = next_draft_label(harvest);
        return {
            new_draft(harvest, editor.draft_id, new_uuid(), label, text, label, editor.sources)};
    }
    const Draft* draft = harvest.find_draft(editor.draft_id);
    if (!draft || draft->deleted.value) return {};
    return editor.mode == DraftEditorMode::combine
               ? combine_draft_versions(*draft, new_uuid(), text, draft->label.value)
               : edit_draft(*draft, new_uuid(), text, draft->label.value);
}

std::string editor_text(const DraftEditor& editor) {
    if (editor.shown == editor.wrapped.shown) return editor.wrapped.plain;
    return reconcile_edit(editor.wrapped, static_cast<std::size_t>(editor.caret), editor.shown,
                          editor.shown.size())
        .plain;
}

bool editor_has_keys(const PurposeUiState& ui) {
    return ui.editor.mode != DraftEditorMode::none && ui.editor.typing;
}

void open_new_draft(const Harvest& harvest, PurposeUiState& ui, std::vector<std::string> sources) {
    DraftEditor& editor = ui.editor;
    const int generation = editor.generation;
    editor = DraftEditor{};
    editor.generation = generation + 1;
    editor.mode = DraftEditorMode::new_draft;
    editor.draft_id = new_uuid();
    editor.label = next_draft_label(harvest);
    editor.sources = std::move(sources);
    editor.focus_label = true;
    ui.show_concurrent = false;
}

void open_wording_editor(PurposeUiState& ui, const Draft& draft, DraftEditorMode mode) {
    DraftEditor& editor = ui.editor;
    const int generation = editor.generation;
    editor = DraftEditor{};
    editor.generation = generation;
    editor.mode = mode;
    editor.draft_id = draft.id;
    set_wording(editor, current_text(draft));
}

void close_draft_editor(PurposeUiState& ui) {
    const int generation = ui.editor.generation;
    ui.editor = DraftEditor{};
    ui.editor.generation = generation + 1;
    ui.list_has_keys = true;
}

void draw_draft_editor(const HarvestFrame& frame, PurposeUiState& ui, FrameRequests& out,
                       PurposeSpots& spots) {
    DraftEditor& editor = ui.editor;
    const bool was_typing = editor.typing;  // Esc lets go of the field on the frame it is pressed
    const Fonts& fonts = frame.panel.fonts;
    const Draft* draft = frame.panel.session.harvest.find_draft(editor.draft_id);
    ImGui::PushFont(fonts.bold);
    if (editor.mode == DraftEditorMode::new_draft) {
        ImGui::TextUnformatted("New draft");
    } else {
        const std::string label = draft ? draft->label.value : std::string("(deleted draft)");
        ImGui::Text(editor.mode == DraftEditorMode::combine ? "One wording from both: %s"
                                                            : "New wording: %s",
                    label.c_str());
    }
    ImGui::PopFont();

    bool save_now = false;
    bool label_typing = false;
    if (editor.mode == DraftEditorMode::new_draft) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Label");
        ImGui::SameLine();
        ImGui::PushID(editor.generation);
        if (editor.focus_label) {
            ImGui::SetKeyboardFocusHere();
            editor.focus_label = false;
        }
        ImGui::SetNextItemWidth(
            std::min(320 * frame.panel.scale, ImGui::GetContentRegionAvail().x));
        const bool entered = ImGui::InputTextWithHint(
            "##label", "The table or group that wrote it", &editor.label,
            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        spots.label = last_item_centre();
        label_typing = ImGui::IsItemActive();
        ImGui::PopID();
        if (entered) {
            if (ImGui::GetIO().KeyCtrl) {
                save_now = true;
            } else {
                editor.focus_text = true;  // Enter goes on to the wording
                editor.caret_to_end = true;
            }
        }
        ImGui::SameLine();
        muted_caption(fonts, "Enter goes on to the wording");
    }

    save_now |= wording_field(frame, editor, spots);
    editor.typing = editor.typing || label_typing;
    if (!editor.refusal.empty()) show_field_error(frame.panel, editor.refusal);

    if (trim_space(editor_text(editor)).empty()) {
        if (ImGui::Button("Start from the frame")) start_from_frame(editor);
        spots.frame = last_item_centre();
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(
                "\"We come together to \xE2\x80\xA6 so that \xE2\x80\xA6\" (Alt+F): "
                "only a start, any wording will do");
        }
        ImGui::SameLine();
    } else {
        spots.frame = ImVec2(0, 0);
    }
    const char* save_label = editor.mode == DraftEditorMode::new_draft ? "Save draft"
                             : editor.mode == DraftEditorMode::combine ? "Save the one wording"
                                                                       : "Save new version";
    if (primary_button(save_label)) save_now = true;
    spots.save = last_item_centre();
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel");
    spots.cancel = last_item_centre();
    muted_caption(fonts,
                  "Enter or Ctrl+Enter saves \xC2\xB7 Shift+Enter new line \xC2\xB7 Esc "
                  "cancels");

    const ImGuiIO& io = ImGui::GetIO();
    const bool free_keys = !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    // Esc in one of the editor's fields (ImGui lets go of the field on that same frame), or
    // with no field typed in.
    if (free_keys && key_pressed(ImGuiKey_Escape) && (was_typing || !io.WantTextInput)) {
        cancel = true;
    }
    // Alt+F: the frame, from the keyboard, while the wording is still empty.
    if (free_keys && io.KeyAlt && !io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_F, false) &&
        trim_space(editor_text(editor)).empty()) {
        start_from_frame(editor);
    }
    if (cancel) {
        close_draft_editor(ui);
        return;
    }
    if (save_now) save(frame, ui, out);

    if (editor.mode == DraftEditorMode::new_draft && !editor.sources.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(fonts.bold);
        ImGui::Text("Raw material (%zu)", editor.sources.size());
        ImGui::PopFont();
        muted_caption(fonts, "Kept with the draft as its sources.");
        draw_sources(frame, editor.sources);
    }
}

}  // namespace hostspace::gui
