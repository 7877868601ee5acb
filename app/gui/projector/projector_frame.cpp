// The parts of a projector frame shared by the live window and `hostspace shot`: one frame's
// drawing, the draw log, and the off-screen rendering.
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_window.hpp"
#include "app/gui/shell/screenshot.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/text/session_chars.hpp"
#include "app/gui/text/shaped_glyphs.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {
namespace {

const char* mode_word(ProjectorMode mode) {
    switch (mode) {
        case ProjectorMode::board:
            return "board";
        case ProjectorMode::votes:
            return "votes";
        case ProjectorMode::purpose:
            return "purpose";
        default:
            return "round";
    }
}

}  // namespace

const CharSet& ProjectorCache::chars(const Session* session, const std::string& typing) {
    const SessionVersion version = version_of(session);
    if (!known_ || version != version_) {
        chars_ = CharSet{};
        room_chars_ = CharSet{};
        shaped_seen_ = 0;
        if (session) {
            add_session_text(*session, chars_);
            add_room_text(*session, room_chars_);
        }
        version_ = version;
        known_ = true;
    }
    // A few characters a frame, only while a draft is typed; the fonts rebuild only when one
    // is new to the atlas.
    if (!typing.empty()) {
        chars_.add_text(typing);
        room_chars_.add_text(typing);  // a draft's wording, in Purpose mode's large type
    }
    // Glyphs shaped while drawing a cut text may be drawn in either size.
    const std::size_t seen = shaped_seen_;
    shaped_seen_ = add_shaped_glyphs_since(seen, chars_);
    add_shaped_glyphs_since(seen, room_chars_);
    return chars_;
}

ProjectorPicture build_projector_frame(GuiWindow& window, ProjectorFonts& fonts,
                                       ProjectorCache& cache, const ProjectorSettings& settings,
                                       const Session* session, const std::string& next_round_id,
                                       std::int64_t now_ms, ImVec2 size, float board_scale,
                                       bool upload, bool offscreen) {
    window.make_current();
    ProjectorPicture picture;
    const CharSet& chars = cache.chars(session, settings.harvest.typing_text);
    picture.fonts_rebuilt =
        fonts.update(size.y, board_scale, chars, cache.room_chars(), upload, offscreen);
    const ProjectorPalette& palette = projector_palette(settings.theme);
    // The clear colour under the picture (GuiWindow::present clears with WindowBg).
    ImGui::GetStyle().Colors[ImGuiCol_WindowBg] =
        ImGui::ColorConvertU32ToFloat4(palette.background);

    window.begin_backend_frame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size;
    if (offscreen) io.DisplayFramebufferScale = ImVec2(1, 1);  // one pixel per unit, always
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // nothing on the projector reacts to a mouse
    ImGui::NewFrame();
    ProjectorFrame frame;
    frame.session = session;
    frame.now_ms = now_ms;
    frame.mode = settings.mode;
    frame.palette = &palette;
    frame.fonts = &fonts.fonts();
    frame.next_round_id = next_round_id;
    frame.vote_round_id = settings.vote_round;
    frame.board_cache = &cache.board;
    frame.harvest = &settings.harvest;
    {
        // Only when a test reads the log: every character drawn is looked up once more.
        std::optional<GlyphCount> glyphs;
        if (test_log_enabled()) glyphs.emplace();
        picture.shown = draw_projector(frame);
        if (glyphs) picture.shown.missing_glyphs = glyphs->missing();
    }
    picture.fingerprint = window.end_frame();
    return picture;
}

