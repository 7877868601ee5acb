#include "app/gui/projector/projector_window.hpp"

#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <iostream>

namespace hostspace::gui {

// The projector's GLFW callbacks only note what happened; nothing in them touches ImGui, so
// they never reach into the control window's context (or their own) mid-frame.
struct ProjectorWindow::Events {
    bool damaged = true;   // contents lost or resized: draw even an unchanged picture
    bool focused = false;  // a window manager gave it the keyboard: hand it back
};

namespace {

constexpr int kWindowedWidth = 1280, kWindowedHeight = 720;

ProjectorWindow::Events& events_of(GLFWwindow* window) {
    return *static_cast<ProjectorWindow::Events*>(glfwGetWindowUserPointer(window));
}

void on_damage(GLFWwindow* window) {
    events_of(window).damaged = true;
}

void on_resize(GLFWwindow* window, int, int) {
    events_of(window).damaged = true;
}

void on_focus(GLFWwindow* window, int focused) {
    if (focused) events_of(window).focused = true;
}

GLFWmonitor* monitor_at(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    return index >= 0 && index < count ? monitors[index] : nullptr;
}

bool monitor_connected(GLFWmonitor* monitor) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    return std::find(monitors, monitors + count, monitor) != monitors + count;
}

// A windowed projector: 1280x720 (smaller on a small screen), centred on `monitor`.
void centre_on(GLFWwindow* window, GLFWmonitor* monitor) {
    if (!monitor) monitor = glfwGetPrimaryMonitor();
    if (!monitor) return;
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &w, &h);
    if (w <= 0 || h <= 0) return;
    const int width = std::min(kWindowedWidth, w * 4 / 5);
    const int height = std::min(kWindowedHeight, h * 4 / 5);
    glfwSetWindowSize(window, width, height);
    glfwSetWindowPos(window, x + (w - width) / 2, y + (h - height) / 2);
}

}  // namespace

ProjectorWindow::ProjectorWindow(std::filesystem::path fonts_folder)
    : fonts_folder_(std::move(fonts_folder)) {}

ProjectorWindow::~ProjectorWindow() {
    close();
}

bool ProjectorWindow::update(ProjectorSettings& settings, const Session* session,
                             const std::string& next_round_id, std::int64_t now_ms,
                             GuiWindow& control) {
    if (window_ && glfwWindowShouldClose(window_->handle())) settings.open = false;
    bool again = false;
    if (settings.open && !window_) {
        try {
            open(settings, control);
        } catch (const WindowError& e) {
            // The control window goes on: the facilitator can still run the session.
            std::cerr << "hostspace: cannot open the projector window: " << e.what() << "\n";
            settings.open = false;
        }
    } else if (!settings.open && window_) {
        close();
    }
    if (window_) {
        place(settings);
        again = draw(settings, session, next_round_id, now_ms);
        if (events_->focused) {
            events_->focused = false;
            glfwFocusWindow(control.handle());
        }
    }
    control.make_current();
    return again;
}

void ProjectorWindow::open(ProjectorSettings& settings, GuiWindow& control) {
    WindowSpec spec;
    spec.width = kWindowedWidth;
    spec.height = kWindowedHeight;
    spec.visible = false;  // shown once placed, so it never flashes up in the wrong place
    spec.title = "hostspace projector";
    spec.focused = false;
    spec.focus_on_show = false;
    spec.auto_iconify = false;
    spec.swap_interval = 0;  // the control window waits for vsync; one wait per frame is enough
    window_ = std::make_unique<GuiWindow>(spec);
    events_ = std::make_unique<Events>();
    fonts_ = std::make_unique<ProjectorFonts>(fonts_folder_);
    cache_ = std::make_unique<ProjectorCache>();
    GLFWwindow* handle = window_->handle();
    glfwSetWindowUserPointer(handle, events_.get());
    glfwSetWindowRefreshCallback(handle, on_damage);
    glfwSetFramebufferSizeCallback(handle, on_resize);
    glfwSetWindowFocusCallback(handle, on_focus);
    ImGui::SetCurrentContext(window_->context());
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NoMouse | ImGuiConfigFlags_NoMouseCursorChange;
    // Placed while hidden, the keyboard made the control window's, then shown: without a
    // window manager the window shown last goes on top but keeps no focus it was not given.
    placed_fullscreen_ = false;
    placed_monitor_index_ = -1;
    placed_monitor_ = nullptr;
    place(settings);
    glfwFocusWindow(control.handle());
    glfwShowWindow(handle);
    frames_ = 0;
    last_picture_ = 0;
    board_scale_ = 1;
}

