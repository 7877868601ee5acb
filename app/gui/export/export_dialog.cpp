#include "app/gui/export/export_dialog.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <system_error>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/export/export_target.hpp"
#include "core/export/json_export.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "Export the session###export-dialog";

// Writes the export, or says why not; the file is written whole or not at all.
void export_now(const PanelFrame& frame, const std::filesystem::path& session_folder,
                ExportUiState& ui) {
    const std::filesystem::path path = trim_space(ui.path);
    ui.error = export_path_problem(path, session_folder);
    if (ui.error.empty()) {
        try {
            write_file_atomically(path, export_session_json(frame.session));
        } catch (const std::exception& e) {
            ui.error = std::string(e.what()) + " Nothing was written; choose another place.";
        }
    }
    if (!ui.error.empty()) {
        note_for_tests("export refused: " + ui.error);
        return;
    }
    ui.notice = "Exported the session to " + path.string() + ".";
    ui.close_requested = true;
    note_for_tests("export done " + path.string());
}

}  // namespace

void open_export_dialog(ExportUiState& ui, const std::filesystem::path& session_folder) {
    ui.open_requested = true;
    ui.focus_path = true;
    ui.error.clear();
    if (trim_space(ui.path).empty()) ui.path = default_export_path(session_folder, "json");
}

void draw_export_dialog(const PanelFrame& frame, const std::filesystem::path& session_folder,
                        ExportUiState& ui) {
    if (ui.open_requested) {
        ui.open_requested = false;
        ImGui::OpenPopup(kPopup);
        note_for_tests("export-dialog opened path=" + ui.path);
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // Its top edge placed, not its centre: an auto-sized window has no height on its first frame.
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y * 0.18f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.0f));
    if (!ImGui::BeginPopupModal(
            kPopup, nullptr,
            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    if (ui.close_requested) {
        ui.close_requested = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::Dummy(ImVec2(std::min(720 * s, display.x * 0.85f), 0));  // a steady width
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted("JSON: the whole session");
    ImGui::PopFont();
    ImGui::PushFont(frame.fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextWrapped(
        "Details, participants, notes and themes, the agenda and timer, votes and the harvest "
        "so far, for other tools and for the record. The harvest's documents (Markdown, HTML, "
        "PDF, Word) come with the harvest.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextUnformatted("Save as");
    if (ui.focus_path) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_path = false;
    }
    ImGui::SetNextItemWidth(-1);
    const bool enter =
        ImGui::InputText("##export-path", &ui.path, ImGuiInputTextFlags_EnterReturnsTrue);
    std::error_code ec;
    const bool exists = std::filesystem::is_regular_file(trim_space(ui.path), ec);
    if (exists) muted_caption(frame.fonts, "A file of that name is there: Export replaces it.");
    if (!ui.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
        ImGui::TextWrapped("%s", ui.error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const char* label = exists ? "Replace" : "Export";
    const float export_width = button_width("Replace") + 32 * s;
    const float cancel_width = button_width("Cancel") + 32 * s;
    muted_caption(frame.fonts, "Enter exports; Esc cancels.");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - export_width - cancel_width -
                    ImGui::GetStyle().ItemSpacing.x);
    const bool close =
        ImGui::Button("Cancel", ImVec2(cancel_width, 0)) ||
        (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false));
    ImGui::SameLine();
    if (primary_button(label, ImVec2(export_width, 0)) || enter) {
        export_now(frame, session_folder, ui);
        if (!ui.error.empty()) ui.focus_path = true;
    }
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_export_notice(const PanelFrame& frame, ExportUiState& ui) {
    if (ui.notice.empty() || ImGui::IsPopupOpen(kPopup)) return;
    if (draw_info_banner(ui.notice, frame.fonts)) ui.notice.clear();
}

}  // namespace hostspace::gui
