#include "app/gui/session/session_details.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <ctime>

#include "app/gui/import/import_dialog.hpp"
#include "app/gui/session/participants_view.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/session/meta.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "Session details###session-details";
constexpr float kLabelWidth = 150;  // logical px: the widest label, "Calling question"

// A caption label in a fixed-width column, the field after it on the same line.
void label(const PanelFrame& frame, const char* text) {
    const float x = ImGui::GetCursorPosX();
    muted_caption(frame.fonts, text);
    ImGui::SameLine(x + kLabelWidth * frame.scale);
}

void heading(const PanelFrame& frame, const char* text) {
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// The ops that set `field` to what was typed, or why it cannot be (core's rules, so the
// command line refuses the same things).
FieldCommit meta_commit(MetaField field) {
    return [field](const std::string& typed) {
        const std::string value = trim_space(typed);
        const std::string problem = meta_value_problem(field, value);
        if (!problem.empty()) return FieldOutcome{{}, problem};
        return FieldOutcome{{SetMeta{field, value}}, ""};
    };
}

void meta_field(const PanelFrame& frame, const char* text, const char* id, const char* hint,
                MetaField field, float width, SessionUiState& ui, FrameRequests& out) {
    label(frame, text);
    const std::string error = edit_text_field(id, hint, frame.session.meta.field(field).value,
                                              width, ui.field, out, meta_commit(field));
    if (!error.empty()) {
        if (ui.logged_error != error) {
            ui.logged_error = error;
            note_for_tests("session-details refused: " + error);
        }
        ImGui::Dummy(ImVec2(kLabelWidth * frame.scale - ImGui::GetStyle().ItemSpacing.x, 0));
        ImGui::SameLine();
        show_field_error(frame, error);
    }
}

void draw_details(const PanelFrame& frame, SessionUiState& ui, FrameRequests& out) {
    const float s = frame.scale;
    const Meta& meta = frame.session.meta;
    if (ui.focus_title) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_title = false;
    }
    meta_field(frame, "Title", "##title", "What the session is called (required)", MetaField::title,
               0, ui, out);
    meta_field(frame, "Calling question", "##question",
               "The question the session is called to answer", MetaField::question, 0, ui, out);
    // The question is one line here, but the room reads it whole: show it wrapped when long.
    const std::string& question = meta.question.value;
    if (ImGui::CalcTextSize(question.c_str()).x >
        ImGui::GetContentRegionAvail().x - kLabelWidth * s) {
        ImGui::Indent(kLabelWidth * s);
        ImGui::PushFont(frame.fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::TextWrapped("%s", question.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Unindent(kLabelWidth * s);
    }
    meta_field(frame, "Date", "##date", "YYYY-MM-DD, like 2026-12-04", MetaField::date, 200 * s, ui,
               out);
    ImGui::SameLine();
    if (ImGui::Button("Today")) {
        const std::string today = local_date_iso(frame.now_ms);
        if (today != meta.date.value) out.commit({SetMeta{MetaField::date, today}});
    }
    meta_field(frame, "Venue", "##venue", "Where it takes place", MetaField::venue, 0, ui, out);
    meta_field(frame, "Hosts", "##hosts", "Who hosts it, like Sam Patel and Aisha Khan",
               MetaField::hosts, 0, ui, out);
}

}  // namespace

void open_session_details(SessionUiState& ui) {
    ui.open_requested = true;
}

void draw_session_details(const PanelFrame& frame, SessionUiState& ui, ImportUiState& import,
                          FrameRequests& out) {
    if (ui.open_requested) {
        ui.open_requested = false;
        ui.focus_title = true;
        ImGui::OpenPopup(kPopup);
        note_for_tests("session-details opened");
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(
        ImVec2(std::min(900 * s, display.x * 0.92f), std::min(760 * s, display.y * 0.9f)),
        ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    // Esc closes, unless it is letting go of a field being typed in (that Esc is the field's).
    const bool typing = ImGui::GetIO().WantTextInput;
    bool close = !typing && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);

    const float footer = ImGui::GetFrameHeightWithSpacing() + 12 * s;
    ImGui::BeginChild("session-details-body", ImVec2(0, -footer), false);
    heading(frame, "About the session");
    ImGui::Spacing();
    draw_details(frame, ui, out);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const std::string import_label = "Import participants…";
    heading(frame, "Who is in the room");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width(import_label.c_str()));
    if (ImGui::Button(import_label.c_str())) {
        open_import_dialog(import, ImportKind::participants);
        close = true;  // one modal at a time: the import dialog takes over
    }
    draw_participants(frame, ui, out);
    ImGui::EndChild();

    ImGui::Separator();
    ImGui::Spacing();
    muted_caption(frame.fonts,
                  "Every change is saved as you make it; Ctrl+Z takes it back. Esc closes.");
    const char* done = "Done";
    const char* sync = "Sync with other laptops…";
    const float done_width = button_width(done) + 40 * s;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - done_width - button_width(sync) -
                    ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::Button(sync)) {
        ui.open_sync = true;  // the control window opens the Sync dialog: one modal at a time
        close = true;
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Co-hosts and table hosts on one board through a WebDAV server "
            "(Ctrl+Shift+S)");
    }
    ImGui::SameLine();
    if (primary_button(done, ImVec2(done_width, 0))) close = true;
    if (close) {
        // A field being typed in is saved, not dropped, when the window closes.
        flush_field(ui.field, out);
        ImGui::CloseCurrentPopup();
        note_for_tests("session-details closed");
    }
    ImGui::EndPopup();
}

}  // namespace hostspace::gui
