#pragma once
// The projector: a second, display-only window the facilitator opens from the control window.
// It has its own GLFW window, GL context, ImGui context and font atlas; it never takes the
// keyboard (the control window gets it back whenever a window manager hands it over) and
// takes no input at all. It is made when the settings say open and destroyed when they say
// closed; closing it from the window manager sets them closed.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/projector/projector_board_cache.hpp"
#include "app/gui/projector/projector_fonts.hpp"
#include "app/gui/projector/projector_settings.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "app/gui/shell/window.hpp"
#include "core/session/session.hpp"

struct GLFWmonitor;

namespace hostspace::gui {

// What a projector keeps between frames, so showing an unchanged session again redoes
// nothing: the characters its texts use (the atlas must hold them; walking 10,000 notes for
// them every frame is not free) and Board mode's layout. Rebuilt when the session changes.
class ProjectorCache {
  public:
    // `typing`: a draft's wording being typed, not in the session yet; its characters join
    // the session's, so a letter the atlas lacks is added the moment it is typed.
    const CharSet& chars(const Session* session, const std::string& typing = "");
    // The large type's share of them (add_room_text), as of the last chars() call.
    const CharSet& room_chars() const { return room_chars_; }
    ProjectorBoardCache board;

  private:
    CharSet chars_, room_chars_;
    std::size_t shaped_seen_ = 0;  // shaped glyphs already added (shaped_glyphs.hpp)
    SessionVersion version_;
    bool known_ = false;
};

// One projector frame in `window`'s contexts, not yet presented: fonts brought up to date for
// `size` (uploaded when `upload`: not before the backend's first frame, which uploads them
// itself), the picture drawn and ended. `offscreen`: one pixel per unit whatever the display.
struct ProjectorPicture {
    ProjectorShown shown;
    std::uint64_t fingerprint = 0;
    bool fonts_rebuilt = false;
};
ProjectorPicture build_projector_frame(GuiWindow& window, ProjectorFonts& fonts,
                                       ProjectorCache& cache, const ProjectorSettings& settings,
                                       const Session* session, const std::string& next_round_id,
                                       std::int64_t now_ms, ImVec2 size, float board_scale,
                                       bool upload, bool offscreen = false);

// HOSTSPACE_DRAW_LOG=FILE: one line per change in what the projector shows, for tests.
class DrawLog {
  public:
    void note(const ProjectorShown& shown, ProjectorTheme theme, float height);

  private:
    std::string last_;
};

// "projector mode=round phase=running countdown=19:58 height_px=720 digits_px=194
// screen=countdown tone=normal theme=high_contrast speaker_countdown=- speaker_digits_px=0
// speaker="" paused_label_px=0 note_text_px=0 missing_glyphs=0": the countdown is "-" when
// none is shown; screen, tone and theme are ProjectorShown's and the settings' words; the
// speaker's countdown, digit height and name while the talking piece has a turn (the step's
// countdown is then the small line); the PAUSED banner's capital height; Board mode's smallest
// note text in pixels (rounded down); characters drawn that the atlas lacks. In Votes mode it
// goes on: ' votes_visible=yes bars=4 top="Listen first" top_dots=5 ties=1 dots=14 voters=5'
// (ties: groups of items with the same dots; top is "" and the counts 0 when nothing shows).
// In Purpose mode: ' harvest=agreed text="We come together to..." text_px=61 readable=yes
// drafts=0 page=0/0 principle=0/0 rows=0': what of the harvest is drawn ("question" for the
// calling question), its main text and that text's size in pixels (rounded down), whether it
// is at least kReadableTextShare of the height, the drafts side by side, the page of how many
// (drafts or the principles' list), the principle shown of how many, and a list's rows.
std::string describe_projector(const ProjectorShown& shown, ProjectorTheme theme, float height);

class ProjectorWindow {
  public:
    explicit ProjectorWindow(std::filesystem::path fonts_folder);
    ~ProjectorWindow();
    ProjectorWindow(const ProjectorWindow&) = delete;
    ProjectorWindow& operator=(const ProjectorWindow&) = delete;

    // Once per loop iteration, after the control window's frame: opens, places or closes the
    // window to match `settings` (clearing settings.open when the window manager closed it,
    // settings.fullscreen when its monitor went away), then draws a frame and shows it if the
    // picture changed or the window was damaged. Leaves `control`'s contexts current. True
    // when another frame is due at once (fonts were rebuilt, the board needs another scale).
    // `next_round_id`: the round the control window would start (shown while the timer is
    // idle; empty: the agenda's first).
    bool update(ProjectorSettings& settings, const Session* session,
                const std::string& next_round_id, std::int64_t now_ms, GuiWindow& control);

    bool is_open() const { return window_ != nullptr; }

    // For the frame benchmark (frame_bench.hpp): the open window, or nullptr; and one whole
    // frame built in it, changed or not, left current and not presented.
    GuiWindow* window() const { return window_.get(); }
    void build_frame(const ProjectorSettings& settings, const Session* session,
                     std::int64_t now_ms);

    struct Events;  // what the window's GLFW callbacks noted (projector_window.cpp)

  private:
    void open(ProjectorSettings& settings, GuiWindow& control);
    void close();
    void place(ProjectorSettings& settings);
    bool draw(const ProjectorSettings& settings, const Session* session,
              const std::string& next_round_id, std::int64_t now_ms);

    std::filesystem::path fonts_folder_;
    std::unique_ptr<GuiWindow> window_;
    std::unique_ptr<ProjectorFonts> fonts_;
    std::unique_ptr<ProjectorCache> cache_;
    std::unique_ptr<Events> events_;
    // Where the window was put last, so a change of settings moves it and nothing else does
    // (the facilitator may drag a windowed projector wherever they like).
    bool placed_fullscreen_ = false;
    int placed_monitor_index_ = -1;
    GLFWmonitor* placed_monitor_ = nullptr;
    std::uint64_t last_picture_ = 0;
    float board_scale_ = 1;
    int frames_ = 0;
    DrawLog log_;
};

// Renders the projector for `session` into a hidden window's off-screen framebuffer of
// `width` x `height` and returns its RGB rows (top first); `shown`, if given, says what the
// picture shows. For `hostspace shot` (projector_frame.cpp).
std::vector<std::uint8_t> render_projector_offscreen(const Session& session,
                                                     const ProjectorSettings& settings,
                                                     const std::filesystem::path& fonts_folder,
                                                     std::int64_t now_ms, int width, int height,
                                                     ProjectorShown* shown = nullptr);

}  // namespace hostspace::gui