std::string describe_projector(const ProjectorShown& shown, ProjectorTheme theme, float height) {
    std::string line = "projector mode=";
    line += mode_word(shown.mode);
    line += " phase=";
    line += timer_phase_name(shown.phase);
    line += " countdown=" + (shown.countdown.empty() ? std::string("-") : shown.countdown);
    line += " height_px=" + std::to_string(static_cast<int>(std::lround(height)));
    line += " digits_px=" + std::to_string(static_cast<int>(std::lround(shown.digits_px)));
    line += " screen=" + shown.screen;
    line += " tone=" + shown.tone;
    line += theme == ProjectorTheme::dark ? " theme=dark" : " theme=high_contrast";
    line += " speaker_countdown=" +
            (shown.speaker_countdown.empty() ? std::string("-") : shown.speaker_countdown);
    line += " speaker_digits_px=" +
            std::to_string(static_cast<int>(std::lround(shown.speaker_digits_px)));
    std::string speaker = shown.speaker;  // quoted: a name has spaces
    std::replace(speaker.begin(), speaker.end(), '"', '\'');
    line += " speaker=\"" + speaker + "\"";
    line +=
        " paused_label_px=" + std::to_string(static_cast<int>(std::lround(shown.paused_label_px)));
    // Rounded down: a test's "at least 24" must not pass on 23.6.
    line += " note_text_px=" + std::to_string(static_cast<int>(shown.note_text_px));
    line += " missing_glyphs=" + std::to_string(shown.missing_glyphs);
    if (shown.mode == ProjectorMode::votes) {
        line += shown.votes_visible ? " votes_visible=yes" : " votes_visible=no";
        line += " bars=" + std::to_string(shown.bars);
        std::string top = shown.top;  // quoted: a note's text has spaces
        std::replace(top.begin(), top.end(), '"', '\'');
        line += " top=\"" + top + "\"";
        line += " top_dots=" + std::to_string(shown.top_dots);
        line += " ties=" + std::to_string(shown.ties);
        line += " dots=" + std::to_string(shown.vote_dots);
        line += " voters=" + std::to_string(shown.voters);
    }
    if (shown.mode == ProjectorMode::purpose) {
        line += " harvest=" + (shown.harvest.empty() ? std::string("-") : shown.harvest);
        std::string text = shown.text;  // quoted on one line: a draft has spaces and breaks
        std::replace(text.begin(), text.end(), '"', '\'');
        std::replace(text.begin(), text.end(), '\n', ' ');
        line += " text=\"" + text + "\"";
        // Rounded down, like note_text_px: "at least 36" must not pass on 35.6.
        const int text_px = static_cast<int>(shown.text_px);
        line += " text_px=" + std::to_string(text_px);
        const bool readable =
            text_px > 0 && text_px >= std::ceil(height * kReadableTextShare - 0.01f);
        line += readable ? " readable=yes" : " readable=no";
        line += " drafts=" + std::to_string(shown.drafts_shown);
        line += " page=" + std::to_string(shown.page) + "/" + std::to_string(shown.pages);
        line += " principle=" + std::to_string(shown.principle) + "/" +
                std::to_string(shown.principles);
        line += " rows=" + std::to_string(shown.rows);
    }
    return line;
}

void DrawLog::note(const ProjectorShown& shown, ProjectorTheme theme, float height) {
    if (!test_log_enabled()) return;  // not a line built every frame for nobody
    std::string line = describe_projector(shown, theme, height);
    if (line == last_) return;
    note_for_tests(line);
    last_ = std::move(line);
}

std::vector<std::uint8_t> render_projector_offscreen(const Session& session,
                                                     const ProjectorSettings& settings,
                                                     const std::filesystem::path& fonts_folder,
                                                     std::int64_t now_ms, int width, int height,
                                                     ProjectorShown* shown) {
    WindowSpec spec;
    spec.width = width;
    spec.height = height;
    spec.visible = false;
    spec.focused = false;
    spec.focus_on_show = false;
    spec.swap_interval = 0;
    spec.title = "hostspace projector shot";
    GuiWindow window(spec);
    window.make_current();
    ProjectorFonts fonts(fonts_folder);
    ProjectorCache cache;
    OffscreenTarget target(width, height);
    float board_scale = 1;
    // A few frames: the board may want its fonts rebuilt at the scale that fits.
    for (int frame = 0; frame < 3; ++frame) {
        const ProjectorPicture picture =
            build_projector_frame(window, fonts, cache, settings, &session, "", now_ms,
                                  ImVec2(static_cast<float>(width), static_cast<float>(height)),
                                  board_scale, frame > 0, true);
        window.present(width, height, false);
        if (picture.shown.board_scale > 0) board_scale = picture.shown.board_scale;
        if (shown) *shown = picture.shown;
    }
    glFinish();
    return target.read_rgb();
}

}  // namespace hostspace::gui
