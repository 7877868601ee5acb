#pragma once
// The facilitator's keys, made for a presenter clicker as much as a keyboard:
//   F5 start (idle) / pause / resume   F6 next step      F7 next speaker (talking piece)
//   F8 one minute less                 F9 one minute more F12 projector window on / off
//   Ctrl+F12 the projector's next mode Shift+F12 pin the projector's mode (or unpin it)
//   PageDown next speaker (talking piece; not while typing, where it moves the caret); in
//            Purpose mode on the drafts or principles, PageDown / PageUp step those instead
//   Delete, Alt+Up, Alt+Down, T: remove or move the selected round, or switch its talking
//   piece on or off (when the agenda had the last click and nothing is being typed).
// The F-keys work while a text field is active: no field uses them.
#include <cstdint>

#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/ui_state.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

void handle_timer_shortcuts(const Session& session, std::int64_t now_ms, ControlUiState& ui,
                            FrameRequests& out);

}  // namespace hostspace::gui
