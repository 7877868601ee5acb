#pragma once
// One GLFW window with a GL 3.3 core context and its own Dear ImGui context (backends
// initialised without their GLFW callbacks: input_queue.hpp installs ours).
#include <cstdint>
#include <stdexcept>
#include <string>

struct GLFWwindow;
struct ImGuiContext;

namespace hostspace::gui {

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
    // Starts a frame: makes the context current and runs both backends' NewFrame.
    void begin_backend_frame();
    // Ends the ImGui frame; returns a fingerprint of its draw data: equal fingerprints, equal
    // pictures, so a frame that changed nothing need not be drawn.
    std::uint64_t end_frame();
    // Draws the ended frame into the bound framebuffer of `width` x `height`; `swap` shows it.
    void present(int width, int height, bool swap);

  private:
    GLFWwindow* window_ = nullptr;
    ImGuiContext* context_ = nullptr;
    std::string title_;
};

}  // namespace hostspace::gui
