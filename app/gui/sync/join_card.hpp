#pragma once
// The start screen's "Join an event" card: a laptop that has no copy of the session yet makes
// one from an event another laptop shares on a WebDAV server (core/sync/join_event.hpp). The
// fields are the Sync dialog's, plus the folder the new session goes into.
#include <imgui.h>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/session_controller.hpp"
#include "app/gui/sync/join_ui_state.hpp"

namespace hostspace::gui {

// Where the card's controls are this frame, for the draw log (a GUI test clicks them).
struct JoinLayout {
    ImVec2 server, user, password, event, folder, join_button;
};

void draw_join_card(const SessionController& controller, const Fonts& fonts, float inner,
                    float scale, JoinUiState& ui, JoinLayout& layout, FrameRequests& out);

// The folder a join goes into when none was typed: ~/sessions/<event>.
std::string default_join_folder(const std::string& event);

}  // namespace hostspace::gui
