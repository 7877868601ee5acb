#pragma once
// What the facilitator picked for the projector window: whether it is open, what it shows,
// its theme and where it goes. Local to this laptop (a co-host's projector is theirs), so it
// is UI state, not part of the session.
#include <string>

namespace hostspace::gui {

enum class ProjectorMode { round, board, votes, purpose };
enum class ProjectorTheme { high_contrast, dark };

struct ProjectorSettings {
    bool open = false;
    ProjectorMode mode = ProjectorMode::round;
    ProjectorTheme theme = ProjectorTheme::high_contrast;
    // Fullscreen on monitor number `monitor` (0-based, glfwGetMonitors order); windowed when
    // `fullscreen` is off. A monitor that went away falls back to windowed.
    bool fullscreen = false;
    int monitor = 0;
    // The voting round Votes mode shows (the one the panel shows); empty: the newest.
    std::string vote_round;
};

const char* projector_mode_label(ProjectorMode mode);     // "Round", "Board", "Votes", "Purpose"
const char* projector_theme_label(ProjectorTheme theme);  // "High contrast", "Dark"

// The projector's controls as one compact block for the control window: open/close, mode,
// theme, monitor and fullscreen. Draws into the current ImGui window; only edits `settings`
// (the loop opens, moves or closes the window to match).
struct Fonts;
void draw_projector_controls(ProjectorSettings& settings, const Fonts& fonts, float scale);

}  // namespace hostspace::gui
