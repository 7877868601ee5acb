#include "app/gui/import/import_dialog.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/import/import_file.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "Import from a spreadsheet###import-dialog";

const char* kind_noun(ImportKind kind) {
    return kind == ImportKind::notes ? "notes" : "participants";
}

// Reads and plans the file: what the dialog shows before anything is imported.
ImportPlan plan_file(const Session& session, const std::string& path, ImportKind kind) {
    return kind == ImportKind::notes ? plan_notes_file(session, path, new_uuid)
                                     : plan_participants_file(session, path, new_uuid);
}

void check_file(const Session& session, ImportUiState& ui) {
    ImportCheck check;
    check.path = trim_space(ui.path);
    check.kind = ui.kind;
    try {
        const ImportPlan plan = plan_file(session, check.path, ui.kind);
        check.summary = import_amount(plan, ui.kind);
        check.warnings = plan.warnings;
        check.count = plan.count;
    } catch (const std::exception& e) {
        check.error = e.what();
    }
    note_for_tests("import check kind=" + std::string(kind_noun(check.kind)) +
                   " count=" + std::to_string(check.count) +
                   " warnings=" + std::to_string(check.warnings.size()) +
                   " error=" + (check.error.empty() ? "no" : "yes"));
    ui.check = std::move(check);
}

bool checked(const ImportUiState& ui) {
    return !ui.check.path.empty() && ui.check.path == trim_space(ui.path) &&
           ui.check.kind == ui.kind;
}

// Plans again from the file as it is now and hands the change over: the file may have been
// saved again since it was checked, and the session may have changed.
void import_now(const Session& session, ImportUiState& ui, FrameRequests& out) {
    check_file(session, ui);
    if (!ui.check.error.empty() || ui.check.count == 0) return;
    try {
        ImportPlan plan = plan_file(session, ui.check.path, ui.kind);
        const std::string summary = import_amount(plan, ui.kind);
        std::vector<std::string> warnings = plan.warnings;
        out.commit(std::move(plan.ops), [&ui, summary, warnings] {
            ui.close_requested = true;
            ui.notice = "Imported " + summary + ". Ctrl+Z takes the whole import back.";
            ui.notice_warnings = warnings;
            ui.path.clear();
            ui.check = ImportCheck{};
            note_for_tests("import done " + summary);
        });
    } catch (const std::exception& e) {
        ui.check.error = e.what();
    }
}

// For the GUI tests (HOSTSPACE_DRAW_LOG): the dialog is open, for which kind, and where its
// Participants choice is.
void log_dialog(ImportUiState& ui, ImVec2 participants) {
    if (!test_log_enabled()) return;
    char line[120];
    std::snprintf(line, sizeof line, "import-dialog kind=%s participants_at=%.0f,%.0f",
                  kind_noun(ui.kind), participants.x, participants.y);
    if (ui.logged == line) return;
    ui.logged = line;
    note_for_tests(line);
}

void draw_kind_choice(ImportUiState& ui) {
    int kind = ui.kind == ImportKind::notes ? 0 : 1;
    bool changed = ImGui::RadioButton("Notes for the board", &kind, 0);
    ImGui::SameLine(0, 24);
    changed |= ImGui::RadioButton("Participants", &kind, 1);
    if (changed) ui.kind = kind == 0 ? ImportKind::notes : ImportKind::participants;
    const ImVec2 at = ImGui::GetItemRectMin();
    log_dialog(ui, ImVec2(at.x + ImGui::GetFrameHeight() / 2, at.y + ImGui::GetFrameHeight() / 2));
}

void draw_columns_help(const PanelFrame& frame, ImportKind kind) {
    muted_caption(frame.fonts,
                  kind == ImportKind::notes
                      ? "Columns: text (required), author, organisation, group, colour."
                      : "Columns: name (required), organisation, role.");
    muted_caption(frame.fonts,
                  "UTF-8 or Excel's own CSV (Windows-1252); separated by commas, semicolons "
                  "or tabs.");
}

