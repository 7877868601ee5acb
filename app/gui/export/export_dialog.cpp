#include "app/gui/export/export_dialog.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <system_error>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/open_folder.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "Export harvest###export-dialog";

// What each format is called in the dialog, and the key that ticks it.
struct Choice {
    const char* label;
    int key;
};
constexpr Choice kFormatChoices[] = {{"Markdown (M)", GLFW_KEY_M},
                                     {"HTML (H)", GLFW_KEY_H},
                                     {"PDF (P)", GLFW_KEY_P},
                                     {"Word (W)", GLFW_KEY_W},
                                     {"CSV (C)", GLFW_KEY_C},
                                     {"JSON (J)", GLFW_KEY_J},
                                     {"Board image, PNG (I)", GLFW_KEY_I}};
constexpr const char* kSectionLabels[] = {"1 Purpose",       "2 Principles", "3 Actions",
                                          "4 Next focus",    "5 Rounds",     "6 Votes",
                                          "7 Who took part", "8 Every note", "9 Board image"};
static_assert(std::size(kFormatChoices) == doc::kAllFormats.size());
static_assert(std::size(kSectionLabels) == doc::kAllSections.size());

// Why the choices cannot be exported, or "".
std::string choice_problem(const ExportUiState& ui, const std::filesystem::path& folder) {
    if (std::none_of(ui.formats.begin(), ui.formats.end(), [](bool on) { return on; })) {
        return "Choose at least one format.";
    }
    if (std::none_of(ui.sections.begin(), ui.sections.end(), [](bool on) { return on; })) {
        return "Choose at least one section.";
    }
    if (folder.empty()) return "Type the folder the files go into.";
    std::error_code ec;
    if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec)) {
        return folder.string() + " is a file, not a folder: choose a folder.";
    }
    if (!std::filesystem::exists(folder, ec) &&
        !std::filesystem::is_directory(folder.parent_path(), ec)) {
        return "There is no folder " + folder.parent_path().string() +
               ": choose a folder that exists.";
    }
    return "";
}

void start_export(const PanelFrame& frame, ExportUiState& ui) {
    const std::filesystem::path folder = trim_space(ui.folder);
    ui.error = choice_problem(ui, folder);
    std::error_code ec;
    if (ui.error.empty() && !std::filesystem::exists(folder, ec)) {
        // One new folder inside one that exists: made here, so the files have somewhere to go.
        if (!std::filesystem::create_directory(folder, ec)) {
            ui.error = "Cannot make the folder " + folder.string() + ": " + ec.message() + ".";
        }
    }
    if (!ui.error.empty()) {
        note_for_tests("export refused: " + ui.error);
        return;
    }
    doc::ExportRequest request;
    for (std::size_t i = 0; i < doc::kAllFormats.size(); ++i) {
        if (ui.formats[i]) request.formats.push_back(doc::kAllFormats[i]);
    }
    for (std::size_t i = 0; i < doc::kAllSections.size(); ++i) {
        if (ui.sections[i]) request.options.sections.push_back(doc::kAllSections[i]);
    }
    request.options.anonymous = ui.anonymous;
    note_for_tests("export started " + folder.string() +
                   " formats=" + std::to_string(request.formats.size()));
    ui.finish_logged = false;
    ui.job = std::make_shared<ExportJob>(frame.session, std::move(request), folder,
                                         [] { glfwPostEmptyEvent(); });
}

void draw_choices(const PanelFrame& frame, ExportUiState& ui, bool keys) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool plain_key = keys && !io.WantTextInput && !io.KeyCtrl && !io.KeyAlt;
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted("Formats");
    ImGui::PopFont();
    for (std::size_t i = 0; i < doc::kAllFormats.size(); ++i) {
        if (i % 4 != 0) ImGui::SameLine(0, 24 * frame.scale);
        bool on = ui.formats[i];
        if (ImGui::Checkbox(kFormatChoices[i].label, &on) ||
            (plain_key && ImGui::IsKeyPressed(kFormatChoices[i].key, false))) {
            ui.formats[i] = !ui.formats[i];
        }
    }
    ImGui::Spacing();
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted("Sections");
    ImGui::PopFont();
    for (std::size_t i = 0; i < doc::kAllSections.size(); ++i) {
        if (i % 5 != 0) ImGui::SameLine(0, 24 * frame.scale);
        bool on = ui.sections[i];
        if (ImGui::Checkbox(kSectionLabels[i], &on) ||
            (plain_key && ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false))) {
            ui.sections[i] = !ui.sections[i];
        }
    }
    ImGui::Spacing();
    bool anonymous = ui.anonymous;
    if (ImGui::Checkbox("Anonymous: organisations only, no one's name (A)", &anonymous) ||
        (plain_key && ImGui::IsKeyPressed(GLFW_KEY_A, false))) {
        ui.anonymous = !ui.anonymous;
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Into the folder (Ctrl+L to type it)");
    if (ui.focus_folder || (keys && io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_L, false))) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_folder = false;
    }
    ImGui::SetNextItemWidth(-1);
    ui.enter_in_folder =
        ImGui::InputText("##export-folder", &ui.folder, ImGuiInputTextFlags_EnterReturnsTrue);
}

