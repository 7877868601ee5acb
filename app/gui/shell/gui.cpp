// The GUI's entry points: the interactive loop and the screenshot renderer.
#include "app/gui/shell/gui.hpp"

#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/gui/board/board_canvas_cache.hpp"
#include "app/gui/projector/projector_window.hpp"
#include "app/gui/shell/clock.hpp"
#include "app/gui/shell/control_window.hpp"
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/frame_bench.hpp"
#include "app/gui/shell/input_queue.hpp"
#include "app/gui/shell/screenshot.hpp"
#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/window.hpp"
#include "app/gui/shell/window_chars.hpp"
#include "app/gui/timer/chime.hpp"
#include "core/board/canvas_view.hpp"
#include "core/storage/recent_sessions.hpp"
#include "core/text/font_fallback.hpp"
#include "core/timer/timer_display.hpp"

namespace hostspace::gui {
namespace {

constexpr double kIdleWait = 0.5;        // s between frames when nothing happens
constexpr double kHeldWait = 1.0 / 60;   // while a key or button is held (key repeat, drags)
constexpr int kFramesAfterActivity = 1;  // after an input's frame, one to show its effect
// Frames a changing picture may ask for by itself (see the loop) after input, and after a
// wake-up with none (a timer tick).
constexpr int kSettleAfterInput = 8;
constexpr int kSettleAfterTick = 1;
constexpr double kTickSlack = 0.002;  // s past a countdown's tick, so the wake-up is after it
constexpr int kShotWidth = 1600, kShotHeight = 1000;
constexpr int kShotFrames = 4;
constexpr int kProjectorShotWidth = 1280, kProjectorShotHeight = 720;

void carry_out_commands(const FrameRequests& requests, FontManager& fonts, bool& quit) {
    for (Command command : requests.commands) {
        if (command == Command::zoom_in) fonts.zoom_in();
        if (command == Command::zoom_out) fonts.zoom_out();
        if (command == Command::zoom_reset) fonts.zoom_reset();
        if (command == Command::quit) quit = true;
    }
}

// The session on screen, to notice when it changes (the board's UI state belongs to one).
std::string open_folder(const SessionController& controller) {
    const Document* doc = controller.document();
    return doc ? doc->folder().string() : std::string();
}

const Session* open_session(const SessionController& controller) {
    const Document* doc = controller.document();
    return doc ? &doc->state() : nullptr;
}

// How long the loop may sleep: until an event, or the timer's next tick (the countdown's next
// second, the flash's next toggle), whichever comes first, and never past `longest`. Sleeping
// in between is what keeps a laptop on battery from spinning a core for a countdown.
double wait_seconds(const Session* session, std::int64_t now_ms, double longest) {
    if (!session) return longest;
    const auto ms = ms_until_display_changes(read_timer(*session, now_ms), now_ms);
    if (!ms) return longest;
    return std::min(longest, static_cast<double>(*ms) / 1000.0 + kTickSlack);
}

// Rings the chime when the running step reaches zero between two passes of the loop (the
// loop wakes at the tick, so the sound comes with the "0:00" on screen). Only the timer
// reaching zero rings: a skip, a restart or opening a session already over time never does.
class ZeroCue {
  public:
    void check(const Session* session, std::int64_t now_ms, bool enabled, Chime& chime) {
        TimerReading reading = session ? read_timer(*session, now_ms) : TimerReading{};
        if (cues_between(last_, reading).time_up) {
            note_for_tests(enabled ? "cue time_up chime=on" : "cue time_up chime=off");
            if (enabled) chime.ring();
        }
        last_ = std::move(reading);
    }

