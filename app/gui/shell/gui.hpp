#pragma once
// The GUI's entry points, called by main.cpp. Everything behind them lives in app/gui.
#include <filesystem>
#include <optional>
#include <string>

#include "app/gui/projector/projector_settings.hpp"
#include "core/storage/document.hpp"

namespace hostspace::gui {

struct GuiOptions {
    // The session to open; when empty the window opens on the start screen (create/open,
    // recent sessions).
    std::optional<std::filesystem::path> session;
    DocumentOptions document;
    std::filesystem::path assets;  // folder holding fonts/ (and later methods, templates)
    // The projector as it starts (--projector opens it; --fullscreen, --monitor place it).
    ProjectorSettings projector;
};

// Opens the control window (and the projector, if asked) and runs until it is closed. Returns a
// process exit code.
int run_gui(const GuiOptions& options);

// Renders the control window and the projector (round mode, high contrast, 1280x720) for
// `options.session` without user input and writes out_dir/control.png and
// out_dir/projector.png. Needs a display (Xvfb is fine). Returns a process exit code.
int render_shot(const GuiOptions& options, const std::filesystem::path& out_dir);

}  // namespace hostspace::gui
