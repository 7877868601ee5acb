#include "app/gui/shell/control_window.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>

#include "app/gui/agenda/agenda_view.hpp"
#include "app/gui/board/board_canvas_cache.hpp"
#include "app/gui/board/board_layout.hpp"
#include "app/gui/board/board_view.hpp"
#include "app/gui/export/export_dialog.hpp"
#include "app/gui/harvest/harvest_view.hpp"
#include "app/gui/import/import_dialog.hpp"
#include "app/gui/session/session_details.hpp"
#include "app/gui/shell/clock.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/panel_frame.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/start_view.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/sync/sync_dialog.hpp"
#include "app/gui/timer/timer_actions.hpp"
#include "app/gui/timer/timer_shortcuts.hpp"
#include "app/gui/timer/timer_view.hpp"
#include "app/gui/voting/voting_views.hpp"
#include "core/timer/timer_display.hpp"

namespace hostspace::gui {
namespace {

// The side panel's width in logical pixels: room for the timer's buttons in two rows and an
// agenda row's time, title and length, while the board keeps most of a laptop screen.
constexpr float kPanelWidth = 380;

// What the top bar shows of the timer while the panel is hidden.
TopBarTimer top_bar_timer(const TimerReading& reading, bool& panel_open) {
    TopBarTimer timer{panel_open, "", colours::accent};
    if (reading.phase == TimerPhase::idle) return timer;
    timer.countdown = format_countdown(reading.seconds_remaining);
    if (reading.phase == TimerPhase::warning) timer.countdown_colour = colours::timer_warning;
    if (reading.phase == TimerPhase::overtime) timer.countdown_colour = colours::timer_over;
    if (reading.phase == TimerPhase::paused) timer.countdown_colour = colours::timer_paused;
    return timer;
}

// A child window that only lays out: no padding, background or scrollbar of its own.
bool begin_column(const char* id, ImVec2 size, ImGuiWindowFlags flags = 0) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    const bool open = ImGui::BeginChild(id, size, false, flags);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    return open;
}

void draw_board_column(const Document& doc, const FontManager& font_manager, bool has_keys,
                       BoardUiState& board, FrameRequests& out) {
    const Fonts& fonts = font_manager.fonts();
    const float scale = font_manager.scale();
    // The layout is kept between frames and made again only when the session changed.
    if (!board.cache) board.cache = std::make_shared<BoardCanvasCache>();
    board.cache->refresh(doc.state(), fonts, scale);
    const BoardFrame frame{doc.state(), board.cache->layout(), fonts, scale};
    draw_new_note_bar(frame, board, out);
    draw_board(frame, ImGui::GetContentRegionAvail().y, has_keys, board, out);
}

// A folding section: a header line with a summary on the right, so a closed section still
// says what matters ("On · Round") in one line. ImGui keeps the open state for the run.
bool section(const char* label, const std::string& summary, const Fonts& fonts, float scale) {
    const bool open = ImGui::TreeNodeEx(
        label, ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen);
    ImGui::PushFont(fonts.caption);
    const float width = ImGui::CalcTextSize(summary.c_str()).x;
    // A little in from the edge: a glyph's ink may reach past its advance.
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width - 2 * scale);
    // On the header's text line: centred on the larger label beside it.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                         (fonts.body->FontSize - fonts.caption->FontSize) / 2);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(summary.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return open;
}

// For the GUI tests (HOSTSPACE_DRAW_LOG): where the Projector section's header is, and its
// Pin box while the section is open ("-" when closed), so a test clicks them wherever the
// timer above has put them.
void log_side_panel(ControlUiState& ui, ImVec2 projector_header, ImVec2 pin) {
    if (!test_log_enabled()) return;
    char line[120];
    if (pin.x < 0) {
        std::snprintf(line, sizeof line, "panel projector_header=%.0f,%.0f pin=-",
                      projector_header.x, projector_header.y);
    } else {
        std::snprintf(line, sizeof line, "panel projector_header=%.0f,%.0f pin=%.0f,%.0f",
                      projector_header.x, projector_header.y, pin.x, pin.y);
    }
    if (ui.panel_log == line) return;
    ui.panel_log = line;
    note_for_tests(line);
}

