#pragma once
// Dear ImGui 1.86 reads the keyboard as "is this key down now", once per frame: a key pressed
// and released between two frames (a fast `xdotool key Return`, a quick Ctrl+Z) is never seen.
// InputQueue owns the window's GLFW callbacks, queues every transition in order, and hands
// ImGui at most one transition per key and one mouse button change each frame. Typing and
// clicks also wait while ImGui moves the keyboard focus (a text field dropping the letters of
// the frame it takes the keyboard in). Anything left waits for the next frame, which the loop runs
// at once (pending()).
#include <deque>
#include <set>
#include <string>
#include <vector>

struct GLFWwindow;

namespace hostspace::gui {

class InputQueue {
  public:
    // Installs the callbacks on `window` (its user pointer is set to this queue, which must
    // outlive the window's event processing).
    explicit InputQueue(GLFWwindow* window);
    ~InputQueue();
    InputQueue(const InputQueue&) = delete;
    InputQueue& operator=(const InputQueue&) = delete;

    // Call between ImGui_ImplGlfw_NewFrame() and ImGui::NewFrame(), with this window's ImGui
    // context current: forwards this frame's share of the queue to the backend and sets the
    // mouse buttons and position ImGui sees.
    void feed_frame();
    // Call right after ImGui::NewFrame(): a double-click is told by when its presses arrived,
    // not by ImGui's frame clock, on which the queue spreads a click over two frames (a slow
    // frame made a quick double-click look like two single clicks).
    void mark_double_clicks() const;

    // Transitions are still queued: run another frame now instead of waiting for events.
    bool pending() const { return !events_.empty(); }
    // Something happened since the last call (input, resize, expose): worth a few frames.
    bool take_activity();
    // The window's contents were lost or resized since the last call: draw even an unchanged
    // picture.
    bool take_damage();
    // A key or button is held: ImGui's key repeat and drags need frames to keep coming.
    bool anything_held() const;
    // The paths of files dropped on the window since the last call (GLFW's drop callback).
    std::vector<std::string> take_dropped();
    // The characters typed since the last call (UTF-8), so the font atlas can add any it
    // lacks while the text is still being typed.
    std::string take_typed();

  private:
    enum class Kind { key, character, mouse_button, scroll, focus, cursor_enter };
    struct Event {
        Kind kind;
        int code = 0;  // key, mouse button, focused/entered flag
        int scancode = 0;
        int action = 0;  // GLFW_PRESS / GLFW_RELEASE
        int mods = 0;
        unsigned int character = 0;
        double x = 0, y = 0;       // cursor position at the time (mouse) or scroll offsets
        double time = 0;           // glfwGetTime() when GLFW reported it (mouse buttons)
        bool moved_first = false;  // a release already shown its cursor move (feed_frame)
    };

    static InputQueue& of(GLFWwindow* window);
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void on_char(GLFWwindow* window, unsigned int c);
    static void on_mouse_button(GLFWwindow* window, int button, int action, int mods);
    static void on_cursor_pos(GLFWwindow* window, double x, double y);
    static void on_scroll(GLFWwindow* window, double dx, double dy);
    static void on_focus(GLFWwindow* window, int focused);
    static void on_cursor_enter(GLFWwindow* window, int entered);
    static void on_refresh(GLFWwindow* window);
    static void on_framebuffer_size(GLFWwindow* window, int width, int height);
    static void on_drop(GLFWwindow* window, int count, const char** paths);

    void push(const Event& event);
    // Records a press handed to ImGui and whether it completes a double-click.
    void note_press(const Event& e);

    static constexpr int kButtons = 5;
    static constexpr int kMaxHeldFrames = 6;  // a focus move takes 2-3 frames
    GLFWwindow* window_;
    std::deque<Event> events_;
    std::set<int> held_keys_;                // as handed to ImGui
    bool button_down_[kButtons] = {};        // as handed to ImGui
    double cursor_x_ = 0, cursor_y_ = 0;     // last position GLFW reported, in event order
    float fed_x_ = -1e30f, fed_y_ = -1e30f;  // position handed to ImGui last frame
    double last_press_time_[kButtons] = {-1e9, -1e9, -1e9, -1e9, -1e9};
    double last_press_x_[kButtons] = {}, last_press_y_[kButtons] = {};
    bool double_click_[kButtons] = {};  // this frame's press of the button is a second click
    int input_held_frames_ = 0;         // frames in a row input waited for the focus
    bool activity_ = true;
    bool damage_ = true;
    std::vector<std::string> dropped_;
    std::string typed_;
};

}  // namespace hostspace::gui
