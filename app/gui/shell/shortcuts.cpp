#include "app/gui/shell/shortcuts.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

namespace hostspace::gui {
namespace {

bool pressed(int key) {
    return ImGui::IsKeyPressed(key, true);
}

}  // namespace

bool typing_in_field(const BoardUiState& board) {
    return ImGui::GetIO().WantTextInput && !(board.new_field_active && board.new_text.empty());
}

void handle_shortcuts(BoardUiState& board, bool session_open, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return;
    if (ImGui::IsKeyPressed(GLFW_KEY_Q, false)) out.command(Command::quit);
    // GLFW names keys by their US-layout place: Ctrl++ is Ctrl+Shift+= there.
    if (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)) out.command(Command::zoom_in);
    if (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)) out.command(Command::zoom_out);
    if (ImGui::IsKeyPressed(GLFW_KEY_0, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_0, false)) {
        out.command(Command::zoom_reset);
    }
    if (!session_open) return;
    if (typing_in_field(board)) return;
    const bool undo = pressed(GLFW_KEY_Z) && !io.KeyShift;
    const bool redo = (pressed(GLFW_KEY_Z) && io.KeyShift) || pressed(GLFW_KEY_Y);
    if (!undo && !redo) return;
    out.command(undo ? Command::undo : Command::redo);
    if (board.new_field_active) {
        // The empty field must not see the key too (its own undo would bring back text):
        // let go of it for this frame, with a fresh field to come back to.
        ImGui::ClearActiveID();
        ++board.new_field_generation;
        board.focus_new_field = true;
    }
}

}  // namespace hostspace::gui
