#pragma once
// What tells the facilitator that everything is saved: the window title, the top bar with the
// session title and save state, the error banner, and the status line.
#include <imgui.h>

#include <string>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_requests.hpp"
#include "core/storage/document.hpp"
#include "core/sync/sync_status_text.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {

// "Board purpose — hostspace — all changes saved", "... — NOT SAVED", or "hostspace"; with
// sync on, its state follows ("— synced 14:05", "— offline since 14:02").
std::string window_title(const Document* doc, const std::string& save_error,
                         const std::string& sync_phrase = "");

// The side panel's toggle, and the countdown to show in the bar while the panel is hidden.
struct TopBarTimer {
    bool& panel_open;
    std::string countdown;  // "" when the timer is idle
    ImU32 countdown_colour = 0;
};

// What the top bar asks of the views it does not own.
enum class TopBarAction { none, session_details, import, export_session, sync };

// Title (a click opens Session details), save state, Session details, Import…, the panel
// toggle, undo/redo, text size and close buttons.
// The save pill shows sync's state too, and a click on it opens the Sync dialog.
TopBarAction draw_top_bar(const Document& doc, const std::string& save_error, const Fonts& fonts,
                          float ui_scale, const TopBarTimer& timer, const sync::SyncPhrase& sync,
                          FrameRequests& out);

// A red banner with `text` (nothing when empty), `width` pixels wide (0: all there is);
// `dismissable` adds a Dismiss button.
void draw_banner(const std::string& text, bool dismissable, const Fonts& fonts, FrameRequests& out,
                 float width = 0);

// An amber banner for something worth knowing but not alarming (a method file that was
// skipped), with a Dismiss button; true on the frame it is clicked.
bool draw_warning_banner(const std::string& text, const Fonts& fonts, float width = 0);

// A green banner for news of something done (an import), with a Dismiss button; true on the
// frame it is clicked.
bool draw_info_banner(const std::string& text, const Fonts& fonts, float width = 0);

// Counts and the main shortcuts (the timer's for its state), in small type; as many as fit,
// the least needed dropped first. `status_line_height()` is what it takes.
void draw_status_line(const Session& session, const TimerReading& reading, const Fonts& fonts);
float status_line_height(const Fonts& fonts);

}  // namespace hostspace::gui