std::string projector_summary(const ProjectorSettings& projector) {
    if (!projector.open) return "Off · F12 opens it";
    return std::string("On · ") + projector_mode_label(projector.mode) +
           (projector.fullscreen ? " · fullscreen" : "");
}

// The timer on top, the projector's controls, the agenda filling the rest, voting at the foot. The
// panel scrolls as a whole only when even a short agenda list would not fit (large text sizes).
void draw_side_panel(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out) {
    const float s = frame.scale;
    draw_timer_card(frame, ui.agenda.selected);
    draw_timer_controls(frame, ui, out);
    if (section("Timer options###timer-options",
                timer_options_summary(frame.session.timer, ui.chime), frame.fonts, s)) {
        draw_timer_options(frame, ui, out);
    }
    ImGui::Separator();
    const ImVec2 projector_header = ImGui::GetCursorScreenPos();
    ImVec2 pin(-1, -1);
    if (section("Projector###projector-section", projector_summary(ui.projector), frame.fonts, s)) {
        pin = draw_projector_controls(ui.projector, frame.fonts, s);
        // Part of the session, not of this laptop: a co-host's projector hides them too.
        bool hide_authors = frame.session.board.anonymous.value;
        if (ImGui::Checkbox("Hide authors on the projector", &hide_authors)) {
            out.commit({SetBoardAnonymous{hide_authors}});
        }
    }
    ImGui::Separator();
    ImGui::Spacing();
    // A short agenda scrolls in its own area: the voting results below must stay in sight.
    const float min_agenda = 70 * s;  // its header and start time: the list scrolls
    // The Voting section sits at the foot: the agenda leaves it the room it needed last frame.
    const float agenda_height =
        std::max(ImGui::GetContentRegionAvail().y - voting_panel_reserve(ui.voting), min_agenda);
    if (begin_column("agenda-area", ImVec2(0, agenda_height), ImGuiWindowFlags_NoScrollbar)) {
        if (draw_agenda(frame, ui.assets, ui.agenda, out)) ui.agenda.has_keys = true;
    }
    ImGui::EndChild();
    const float voting_top = ImGui::GetCursorPosY();
    ImGui::Separator();
    if (ui.voting.show_section) {  // a round opened from elsewhere (the Harvest place)
        ImGui::SetNextItemOpen(true);
        ui.voting.show_section = false;
    }
    if (section("Voting###voting-section", voting_summary(frame.session, ui.voting), frame.fonts,
                s)) {
        draw_voting_section(frame, ui.voting, ui.projector, out);
    }
    ui.voting.panel_height = ImGui::GetCursorPosY() - voting_top;
    log_side_panel(
        ui, ImVec2(projector_header.x + 60 * s, projector_header.y + ImGui::GetFrameHeight() / 2),
        pin);
}

// A left click this frame inside the last item (a column), not in a popup over it.
bool clicked_in_last_item() {
    return ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
           ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()) &&
           !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

// One owner of the keyboard: while the agenda has it (a click in the panel, a round just
// added, the picker open) no note is selected, so one Delete never removes a round and a note.
void settle_keyboard(ControlUiState& ui) {
    if (ui.agenda.has_keys) ui.board.selection.clear();
}

