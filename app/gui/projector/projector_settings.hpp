#pragma once
// What the facilitator picked for the projector window: whether it is open, what it shows,
// its theme and where it goes. Local to this laptop (a co-host's projector is theirs), so it
// is UI state, not part of the session.
#include <imgui.h>

#include <string>

#include "app/gui/projector/projector_harvest.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

enum class ProjectorMode { round, board, votes, purpose };
enum class ProjectorTheme { high_contrast, dark };

struct ProjectorSettings {
    bool open = false;
    ProjectorMode mode = ProjectorMode::round;
    // Pinned: the mode stays when the timer starts or resumes (otherwise Board, Votes or
    // Purpose give way to Round, so the room sees the countdown).
    bool pinned = false;
    ProjectorTheme theme = ProjectorTheme::high_contrast;
    // Fullscreen on monitor number `monitor` (0-based, glfwGetMonitors order); windowed when
    // `fullscreen` is off. A monitor that went away falls back to windowed.
    bool fullscreen = false;
    int monitor = 0;
    // The voting round Votes mode shows (the one the panel shows); empty: the newest.
    std::string vote_round;
    // What Purpose mode shows of the harvest (set by the Harvest place).
    ProjectorHarvest harvest;
};

const char* projector_mode_label(ProjectorMode mode);     // "Round", "Board", "Votes", "Purpose"
const char* projector_theme_label(ProjectorTheme theme);  // "High contrast", "Dark"

// Starting or resuming the timer (here, on a co-host's laptop, or by undoing a pause) brings
// the projector back to Round unless its mode is pinned. Called once per pass of the loop,
// after the pass's changes are folded in; it sees the run go from idle or paused to counting.
class ProjectorFollowsTimer {
  public:
    // True when it switched the mode.
    bool update(const Session* session, ProjectorSettings& settings);

  private:
    const Session* session_ = nullptr;
    TimerRun last_;
};

// The next mode in the row Round, Board, Votes, Purpose (after Purpose, Round).
ProjectorMode next_projector_mode(ProjectorMode mode);

// The projector's controls as one compact block for the control window: open/close, mode,
// the pin, theme, monitor and fullscreen. Draws into the current ImGui window; only edits
// `settings` (the loop opens, moves or closes the window to match).
struct Fonts;
// Returns the centre of the Pin box on screen (for the GUI tests' draw log).
ImVec2 draw_projector_controls(ProjectorSettings& settings, const Fonts& fonts, float scale);

}  // namespace hostspace::gui
