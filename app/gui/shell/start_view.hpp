#pragma once
// The start screen: open a session (a path, or one of the recent ones) or create one.
#include <filesystem>
#include <string>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "app/gui/shell/ui_state.hpp"

namespace hostspace::gui {

void draw_start_view(const std::vector<std::filesystem::path>& recent, const std::string& message,
                     const Fonts& fonts, float scale, StartUiState& ui, FrameRequests& out);

}  // namespace hostspace::gui