  private:
    TimerReading last_;
};

// Tells, once a run, which fonts to install for characters no installed font has (in the
// window and on stderr), and writes each new atlas's coverage to the draw log.
class FontsReport {
  public:
    void update(const FontManager& fonts, const CharSet& chars, ControlUiState& ui) {
        if (fonts.generation() == reported_) return;
        reported_ = fonts.generation();
        if (test_log_enabled() && fonts.atlas()) {
            note_for_tests(
                atlas_report("control", *fonts.atlas(), chars, fonts.plan_ms(), fonts.swap_ms()));
        }
        if (told_ || fonts.missing().empty()) return;
        told_ = true;
        std::string codes, packages;
        bool private_use = false;
        int listed = 0;
        for (ImWchar c : fonts.missing()) {
            if (listed++ < 6) {
                char hex[10];
                std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
                codes += (codes.empty() ? "" : ", ") + std::string(hex);
            }
            const std::string package = text::font_package_for(c);
            if (package.empty()) {
                private_use = true;
            } else if (packages.find(package) == std::string::npos) {
                packages += (packages.empty() ? "" : " ") + package;
            }
        }
        if (fonts.missing().size() > 6) codes += ", …";
        const std::size_t count = fonts.missing().size();
        ui.fonts_notice = std::to_string(count) + (count == 1 ? " character" : " characters") +
                          " in this session " + (count == 1 ? "has" : "have") +
                          " no font on this computer and show as boxes with their code points (" +
                          codes + ").";
        if (!packages.empty()) {
            ui.fonts_notice += " Install " + packages + " (sudo apt-get install " + packages +
                               ") and restart hostspace.";
        }
        if (private_use) {
            ui.fonts_notice +=
                " Characters from U+E000 to U+F8FF are private: a logo or an icon "
                "that only the font it was typed in can draw.";
        }
        std::cerr << "hostspace: " << ui.fonts_notice << "\n";
    }