// The running export: what is being made, and how far it has got.
void draw_progress(const ExportProgress& p) {
    const std::string what = p.making.empty() ? std::string("Finishing") : "Making " + p.making;
    ImGui::TextUnformatted((what + " (" + std::to_string(std::min(p.done + 1, p.total)) + " of " +
                            std::to_string(p.total) + ")\xE2\x80\xA6")
                               .c_str());
    ImGui::ProgressBar(
        p.total > 0 ? static_cast<float>(p.done) / static_cast<float>(p.total) : 0.0f,
        ImVec2(-1, 0));
}

// The end: the paths written (or why it stopped), and a way to the folder.
void draw_result(const PanelFrame& frame, const ExportProgress& p) {
    if (!p.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
        ImGui::TextWrapped("The export stopped: %s", p.error.c_str());
        ImGui::PopStyleColor();
        muted_caption(frame.fonts, p.written.empty()
                                       ? "No file was written; nothing half-written is left."
                                       : "These files were written whole before it stopped:");
    } else {
        ImGui::PushFont(frame.fonts.bold);
        ImGui::TextUnformatted(("Wrote " + std::to_string(p.written.size()) +
                                (p.written.size() == 1 ? " file:" : " files:"))
                                   .c_str());
        ImGui::PopFont();
    }
    for (const auto& file : p.written) ImGui::TextUnformatted(file.string().c_str());
}

}  // namespace

void open_export_dialog(ExportUiState& ui, const Session& session,
                        const std::filesystem::path& session_folder) {
    if (ui.job && !ui.job->progress().finished) {
        ui.open_requested = true;  // an export is still running: show it again
        return;
    }
    ui.job.reset();
    ui.open_requested = true;
    ui.error.clear();
    // The sections with content, ticked afresh each time: the harvest grows during the day.
    const auto with_content = doc::sections_with_content(session);
    for (std::size_t i = 0; i < doc::kAllSections.size(); ++i) {
        ui.sections[i] = std::find(with_content.begin(), with_content.end(),
                                   doc::kAllSections[i]) != with_content.end();
    }
    if (with_content.empty()) ui.sections.fill(true);  // an empty session still exports its shell
    if (trim_space(ui.folder).empty()) {
        auto folder = std::filesystem::absolute(session_folder).lexically_normal();
        if (folder.filename().empty()) folder = folder.parent_path();  // "…/S.hostspace/"
        ui.folder = folder.parent_path().string();
    }
}

void draw_export_dialog(const PanelFrame& frame, ExportUiState& ui) {
    if (ui.open_requested) {
        ui.open_requested = false;
        ImGui::OpenPopup(kPopup);
        note_for_tests("export-dialog opened folder=" + ui.folder);
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y * 0.12f), ImGuiCond_Appearing,
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
    ImGui::Dummy(ImVec2(std::min(760 * s, display.x * 0.85f), 0));  // a steady width
    const ExportProgress progress = ui.job ? ui.job->progress() : ExportProgress{};
    const bool running = ui.job && !progress.finished;
    const bool finished = ui.job && progress.finished;
    const ImGuiIO& io = ImGui::GetIO();
    const bool esc = !io.WantTextInput && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    const bool enter = !io.WantTextInput && (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
                                             ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false));
    bool close = false;
    if (!ui.job) {
        muted_caption(frame.fonts,
                      "The harvest as documents the board can publish: accessible HTML and PDF, "
                      "Word, Markdown, "
                      "the notes as CSV, everything as JSON and the board as a picture.");
        ImGui::Spacing();
        draw_choices(frame, ui, true);
        if (!ui.error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
            ImGui::TextWrapped("%s", ui.error.c_str());
            ImGui::PopStyleColor();
        }
        const FooterClicks clicked =
            footer_row(frame.fonts, frame.scale, "Enter exports; Esc cancels.", "Cancel", "Export");
        close = clicked.plain || esc;
        if (clicked.primary || ((enter || ui.enter_in_folder) && !close)) start_export(frame, ui);
    } else if (running) {
        draw_progress(progress);
        muted_caption(frame.fonts,
                      "The documents hold the session as it was when you pressed Export.");
    } else if (finished) {
        if (!ui.finish_logged) {
            ui.finish_logged = true;
            std::string line =
                progress.error.empty() ? "export done" : "export failed: " + progress.error;
            for (const auto& file : progress.written) line += " " + file.filename().string();
            note_for_tests(line);
        }
        draw_result(frame, progress);
        if (!ui.error.empty()) muted_caption(frame.fonts, ui.error.c_str());
        const FooterClicks clicked =
            footer_row(frame.fonts, frame.scale, "O opens the folder; Enter or Esc closes.",
                       "Open the folder", "Done");
        if (clicked.plain || (!io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_O, false))) {
            const std::filesystem::path folder = trim_space(ui.folder);
            note_for_tests("export open-folder " + folder.string());
            if (!open_in_file_manager(folder))
                ui.error =
                    "No file manager could be started: the files are in " + folder.string() + ".";
        }
        if (clicked.primary || enter || esc) {
            close = true;
            if (progress.error.empty()) {
                ui.notice = "Exported " + std::to_string(progress.written.size()) + " files to " +
                            trim_space(ui.folder) + ".";
            }
        }
    }
    if (close) {
        if (finished) {
            note_for_tests(progress.error.empty() ? "export closed"
                                                  : "export closed after error: " + progress.error);
            ui.job.reset();
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_export_notice(const PanelFrame& frame, ExportUiState& ui) {
    if (ui.notice.empty() || ImGui::IsPopupOpen(kPopup)) return;
    if (draw_info_banner(ui.notice, frame.fonts)) ui.notice.clear();
}

}  // namespace hostspace::gui