void draw_session(const Document& doc, const SessionController& controller,
                  const FontManager& font_manager, std::int64_t now, ControlUiState& ui,
                  FrameRequests& out) {
    const Fonts& fonts = font_manager.fonts();
    const float scale = font_manager.scale();
    const Session& session = doc.state();
    const TimerReading reading = read_timer(session, now);
    auto_advance_if_due(session, reading, now, ui.timer, out);

    const TopBarAction action =
        draw_top_bar(doc, controller.save_error(), fonts, font_manager.ui_scale(),
                     top_bar_timer(reading, ui.side_panel_open), controller.sync_phrase(), out);
    if (action == TopBarAction::sync) open_sync_dialog(ui.sync, controller);
    if (action == TopBarAction::session_details) open_session_details(ui.session);
    if (action == TopBarAction::import) open_import_dialog(ui.import, ui.import.kind);
    if (action == TopBarAction::export_session)
        open_export_dialog(ui.export_dialog, doc.state(), doc.folder());
    if (!controller.save_error().empty()) {
        draw_banner("Not saved: " + controller.save_error() +
                        "\nNothing already saved is lost, and what you typed is still here: "
                        "try again once the problem is fixed.",
                    false, fonts, out);
    }
    draw_banner(controller.message(), true, fonts, out);
    const PanelFrame frame{session, reading, fonts, scale, now};
    draw_import_notice(frame, ui.import);
    draw_export_notice(frame, ui.export_dialog);
    if (!controller.sync_news().empty() && draw_warning_banner(controller.sync_news(), fonts)) {
        out.dismiss_sync_news = true;
    }
    if (!ui.fonts_notice.empty() && draw_info_banner(ui.fonts_notice, fonts)) {
        ui.fonts_notice.clear();
    }

    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float height = avail.y - status_line_height(fonts) - style.ItemSpacing.y;
    const float gap = 2 * style.ItemSpacing.x;
    if (ui.voting.show_section) ui.side_panel_open = true;  // where the new round's ballots are
    const float panel_width = ui.side_panel_open ? kPanelWidth * scale : 0;
    const float board_width = avail.x - (ui.side_panel_open ? panel_width + gap : 0);

    settle_keyboard(ui);
    const std::uint64_t picks_before = ui.board.selection.revision();
    if (begin_column("board-column", ImVec2(board_width, height),
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
        if (voting_takes_board(ui.voting)) {  // the tally, or ballots passed round
            draw_voting_screen(frame, ui.voting, out);
        } else if (draw_place_tabs(frame, ui.harvest, ui.projector)) {
            draw_harvest_place(HarvestFrame{frame, ui.board, ui.projector, ui.voting}, ui.harvest,
                               out);
        } else {
            draw_board_column(doc, font_manager, !ui.agenda.has_keys, ui.board, out);
        }
    }
    ImGui::EndChild();
    // A note picked on the board takes the Delete key back from the agenda.
    if (clicked_in_last_item() ||
        (ui.board.selection.revision() != picks_before && !ui.board.selection.empty())) {
        ui.agenda.has_keys = false;
    }

    if (ui.side_panel_open) {
        ImGui::SameLine(0, gap);
        if (begin_column("side-panel", ImVec2(panel_width, height))) {
            draw_side_panel(frame, ui, out);
        }
        ImGui::EndChild();
        // A click anywhere in the panel (a timer button, an agenda field) gives it the keys.
        if (clicked_in_last_item()) ui.agenda.has_keys = true;
        settle_keyboard(ui);
    }
    draw_status_line(session, reading, fonts);
    // The dialogs last: each is a modal over the whole window.
    draw_session_details(frame, ui.session, ui.import, out);
    if (ui.session.open_sync) {
        ui.session.open_sync = false;
        open_sync_dialog(ui.sync, controller);
    }
    draw_import_dialog(frame, ui.import, out);
    draw_export_dialog(frame, ui.export_dialog);
    draw_sync_dialog(frame, controller, ui.sync, out);
    if (ui.sync.just_closed) {  // typing goes on where it was: the new-note field
        ui.sync.just_closed = false;
        ui.board.focus_new_field = true;
    }
}

// Ctrl+I: Session details; Ctrl+Shift+I: import; Ctrl+E: export; Ctrl+Shift+S: sync. Not
// while another dialog is open.
void handle_dialog_shortcuts(const SessionController& controller, ControlUiState& ui) {
    const Document& doc = *controller.document();
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
        open_sync_dialog(ui.sync, controller);
        return;
    }
    if (!io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_E, false)) {
        open_export_dialog(ui.export_dialog, doc.state(), doc.folder());
        return;
    }
    handle_harvest_shortcuts(ui.harvest);
    if (!ImGui::IsKeyPressed(GLFW_KEY_I, false)) return;
    if (io.KeyShift) {
        open_import_dialog(ui.import, ui.import.kind);
    } else {
        open_session_details(ui.session);
    }
}