  private:
    std::uint64_t reported_ = 0;
    bool told_ = false;
};

}  // namespace

int run_gui(const GuiOptions& options) {
    try {
        GuiWindow window(WindowSpec{});
        InputQueue input(window.handle());
        ImGui::SetCurrentContext(window.context());
        watch_clipboard(ImGui::GetIO());
        SessionController controller(options.document, recent_sessions_file());
        controller.set_sync_wake([] { glfwPostEmptyEvent(); });
        if (options.session) controller.open(*options.session);
        ControlUiState ui;
        // The first atlas holds the open session's characters: no boxes on the first frames.
        WindowChars window_chars;
        FontManager fonts(options.assets / "fonts", window.content_scale());
        fonts.want(window_chars.update(controller, ui, ""));
        fonts.build();
        apply_theme(fonts.scale());
        FontsReport fonts_report;
        ui.assets = options.assets;
        ui.projector = options.projector;
        ProjectorWindow projector(options.assets / "fonts");
        ProjectorFollowsTimer projector_follows;  // Start or Resume brings back Round
        Chime chime;  // muted by HOSTSPACE_CHIME=off; opens the sound output at its first ring
        ZeroCue zero_cue;
        glfwFocusWindow(window.handle());

        // HOSTSPACE_FRAME_BENCH=FRAMES: time full frames back to back, print, quit.
        if (const auto bench = frame_bench_config()) {
            FrameBenchHooks hooks;
            hooks.draw_ui = [&] {
                FrameRequests ignored;  // no input, so nothing to carry out
                draw_control_window(controller, fonts, ui, ignored);
            };
            hooks.fit_view = [&](float width, float height) {
                if (!ui.board.cache) return;
                const float s = fonts.scale();
                ui.board.view =
                    fit_view(ui.board.cache->layout().content, Vec2{width, height}, s, 24 * s);
            };
            hooks.close = [&] { controller.close(); };
            GuiWindow* timed = &window;
            if (bench->projector) {  // HOSTSPACE_FRAME_BENCH_WINDOW=projector: Board mode
                ui.projector.open = true;
                ui.projector.fullscreen = false;
                ui.projector.mode = ProjectorMode::board;
                projector.update(ui.projector, open_session(controller), "", wall_clock_ms(),
                                 window);
                if (!projector.window()) return 1;
                timed = projector.window();
                hooks.build_frame = [&] {
                    projector.build_frame(ui.projector, open_session(controller), wall_clock_ms());
                };
            }
            const int code = run_frame_bench(*bench, *timed, hooks);
            controller.close();
            return code;
        }

        bool quit = false;
        int more_frames = 1;  // frames to draw without waiting for events
        int settle_left = kSettleAfterInput;
        std::uint64_t last_picture = 0;
        std::uint64_t presented_fonts = 0;  // the atlas of the picture on screen
        while (!quit) {
            if (input.pending() || more_frames > 0) {
                glfwPollEvents();
            } else {
                // Sync's worker wakes the loop when an answer is in (glfwPostEmptyEvent); the
                // next pass is offered on one of these ticks.
                const double longest = input.anything_held() ? kHeldWait : kIdleWait;
                glfwWaitEventsTimeout(
                    wait_seconds(open_session(controller), wall_clock_ms(), longest));
                settle_left = kSettleAfterTick;
            }
            more_frames = std::max(more_frames - 1, 0);
            if (input.take_activity()) {
                more_frames = kFramesAfterActivity;
                settle_left = kSettleAfterInput;
            }
            fonts.set_content_scale(window.content_scale());  // moved to another monitor?
            if (fonts.rebuild_if_needed()) apply_theme(fonts.scale());
            // New characters (typed, imported, synced) build a new atlas on the worker; the
            // frames go on with the current one until it is swapped in here.
            const CharSet& chars = window_chars.update(controller, ui, input.take_typed());
            fonts.want(chars);
            if (fonts.take_built()) more_frames = std::max(more_frames, 1);
            fonts_report.update(fonts, chars, ui);

            window.begin_backend_frame();
            input.feed_frame();
            ImGui::NewFrame();
            input.mark_double_clicks();
            FrameRequests requests;
            // The window manager's close quits like Ctrl+Q, after one more frame, so the views
            // can hand over what is being typed in a field and it is saved before the end.
            if (glfwWindowShouldClose(window.handle())) requests.command(Command::quit);
            for (std::string& path : input.take_dropped()) ui.dropped.push_back(std::move(path));
            const sync::SyncPhrase drawn_sync = controller.sync_phrase();
            draw_control_window(controller, fonts, ui, requests);
            // Only a changed picture (or a damaged window) is drawn: building an ImGui frame
            // is cheap, rasterising it is not.
            const std::uint64_t picture = window.end_frame();
            const bool damaged = input.take_damage();
            if (picture != last_picture || damaged) {
                int width = 0, height = 0;
                glfwGetFramebufferSize(window.handle(), &width, &height);
                // A rebuilt atlas may hold other glyphs under unchanged texture coordinates,
                // which the partial redraw's comparison cannot see: repaint it all.
                const bool new_fonts = fonts.generation() != presented_fonts;
                window.present_partial(width, height, damaged || new_fonts);
                presented_fonts = fonts.generation();
                // ImGui settles some things over a few frames (a popup sizes itself hidden
                // first, a focus request lands a frame late): go on until nothing changes,
                // within a budget. A picture that changes on every frame by itself (a
                // progress bar drawn from the clock's milliseconds) would otherwise keep the
                // loop from ever sleeping; past the budget it moves on the timer's ticks.
                if (settle_left > 0) {
                    --settle_left;
                    more_frames = std::max(more_frames, 1);
                }
            }
            last_picture = picture;

            // The zero cue from the state this frame showed, before its changes go in: an
            // auto-advance made at zero would otherwise hide that the step reached it.
            zero_cue.check(open_session(controller), wall_clock_ms(), ui.chime, chime);
            // Changes are saved after the frame that asked for them, before the next one.
            const std::string before = open_folder(controller);
            controller.carry_out(requests);
            if (open_folder(controller) != before) ui.board = BoardUiState{};
            carry_out_commands(requests, fonts, quit);
            if (!requests.changes.empty() || !requests.commands.empty() || requests.open ||
                requests.join) {
                more_frames = std::max(more_frames, kFramesAfterActivity);
                settle_left = kSettleAfterInput;
            }
            // Other laptops' changes, folded in between frames like the user's own.
            if (controller.tick_sync() > 0) more_frames = std::max(more_frames, 1);
            // A pass that ended (synced, offline, paused) changes the save label by itself.
            const sync::SyncPhrase sync_now = controller.sync_phrase();
            if (sync_now.short_text != drawn_sync.short_text ||
                sync_now.detail != drawn_sync.detail) {
                more_frames = std::max(more_frames, 1);
            }
            // A join from the start screen that has ended: its session opens, or its error shows.
            if (controller.tick_join()) {
                if (open_folder(controller) != before) ui.board = BoardUiState{};
                more_frames = std::max(more_frames, kFramesAfterActivity);
                settle_left = kSettleAfterInput;
            }
            window.set_title(window_title(controller.document(), controller.save_error(),
                                          controller.sync_phrase().short_text));

            // The projector after the changes are in, so it shows what was just saved. It
            // draws only when its picture changes, like the control window.
            if (projector_follows.update(open_session(controller), ui.projector)) {
                more_frames = std::max(more_frames, 1);  // the panel shows the new mode
            }
            if (projector.update(ui.projector, open_session(controller), ui.agenda.selected,
                                 wall_clock_ms(), window)) {
                more_frames = std::max(more_frames, 1);
            }
            if (const int delay = test_frame_delay_ms()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            }
        }
        controller.close();
        return 0;
    } catch (const WindowError& e) {
        std::cerr << "hostspace: " << e.what() << "\n";
        return 1;
    }
}

int render_shot(const GuiOptions& options, const std::filesystem::path& out_dir) {
    if (!options.session) {
        std::cerr << "hostspace shot: no session given\n";
        return 2;
    }
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) {
        std::cerr << "hostspace shot: " << out_dir.string()
                  << ": cannot create the folder: " << ec.message() << "\n";
        return 1;
    }
    try {
        // Hidden: the frames go to an off-screen framebuffer, so nothing shows or steals focus.
        WindowSpec spec;
        spec.width = kShotWidth;
        spec.height = kShotHeight;
        spec.visible = false;
        spec.title = "hostspace shot";
        GuiWindow window(spec);
        ImGui::SetCurrentContext(window.context());
        // Scale 1 whatever the display: a shot looks the same on every machine.
        SessionController controller(options.document, recent_sessions_file(), true);
        if (!controller.open(*options.session, false)) {
            std::cerr << "hostspace shot: " << controller.message() << "\n";
            return 1;
        }
        ControlUiState ui;
        WindowChars window_chars;
        FontManager fonts(options.assets / "fonts", 1.0f);
        const CharSet& chars = window_chars.update(controller, ui, "");
        fonts.want(chars);
        fonts.build();
        apply_theme(fonts.scale());
        FontsReport fonts_report;
        fonts_report.update(fonts, chars, ui);
        ui.assets = options.assets;
        ui.board.focus_new_field = false;  // no caret in the picture
        OffscreenTarget target(kShotWidth, kShotHeight);
        for (int frame = 0; frame < kShotFrames; ++frame) {
            if (frame > 0) {
                // A text cut short by the first frames (an ellipsis) may have shaped to glyphs
                // the whole text did not use: the atlas takes them before the picture is kept.
                fonts.want(window_chars.update(controller, ui, ""));
                fonts.finish_building();
            }
            window.begin_backend_frame();
            ImGuiIO& io = ImGui::GetIO();
            io.DisplaySize = ImVec2(kShotWidth, kShotHeight);
            io.DisplayFramebufferScale = ImVec2(1, 1);
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover effects
            ImGui::NewFrame();
            FrameRequests ignored;  // no input, so nothing to carry out
            draw_control_window(controller, fonts, ui, ignored);
            window.end_frame();
            window.present(kShotWidth, kShotHeight, false);
        }
        glFinish();
        const auto file = out_dir / "control.png";
        write_png(file, kShotWidth, kShotHeight, target.read_rgb());
        std::cerr << "wrote " << file.string() << "\n";

        // The projector in one mode to DIR/NAME; its draw-log line says what it shows, so a
        // test can check its text's size and glyphs (HOSTSPACE_DRAW_LOG).
        auto shoot_projector = [&](const ProjectorSettings& settings, const char* name) {
            ProjectorShown shown;
            const auto rgb = render_projector_offscreen(
                controller.document()->state(), settings, options.assets / "fonts", wall_clock_ms(),
                kProjectorShotWidth, kProjectorShotHeight, &shown);
            window.make_current();  // the control shot's framebuffer is let go in its context
            note_for_tests("shot " + describe_projector(shown, settings.theme,
                                                        static_cast<float>(kProjectorShotHeight)));
            const auto file = out_dir / name;
            write_png(file, kProjectorShotWidth, kProjectorShotHeight, rgb);
            std::cerr << "wrote " << file.string() << "\n";
        };
        // The round as the room would see it now, in the high-contrast theme.
        ProjectorSettings projector;
        projector.mode = ProjectorMode::round;
        projector.theme = ProjectorTheme::high_contrast;
        shoot_projector(projector, "projector.png");
        // Purpose mode on the agreed purpose (the drafts while none is agreed): the harvest.
        projector.mode = ProjectorMode::purpose;
        projector.harvest.show = HarvestShow::agreed;
        shoot_projector(projector, "projector-purpose.png");
        // Board mode: every note as large as fits.
        projector.mode = ProjectorMode::board;
        projector.theme = ProjectorTheme::dark;
        shoot_projector(projector, "projector-board.png");
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "hostspace shot: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace hostspace::gui
