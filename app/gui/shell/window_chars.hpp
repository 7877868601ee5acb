#pragma once
// Every character the control window may draw, for its font atlas: the open session's texts
// (walked again only when the session changes), the recent sessions, what the dialogs show
// (paths, an import's findings, messages), what is being typed and what is pasted.
#include <string>

#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/ui_state.hpp"
#include "app/gui/text/char_set.hpp"
#include "core/session/session.hpp"

struct ImGuiIO;

namespace hostspace::gui {

class WindowChars {
  public:
    // `typed`: characters typed since the last frame (InputQueue::take_typed).
    const CharSet& update(const SessionController& controller, const ControlUiState& ui,
                          const std::string& typed);

  private:
    CharSet chars_;
    SessionVersion version_;
    const void* session_ = nullptr;
    std::size_t shaped_seen_ = 0;  // shaped glyphs already added (shaped_glyphs.hpp)
};

// Routes ImGui's clipboard reads (a paste into a field) through a copy that `take_pasted`
// hands over, so pasted characters reach the atlas too. Once, after the backend's init.
void watch_clipboard(ImGuiIO& io);
std::string take_pasted();

}  // namespace hostspace::gui
