#pragma once
// What tells the facilitator that everything is saved: the window title, the top bar with the
// session title and save state, the error banner, and the status line.
#include <string>

#include "app/gui/fonts.hpp"
#include "app/gui/frame_requests.hpp"
#include "core/storage/document.hpp"

namespace hostspace::gui {

// "Board purpose — hostspace — all changes saved", "... — NOT SAVED", or "hostspace".
std::string window_title(const Document* doc, const std::string& save_error);

// Title, save state, undo/redo, text size and close buttons.
void draw_top_bar(const Document& doc, const std::string& save_error, const Fonts& fonts,
                  float ui_scale, FrameRequests& out);

// A red banner with `text` (nothing when empty), `width` pixels wide (0: all there is);
// `dismissable` adds a Dismiss button.
void draw_banner(const std::string& text, bool dismissable, const Fonts& fonts, FrameRequests& out,
                 float width = 0);

// Counts and the main shortcuts, in small type; `height()` is what it takes.
void draw_status_line(const Session& session, const Fonts& fonts);
float status_line_height(const Fonts& fonts);

}  // namespace hostspace::gui
