#pragma once
// What the room sees: the projector's picture as free functions over the const session, the
// clock's "now" and the facilitator's choice of mode and theme. Nothing here edits anything;
// the projector window takes no input.
#include <imgui.h>

#include <cstdint>
#include <string>

#include "app/gui/projector/projector_fonts.hpp"
#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/projector/projector_theme.hpp"
#include "core/session/session.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {

class ProjectorBoardCache;

struct ProjectorFrame {
    const Session* session = nullptr;  // nullptr: no session is open
    std::int64_t now_ms = 0;
    ProjectorMode mode = ProjectorMode::round;
    const ProjectorPalette* palette = nullptr;
    const ProjectorFontSet* fonts = nullptr;
    // The round the control window would start next, shown while the timer is idle; empty:
    // the first round of the agenda.
    std::string next_round_id;
    // The voting round Votes mode shows; empty (or gone): the newest.
    std::string vote_round_id;
    // Board mode's layout, kept between frames (transient view state, like the canvas's);
    // nullptr: laid out for this frame only.
    ProjectorBoardCache* board_cache = nullptr;
    // What Purpose mode shows of the harvest (the settings' choice); nullptr: the drafts.
    const ProjectorHarvest* harvest = nullptr;
};

// What the picture shows, in the words a test or a log can check.
struct ProjectorShown {
    ProjectorMode mode = ProjectorMode::round;
    TimerPhase phase = TimerPhase::idle;
    std::string screen;     // "countdown", "up-next", "session", "no-session", "board", ...
    std::string countdown;  // the countdown on screen; empty when there is none
    std::string tone;       // "normal", "amber", "red", "flash": the countdown's colour cue
    float digits_px = 0;    // the countdown's digit height (ink of "0"), in pixels
    float board_scale = 0;  // board mode: pixels per board unit that fit the board in
    // Talking piece: the speaker's own countdown (the large one while it runs; the step's time
    // is then the smaller line, `countdown` and `digits_px`), its digit height, and who speaks
    // ("Speaker 2" without a participants list). Empty and 0 when none is shown.
    std::string speaker_countdown;
    float speaker_digits_px = 0;
    std::string speaker;
    float paused_label_px = 0;  // the PAUSED banner's capital height, 0 when not shown
    float note_text_px = 0;     // board mode: the smallest note text drawn (font size, pixels)
    int missing_glyphs = 0;     // characters drawn that the atlas lacks (set by draw_projector)
    // Votes mode: the results are on screen (not hidden until revealed), the bars drawn, the
    // top item's text and dots, how many groups of items are level, and the round's totals.
    bool votes_visible = false;
    int bars = 0;
    std::string top;
    int top_dots = 0;
    int ties = 0;
    int vote_dots = 0;
    int voters = 0;
    // Purpose mode: what of the harvest is drawn after any fallback (harvest_show_word, or
    // "question" for the calling question), its main text and that text's size in pixels;
    // drafts side by side on this page, the page (1-based) of how many; the principle shown
    // (1-based) of how many; rows of a list.
    std::string harvest;
    std::string text;
    float text_px = 0;
    int drafts_shown = 0;
    int page = 0, pages = 0;
    int principle = 0, principles = 0;
    int rows = 0;
};

// Draws the whole window (one borderless ImGui window over the display) in the current ImGui
// context, between NewFrame and Render.
ProjectorShown draw_projector(const ProjectorFrame& frame);

// Parts (projector_round_view.cpp, projector_board_view.cpp), drawing into `draw` over the
// rectangle from `min` to `max`.
ProjectorShown draw_round_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max);
ProjectorShown draw_board_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max);
// Votes mode (projector_votes_view.cpp): the round's results as bars, or only how many dots
// are in while they are hidden.
ProjectorShown draw_votes_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max);
// Purpose mode (projector_purpose_view.cpp): what the facilitator works on in the Harvest
// place (frame.harvest), or the calling question while the harvest has nothing to show.
ProjectorShown draw_purpose_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                   ImVec2 max);
// A calm notice in the middle of the screen: a small line above, a main line, a hint below.
void draw_plaque(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
                 const std::string& above, const std::string& main, const std::string& below);

}  // namespace hostspace::gui
