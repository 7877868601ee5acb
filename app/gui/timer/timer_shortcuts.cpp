#include "app/gui/timer/timer_shortcuts.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "app/gui/projector/projector_harvest_step.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/timer/timer_actions.hpp"
#include "core/timer/talking_piece.hpp"

namespace hostspace::gui {
namespace {

// No key repeat: holding F9 must not add a minute per repeat tick.
bool pressed_once(int key) {
    return ImGui::IsKeyPressed(key, false);
}

bool plain(const ImGuiIO& io) {
    return !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
}

void handle_round_keys(const Session& session, AgendaUiState& agenda, FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!agenda.has_keys || agenda.selected.empty() || io.WantTextInput) return;
    // A modal (the method picker) has the keyboard; the agenda behind it does not.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const auto order = rounds_in_order(session.agenda);
    const auto it = std::find_if(order.begin(), order.end(),
                                 [&](const Round* round) { return round->id == agenda.selected; });
    if (it == order.end()) return;
    const std::size_t index = static_cast<std::size_t>(it - order.begin());
    const std::string id = agenda.selected;
    if (plain(io) && !io.KeyShift && pressed_once(GLFW_KEY_T)) {
        // The selected round's talking piece, on or off.
        out.commit({talking_piece_switch(id, !talking_piece_for(**it, session.timer).on)});
        return;
    }
    if (plain(io) && !io.KeyShift && pressed_once(GLFW_KEY_DELETE)) {
        out.commit({RemoveRound{id}}, [&agenda, id] {
            if (agenda.selected == id) agenda.selected.clear();
        });
        return;
    }
    if (!io.KeyAlt || io.KeyCtrl) return;
    std::vector<MoveRound> moves;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP, true) && index > 0) {
        moves = move_round_to(session.agenda, id, index - 1);
    } else if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true)) {
        moves = move_round_to(session.agenda, id, index + 1);
    }
    if (moves.empty()) return;
    out.commit(std::vector<OpPayload>(moves.begin(), moves.end()));
    agenda.reveal = id;
}

}  // namespace

void handle_timer_shortcuts(const Session& session, std::int64_t now_ms, ControlUiState& ui,
                            FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    handle_round_keys(session, ui.agenda, out);
    // The projector from the keyboard: Ctrl+F12 shows the next mode, Shift+F12 pins it (the
    // mode then stays when the timer starts).
    if (!io.KeyAlt && !io.KeySuper && pressed_once(GLFW_KEY_F12)) {
        if (io.KeyCtrl && !io.KeyShift) ui.projector.mode = next_projector_mode(ui.projector.mode);
        if (io.KeyShift && !io.KeyCtrl) ui.projector.pinned = !ui.projector.pinned;
    }
    if (!plain(io) || io.KeyShift) return;
    const std::string& selected = ui.agenda.selected;
    auto act = [&](TimerAction action) {
        run_timer_action(session, action, selected, now_ms, out);
    };
    if (pressed_once(GLFW_KEY_F5)) act(TimerAction::start_pause_resume);
    if (pressed_once(GLFW_KEY_F6)) act(TimerAction::next_step);
    if (pressed_once(GLFW_KEY_F7)) act(TimerAction::next_speaker);
    // A clicker's "next" is Page Down: it works unless text is being typed (where it moves
    // the caret), and the empty new-note field that has the keyboard most of the time is not.
    // In Purpose mode on the drafts or principles, the clicker steps those on the projector.
    if (pressed_once(GLFW_KEY_PAGE_DOWN) && !typing_in_field(ui.board) &&
        !step_projector_harvest(session, ui.projector, +1)) {
        act(TimerAction::next_speaker);
    }
    if (pressed_once(GLFW_KEY_PAGE_UP) && !typing_in_field(ui.board)) {
        step_projector_harvest(session, ui.projector, -1);
    }
    if (pressed_once(GLFW_KEY_F8)) act(TimerAction::minus_minute);
    if (pressed_once(GLFW_KEY_F9)) act(TimerAction::plus_minute);
    if (pressed_once(GLFW_KEY_F12)) ui.projector.open = !ui.projector.open;
}

}  // namespace hostspace::gui
