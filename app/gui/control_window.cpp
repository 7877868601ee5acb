#include "app/gui/control_window.hpp"

#include <imgui.h>

#include "app/gui/board_layout.hpp"
#include "app/gui/board_view.hpp"
#include "app/gui/shortcuts.hpp"
#include "app/gui/start_view.hpp"
#include "app/gui/status_view.hpp"

namespace hostspace::gui {
namespace {

void draw_session(const Document& doc, const SessionController& controller,
                  const FontManager& font_manager, BoardUiState& ui, FrameRequests& out) {
    const Fonts& fonts = font_manager.fonts();
    const float scale = font_manager.scale();
    draw_top_bar(doc, controller.save_error(), fonts, font_manager.ui_scale(), out);
    if (!controller.save_error().empty()) {
        draw_banner("Not saved: " + controller.save_error() +
                        "\nNothing already saved is lost, and what you typed is still here: "
                        "try again once the problem is fixed.",
                    false, fonts, out);
    }
    draw_banner(controller.message(), true, fonts, out);

    const BoardLayout layout = lay_out_board(doc.state().board, fonts, scale);
    const BoardFrame frame{doc.state(), layout, fonts, scale};
    draw_new_note_bar(frame, ui, out);
    const float board_height = ImGui::GetContentRegionAvail().y - status_line_height(fonts) -
                               ImGui::GetStyle().ItemSpacing.y;
    draw_board(frame, board_height, ui, out);
    draw_status_line(doc.state(), fonts);
}

}  // namespace

void draw_control_window(const SessionController& controller, const FontManager& fonts,
                         ControlUiState& ui, FrameRequests& out) {
    const Document* doc = controller.document();
    handle_shortcuts(ui.board, doc != nullptr, out);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("control", nullptr, flags);
    if (doc) {
        draw_session(*doc, controller, fonts, ui.board, out);
    } else {
        draw_start_view(controller.recent(), controller.message(), fonts.fonts(), fonts.scale(),
                        ui.start, out);
    }
    ImGui::End();
}

}  // namespace hostspace::gui
