#pragma once
// One GLFW window with a GL 3.3 core context and its own Dear ImGui context (backends
// initialised without their GLFW callbacks: input_queue.hpp installs ours).
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

struct GLFWwindow;
struct ImGuiContext;

namespace hostspace::gui {

class PartialRedraw;

// A window could not be made; what() is worded for the user.
class WindowError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct WindowSpec {
    int width = 1400;
    int height = 900;
    bool visible = true;
    std::string title = "hostspace";
    // A display-only window (the projector) must never take the keyboard from the control
    // window: neither when it is created nor when it is shown.
    bool focused = true;
    bool focus_on_show = true;
    // A fullscreen window that loses focus iconifies by default (GLFW_AUTO_ICONIFY): the
    // projector loses focus to the control window on purpose and must stay up.
    bool auto_iconify = true;
    // Vsync on one window only: two windows that each wait for vsync halve the frame rate.
    int swap_interval = 1;
};

class GuiWindow {
  public:
    // Throws WindowError (no display, no GL 3.3, ...).
    explicit GuiWindow(const WindowSpec& spec);
    ~GuiWindow();
    GuiWindow(const GuiWindow&) = delete;
    GuiWindow& operator=(const GuiWindow&) = delete;

    GLFWwindow* handle() const { return window_; }
    ImGuiContext* context() const { return context_; }
    // The monitor's content scale (1 at 96 dpi), for font sizes.
    float content_scale() const;
    // Sets the title only when it changed: window managers repaint on every set.
    void set_title(const std::string& title);
    // Makes this window's GL and ImGui contexts current (between frames, e.g. to rebuild fonts).
    void make_current();
    // Starts a frame: makes the context current and runs both backends' NewFrame.
    void begin_backend_frame();
    // Ends the ImGui frame; returns a fingerprint of its draw data: equal fingerprints, equal
    // pictures, so a frame that changed nothing need not be drawn.
    std::uint64_t end_frame();
    // Draws the ended frame into the bound framebuffer of `width` x `height`; `swap` shows it.
    // For off-screen frames (`hostspace shot`): every pixel drawn, nothing kept.
    void present(int width, int height, bool swap);
    // Shows the ended frame in the window (framebuffer `width` x `height`), repainting only
    // what changed since the last frame shown this way (partial_redraw.hpp). `full` repaints
    // everything: the window was damaged or exposed, or a texture changed under unchanged
    // vertices (a rebuilt font atlas), which the draw data alone cannot show. Like present,
    // with this window's contexts current (as end_frame leaves them).
    void present_partial(int width, int height, bool full);

  private:
    GLFWwindow* window_ = nullptr;
    ImGuiContext* context_ = nullptr;
    std::string title_;
    std::unique_ptr<PartialRedraw> redraw_;  // made at the first present_partial
};

}  // namespace hostspace::gui