// Files dropped on the window: a CSV file to import while a session is open; a session
// folder to open from the start screen.
void take_dropped_files(const Document* doc, ControlUiState& ui, FrameRequests& out) {
    if (ui.dropped.empty()) return;
    std::vector<std::string> dropped = std::move(ui.dropped);
    ui.dropped.clear();
    if (doc) {
        if (!ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
            import_dropped_files(doc->state(), dropped, ui.import);
        }
        return;
    }
    const std::filesystem::path folder(dropped.front());
    if (folder.extension() == ".hostspace") out.open = OpenRequest{folder, false, ""};
}

}  // namespace

void draw_control_window(const SessionController& controller, const FontManager& fonts,
                         ControlUiState& ui, FrameRequests& out) {
    const Document* doc = controller.document();
    const std::int64_t now = wall_clock_ms();  // the frame's one "now"
    handle_shortcuts(ui.board, doc != nullptr, out);
    take_dropped_files(doc, ui, out);
    if (doc) {
        handle_dialog_shortcuts(controller, ui);
        // The agenda's transient state belongs to one session (the method library does not).
        const std::string folder = doc->folder().string();
        if (ui.agenda.session != folder) {
            MethodPickerState picker = std::move(ui.agenda.picker);
            ui.agenda = AgendaUiState{};
            ui.agenda.picker = std::move(picker);
            ui.agenda.session = folder;
            ui.timer = TimerUiState{};
            ui.session = SessionUiState{};
            ui.import = ImportUiState{};
            ui.export_dialog = ExportUiState{};
            ui.harvest = HarvestUiState{};
            ui.sync = SyncUiState{};
        }
        handle_timer_shortcuts(doc->state(), now, ui, out);
    }

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // No background of its own: the frame is cleared to WindowBg, and under software GL
    // (llvmpipe) painting the whole window once more cost ~7 ms a full frame.
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
    ImGui::Begin("control", nullptr, flags);
    if (doc) {
        draw_session(*doc, controller, fonts, now, ui, out);
    } else {
        draw_start_view(controller, fonts.fonts(), fonts.scale(), ui.start, out);
    }
    ImGui::End();
    if (!doc) return;
    // A field typed in but not drawn this frame (its section folded, the panel clipped by a
    // zoom) has been let go by ImGui: its text is committed now rather than lost.
    commit_undrawn_field(ui.agenda.field, out);
    commit_undrawn_field(ui.timer.field, out);
    commit_undrawn_field(ui.session.field, out);
    commit_undrawn_harvest_field(ui.harvest, out);
    const auto& commands = out.commands;
    if (std::find_if(commands.begin(), commands.end(), [](Command c) {
            return c == Command::quit || c == Command::close_session;
        }) != commands.end()) {
        flush_pending_edits(doc->state(), ui, out);  // saved before the loop quits or closes
    }
}

void flush_pending_edits(const Session& session, ControlUiState& ui, FrameRequests& out) {
    flush_field(ui.agenda.field, out);
    flush_field(ui.timer.field, out);
    flush_field(ui.session.field, out);
    flush_harvest_edits(session, ui.harvest, out);
}

}  // namespace hostspace::gui