void ProjectorWindow::close() {
    if (!window_) return;
    glfwSetWindowFocusCallback(window_->handle(), nullptr);
    glfwSetWindowRefreshCallback(window_->handle(), nullptr);
    glfwSetFramebufferSizeCallback(window_->handle(), nullptr);
    glfwSetWindowUserPointer(window_->handle(), nullptr);
    // The atlas belongs to the window's ImGui context: both go together.
    fonts_.reset();
    cache_.reset();
    window_.reset();
    events_.reset();
}

void ProjectorWindow::place(ProjectorSettings& settings) {
    GLFWwindow* handle = window_->handle();
    if (placed_monitor_ && !monitor_connected(placed_monitor_)) {
        // Its monitor was unplugged (GLFW has made it windowed already): stay windowed, and
        // let the controls say so, rather than jump onto whichever screen is now number N.
        settings.fullscreen = false;
        placed_monitor_ = nullptr;
        placed_fullscreen_ = false;
        centre_on(handle, glfwGetPrimaryMonitor());
        placed_monitor_index_ = settings.monitor;
        return;
    }
    if (settings.fullscreen == placed_fullscreen_ && settings.monitor == placed_monitor_index_) {
        return;
    }
    GLFWmonitor* monitor = monitor_at(settings.monitor);
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (settings.fullscreen && mode) {
        glfwSetWindowMonitor(handle, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        placed_monitor_ = monitor;
        placed_fullscreen_ = true;
    } else {
        if (glfwGetWindowMonitor(handle)) {
            glfwSetWindowMonitor(handle, nullptr, 0, 0, kWindowedWidth, kWindowedHeight,
                                 GLFW_DONT_CARE);
        }
        centre_on(handle, monitor);
        placed_monitor_ = nullptr;
        // Fullscreen on a monitor that is not there: windowed, until the choice changes.
        placed_fullscreen_ = settings.fullscreen;
    }
    placed_monitor_index_ = settings.monitor;
    events_->damaged = true;
}

void ProjectorWindow::build_frame(const ProjectorSettings& settings, const Session* session,
                                  std::int64_t now_ms) {
    int width = 0, height = 0;
    glfwGetWindowSize(window_->handle(), &width, &height);
    const ProjectorPicture picture = build_projector_frame(
        *window_, *fonts_, *cache_, settings, session, "", now_ms,
        ImVec2(static_cast<float>(width), static_cast<float>(height)), board_scale_, true);
    if (picture.shown.board_scale > 0) board_scale_ = picture.shown.board_scale;
}

bool ProjectorWindow::draw(const ProjectorSettings& settings, const Session* session,
                           const std::string& next_round_id, std::int64_t now_ms) {
    GLFWwindow* handle = window_->handle();
    int width = 0, height = 0, fb_width = 0, fb_height = 0;
    glfwGetWindowSize(handle, &width, &height);
    glfwGetFramebufferSize(handle, &fb_width, &fb_height);
    if (width <= 0 || height <= 0 || fb_width <= 0 || fb_height <= 0) return false;  // iconified

    const ImVec2 size(static_cast<float>(width), static_cast<float>(height));
    const ProjectorPicture picture =
        build_projector_frame(*window_, *fonts_, *cache_, settings, session, next_round_id, now_ms,
                              size, board_scale_, frames_ > 0);
    ++frames_;
    const bool damaged = events_->damaged;
    events_->damaged = false;
    if (picture.fingerprint != last_picture_ || damaged || picture.fonts_rebuilt) {
        // A rebuilt atlas may hold other glyphs under unchanged texture coordinates.
        window_->present_partial(fb_width, fb_height, damaged || picture.fonts_rebuilt);
    }
    last_picture_ = picture.fingerprint;
    log_.note(picture.shown, settings.theme, size.y);

    // Board mode reports the scale that fits; the fonts follow on the next frame.
    bool again = picture.fonts_rebuilt || frames_ < 2;
    if (picture.shown.board_scale > 0 && picture.shown.board_scale != board_scale_) {
        board_scale_ = picture.shown.board_scale;
        again = true;
    }
    return again;
}

}  // namespace hostspace::gui
