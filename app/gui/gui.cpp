// The GUI's entry points: the interactive loop and the screenshot renderer.
#include "app/gui/gui.hpp"

#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <iostream>

#include "app/gui/control_window.hpp"
#include "app/gui/fonts.hpp"
#include "app/gui/input_queue.hpp"
#include "app/gui/screenshot.hpp"
#include "app/gui/session_controller.hpp"
#include "app/gui/status_view.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/window.hpp"
#include "core/storage/recent_sessions.hpp"

namespace hostspace::gui {
namespace {

constexpr double kIdleWait = 0.5;        // s between frames when nothing happens
constexpr double kHeldWait = 1.0 / 60;   // while a key or button is held (key repeat, drags)
constexpr int kFramesAfterActivity = 1;  // after an input's frame, one to show its effect
constexpr int kShotWidth = 1600, kShotHeight = 1000;
constexpr int kShotFrames = 4;

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

}  // namespace

int run_gui(const GuiOptions& options) {
    try {
        GuiWindow window(WindowSpec{});
        InputQueue input(window.handle());
        ImGui::SetCurrentContext(window.context());
        FontManager fonts(options.assets / "fonts", window.content_scale());
        fonts.build();
        apply_theme(fonts.scale());

        SessionController controller(options.document, recent_sessions_file());
        if (options.session) controller.open(*options.session);
        ControlUiState ui;
        glfwFocusWindow(window.handle());

        bool quit = false;
        int more_frames = 1;  // frames to draw without waiting for events
        std::uint64_t last_picture = 0;
        while (!quit) {
            if (input.pending() || more_frames > 0) {
                glfwPollEvents();
            } else {
                glfwWaitEventsTimeout(input.anything_held() ? kHeldWait : kIdleWait);
            }
            more_frames = std::max(more_frames - 1, 0);
            if (input.take_activity()) more_frames = kFramesAfterActivity;
            if (glfwWindowShouldClose(window.handle())) break;  // the window manager's close
            fonts.set_content_scale(window.content_scale());    // moved to another monitor?
            if (fonts.rebuild_if_needed()) apply_theme(fonts.scale());

            window.begin_backend_frame();
            input.feed_frame();
            ImGui::NewFrame();
            FrameRequests requests;
            draw_control_window(controller, fonts, ui, requests);
            // Only a changed picture (or a damaged window) is drawn: building an ImGui frame
            // is cheap, rasterising it is not.
            const std::uint64_t picture = window.end_frame();
            const bool damaged = input.take_damage();
            if (picture != last_picture || damaged) {
                int width = 0, height = 0;
                glfwGetFramebufferSize(window.handle(), &width, &height);
                window.present(width, height, true);
                // ImGui settles some things over a few frames (a popup sizes itself hidden
                // first, a focus request lands a frame late): go on until nothing changes.
                more_frames = std::max(more_frames, 1);
            }
            last_picture = picture;

            // Changes are saved after the frame that asked for them, before the next one.
            const std::string before = open_folder(controller);
            controller.carry_out(requests);
            if (open_folder(controller) != before) ui.board = BoardUiState{};
            carry_out_commands(requests, fonts, quit);
            if (!requests.changes.empty() || !requests.commands.empty() || requests.open) {
                more_frames = std::max(more_frames, kFramesAfterActivity);
            }
            window.set_title(window_title(controller.document(), controller.save_error()));
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
        GuiWindow window(WindowSpec{kShotWidth, kShotHeight, false, "hostspace shot"});
        ImGui::SetCurrentContext(window.context());
        // Scale 1 whatever the display: a shot looks the same on every machine.
        FontManager fonts(options.assets / "fonts", 1.0f);
        fonts.build();
        apply_theme(fonts.scale());

        SessionController controller(options.document, recent_sessions_file(), true);
        if (!controller.open(*options.session, false)) {
            std::cerr << "hostspace shot: " << controller.message() << "\n";
            return 1;
        }
        ControlUiState ui;
        ui.board.focus_new_field = false;  // no caret in the picture
        OffscreenTarget target(kShotWidth, kShotHeight);
        for (int frame = 0; frame < kShotFrames; ++frame) {
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
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "hostspace shot: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace hostspace::gui