void draw_check(const PanelFrame& frame, const ImportUiState& ui) {
    if (!checked(ui)) return;
    const ImportCheck& check = ui.check;
    ImGui::Spacing();
    if (!check.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
        ImGui::PushFont(frame.fonts.bold);
        ImGui::TextWrapped("%s", check.error.c_str());
        ImGui::PopFont();
        ImGui::PopStyleColor();
        muted_caption(frame.fonts, "Nothing was imported. Correct the file and press Enter.");
        return;
    }
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextWrapped("Ready to import %s.", check.summary.c_str());
    ImGui::PopFont();
    for (const std::string& warning : check.warnings) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::timer_warning);
        ImGui::Bullet();
        ImGui::TextWrapped("%s", warning.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

void open_import_dialog(ImportUiState& ui, ImportKind kind, const std::string& path) {
    ui.open_requested = true;
    ui.focus_path = true;
    ui.kind = kind;
    if (!path.empty()) ui.path = path;
    ui.check = ImportCheck{};
}

void import_dropped_files(const Session& session, const std::vector<std::string>& paths,
                          ImportUiState& ui) {
    if (paths.empty()) return;
    const std::string& path = paths.front();  // one import at a time
    open_import_dialog(ui, guess_import_kind(path).value_or(ImportKind::notes), path);
    check_file(session, ui);
}

void draw_import_dialog(const PanelFrame& frame, ImportUiState& ui, FrameRequests& out) {
    if (ui.open_requested) {
        ui.open_requested = false;
        ImGui::OpenPopup(kPopup);
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(760 * s, display.x * 0.9f), 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 3), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(
            kPopup, nullptr,
            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    // Closes once the import is on disk, before any button is drawn: a second click on Import
    // cannot import twice. A failed save keeps the dialog open (the banner says why), so
    // Import tries again.
    if (ui.close_requested) {
        ui.close_requested = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::Dummy(ImVec2(std::min(720 * s, display.x * 0.85f), 0));  // a steady width
    const ImportKind kind_before = ui.kind;
    draw_kind_choice(ui);
    ImGui::Spacing();
    ImGui::TextUnformatted("CSV file");
    if (ui.focus_path) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_path = false;
    }
    const float check_width = button_width("Check") + 16 * s;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - check_width -
                            ImGui::GetStyle().ItemSpacing.x);
    const bool enter = ImGui::InputTextWithHint(
        "##import-path", "/home/you/Documents/notes.csv — or drop the file on the window", &ui.path,
        ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool check_clicked = ImGui::Button("Check", ImVec2(check_width, 0));
    draw_columns_help(frame, ui.kind);
    if (ui.kind != kind_before && !trim_space(ui.path).empty()) check_file(frame.session, ui);
    // Enter checks a new path, and imports one already checked and fit to import.
    bool import = false;
    if (enter || check_clicked) {
        if (enter && checked(ui) && ui.check.error.empty() && ui.check.count > 0) {
            import = true;
        } else {
            check_file(frame.session, ui);
        }
        ui.focus_path = true;
    }
    draw_check(frame, ui);

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const bool ready = checked(ui) && ui.check.error.empty() && ui.check.count > 0;
    const std::string import_label = std::string("Import ") + kind_noun(ui.kind);
    const float import_width = button_width(import_label.c_str()) + 32 * s;
    const float cancel_width = button_width("Cancel") + 32 * s;
    muted_caption(frame.fonts,
                  ready ? "Enter imports; Ctrl+Z takes it back." : "Enter checks the file.");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - import_width - cancel_width -
                    ImGui::GetStyle().ItemSpacing.x);
    bool close = ImGui::Button("Cancel", ImVec2(cancel_width, 0)) ||
                 (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false));
    ImGui::SameLine();
    ImGui::BeginDisabled(!ready);
    if (primary_button(import_label.c_str(), ImVec2(import_width, 0))) import = true;
    ImGui::EndDisabled();
    if (import) import_now(frame.session, ui, out);
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_import_notice(const PanelFrame& frame, ImportUiState& ui) {
    if (ui.notice.empty() || ImGui::IsPopupOpen(kPopup)) return;
    std::string text = ui.notice;
    for (const std::string& warning : ui.notice_warnings) text += "\n• " + warning;
    if (draw_info_banner(text, frame.fonts)) {
        ui.notice.clear();
        ui.notice_warnings.clear();
    }
}

}  // namespace hostspace::gui
