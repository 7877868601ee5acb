#include "app/gui/shell/input_queue.hpp"

#include <algorithm>
#include <iterator>

#include "core/text/utf32.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>
#include <imgui_internal.h>  // the keyboard focus moves: GImGui's nav and active-id state

namespace hostspace::gui {
namespace {

bool is_modifier(int key) {
    switch (key) {
        case GLFW_KEY_LEFT_SHIFT:
        case GLFW_KEY_RIGHT_SHIFT:
        case GLFW_KEY_LEFT_CONTROL:
        case GLFW_KEY_RIGHT_CONTROL:
        case GLFW_KEY_LEFT_ALT:
        case GLFW_KEY_RIGHT_ALT:
        case GLFW_KEY_LEFT_SUPER:
        case GLFW_KEY_RIGHT_SUPER:
            return true;
        default:
            return false;
    }
}

// ImGui 1.86 moves the keyboard focus over several frames: a field left by Enter, a
// SetKeyboardFocusHere() being resolved, a field being activated. A text field drops the
// characters of the frame it is activated in, and a field on its way to the keyboard gets none,
// so typing fed during those frames is lost (the first letters of the next quick note, or of
// the first note typed as the window opens).
bool keyboard_focus_settling() {
    const ImGuiContext& g = *GImGui;
    // The first frame is where the views first ask for the keyboard.
    return g.FrameCount == 0 || g.ActiveIdIsJustActivated || g.NavMoveSubmitted ||
           g.NavMoveScoringItems || g.NavNextActivateId != 0 || g.NavActivateId != 0 ||
           g.NavActivateInputId != 0;
}

}  // namespace

InputQueue::InputQueue(GLFWwindow* window) : window_(window) {
    glfwSetWindowUserPointer(window_, this);
    glfwGetCursorPos(window_, &cursor_x_, &cursor_y_);
    glfwSetKeyCallback(window_, on_key);
    glfwSetCharCallback(window_, on_char);
    glfwSetMouseButtonCallback(window_, on_mouse_button);
    glfwSetCursorPosCallback(window_, on_cursor_pos);
    glfwSetScrollCallback(window_, on_scroll);
    glfwSetWindowFocusCallback(window_, on_focus);
    glfwSetCursorEnterCallback(window_, on_cursor_enter);
    glfwSetWindowRefreshCallback(window_, on_refresh);
    glfwSetFramebufferSizeCallback(window_, on_framebuffer_size);
    glfwSetDropCallback(window_, on_drop);
}

InputQueue::~InputQueue() {
    glfwSetKeyCallback(window_, nullptr);
    glfwSetCharCallback(window_, nullptr);
    glfwSetMouseButtonCallback(window_, nullptr);
    glfwSetCursorPosCallback(window_, nullptr);
    glfwSetScrollCallback(window_, nullptr);
    glfwSetWindowFocusCallback(window_, nullptr);
    glfwSetCursorEnterCallback(window_, nullptr);
    glfwSetWindowRefreshCallback(window_, nullptr);
    glfwSetFramebufferSizeCallback(window_, nullptr);
    glfwSetDropCallback(window_, nullptr);
    glfwSetWindowUserPointer(window_, nullptr);
}

InputQueue& InputQueue::of(GLFWwindow* window) {
    return *static_cast<InputQueue*>(glfwGetWindowUserPointer(window));
}

void InputQueue::push(const Event& event) {
    events_.push_back(event);
    activity_ = true;
}

void InputQueue::on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    InputQueue& q = of(window);
    // ImGui makes its own key repeat from how long a key is held; GLFW's repeats only say
    // "still held", which the next frame shows anyway.
    if (action == GLFW_REPEAT) {
        q.activity_ = true;
        return;
    }
    Event e{Kind::key};
    e.code = key;
    e.scancode = scancode;
    e.action = action;
    e.mods = mods;
    q.push(e);
}

void InputQueue::on_char(GLFWwindow* window, unsigned int c) {
    Event e{Kind::character};
    e.character = c;
    InputQueue& q = of(window);
    q.push(e);
    if (c >= 0x80) text::append_utf8(q.typed_, c);
}

std::string InputQueue::take_typed() {
    std::string typed = std::move(typed_);
    typed_.clear();
    return typed;
}

void InputQueue::on_mouse_button(GLFWwindow* window, int button, int action, int mods) {
    InputQueue& q = of(window);
    Event e{Kind::mouse_button};
    e.code = button;
    e.action = action;
    e.mods = mods;
    e.x = q.cursor_x_;
    e.y = q.cursor_y_;
    e.time = glfwGetTime();
    q.push(e);
}

void InputQueue::on_drop(GLFWwindow* window, int count, const char** paths) {
    InputQueue& q = of(window);
    for (int i = 0; i < count; ++i) q.dropped_.emplace_back(paths[i]);
    q.activity_ = true;
}

std::vector<std::string> InputQueue::take_dropped() {
    std::vector<std::string> paths = std::move(dropped_);
    dropped_.clear();
    return paths;
}

void InputQueue::on_cursor_pos(GLFWwindow* window, double x, double y) {
    InputQueue& q = of(window);
    q.cursor_x_ = x;
    q.cursor_y_ = y;
    q.activity_ = true;  // ImGui polls the position itself; hover needs a frame
}

void InputQueue::on_scroll(GLFWwindow* window, double dx, double dy) {
    Event e{Kind::scroll};
    e.x = dx;
    e.y = dy;
    of(window).push(e);
}

void InputQueue::on_focus(GLFWwindow* window, int focused) {
    Event e{Kind::focus};
    e.code = focused;
    of(window).push(e);
}

void InputQueue::on_cursor_enter(GLFWwindow* window, int entered) {
    Event e{Kind::cursor_enter};
    e.code = entered;
    of(window).push(e);
}

void InputQueue::on_refresh(GLFWwindow* window) {
    InputQueue& q = of(window);
    q.activity_ = q.damage_ = true;
}

void InputQueue::on_framebuffer_size(GLFWwindow* window, int, int) {
    InputQueue& q = of(window);
    q.activity_ = q.damage_ = true;
}

bool InputQueue::take_activity() {
    const bool had = activity_;
    activity_ = false;
    return had;
}

bool InputQueue::take_damage() {
    const bool had = damage_;
    damage_ = false;
    return had;
}

bool InputQueue::anything_held() const {
    for (int key : held_keys_) {
        if (!is_modifier(key)) return true;
    }
    for (bool down : button_down_) {
        if (down) return true;
    }
    return false;
}

void InputQueue::note_press(const Event& e) {
    const ImGuiIO& io = ImGui::GetIO();
    const int b = e.code;
    const double dx = e.x - last_press_x_[b], dy = e.y - last_press_y_[b];
    const double max_distance = io.MouseDoubleClickMaxDist;
    double_click_[b] = e.time - last_press_time_[b] <= io.MouseDoubleClickTime &&
                       dx * dx + dy * dy <= max_distance * max_distance;
    // A third quick click starts a new pair, as in ImGui.
    last_press_time_[b] = double_click_[b] ? -1e9 : e.time;
    last_press_x_[b] = e.x;
    last_press_y_[b] = e.y;
}

void InputQueue::mark_double_clicks() const {
    ImGuiIO& io = ImGui::GetIO();
    for (int b = 0; b < kButtons; ++b) io.MouseDoubleClicked[b] = double_click_[b];
}

void InputQueue::feed_frame() {
    ImGuiIO& io = ImGui::GetIO();
    std::set<int> keys_this_frame;
    std::fill(std::begin(double_click_), std::end(double_click_), false);
    bool typed_this_frame = false;    // a character went over
    bool pressed_this_frame = false;  // a key other than a modifier went down
    bool after_press = false;         // the last event handed over was that key press
    bool place_cursor = false;
    double place_x = 0, place_y = 0;
    // Never for long: a focus move that never settled must not freeze the keyboard.
    const bool hold_input = keyboard_focus_settling() && input_held_frames_ < kMaxHeldFrames;
    bool input_held = false;
    bool button_changed = false;  // a button went down or up this frame

    // Events go over strictly in order; the first one that would be a second transition of
    // the same key (or button) in this frame ends the frame's share.
    while (!events_.empty()) {
        Event& e = events_.front();
        // ImGui's text fields take a frame's characters before its key presses, so a key
        // press (Enter, a shortcut) gets a frame of its own, after the text typed before it
        // and before the text typed after it; only its own character comes along.
        const bool acting_press =
            e.kind == Kind::key && e.action == GLFW_PRESS && !is_modifier(e.code);
        // Typing waits, in order, for the frame after the focus has settled. A click waits
        // too: ImGui finds the window under the pointer from the last frame's
        // windows, and a note editor closed in that frame would still take it.
        const bool click = e.kind == Kind::mouse_button && e.action == GLFW_PRESS;
        if (hold_input && (acting_press || click || e.kind == Kind::character)) {
            input_held = true;
            break;
        }
        if (acting_press && (pressed_this_frame || typed_this_frame)) break;
        // A click and a key press never share a frame: the click's release may close a menu
        // that the key (Delete after picking a colour) must find closed.
        if ((acting_press && button_changed) || (click && pressed_this_frame)) break;
        if (e.kind == Kind::character && pressed_this_frame && !after_press) break;
        // The press is seen with the modifiers held when it happened (xdotool lets go of Ctrl
        // right after the Q of Ctrl+Q), so a later Shift/Ctrl/Alt change waits a frame.
        if (e.kind == Kind::key && is_modifier(e.code) && pressed_this_frame) break;
        after_press = acting_press;
        pressed_this_frame = pressed_this_frame || acting_press;

        if (e.kind == Kind::key && e.code >= 0) {
            if (keys_this_frame.count(e.code)) break;
            keys_this_frame.insert(e.code);
            if (e.action == GLFW_PRESS) {
                held_keys_.insert(e.code);
            } else {
                held_keys_.erase(e.code);
            }
            ImGui_ImplGlfw_KeyCallback(window_, e.code, e.scancode, e.action, e.mods);
        } else if (e.kind == Kind::character) {
            ImGui_ImplGlfw_CharCallback(window_, e.character);
            typed_this_frame = true;
        } else if (e.kind == Kind::mouse_button && e.code >= 0 && e.code < kButtons) {
            const bool down = e.action == GLFW_PRESS;
            if (down != button_down_[e.code]) {
                // One button change a frame: a right-click opens a note's menu, which a left
                // click right behind it must find open.
                if (button_changed) break;
                // Released somewhere ImGui has not seen the cursor yet (a fast drag): show the
                // cursor there with the button still held first, so the drag ends in the
                // right place.
                if (!down && !e.moved_first &&
                    (static_cast<float>(e.x) != fed_x_ || static_cast<float>(e.y) != fed_y_)) {
                    e.moved_first = true;  // release next frame, whatever the cursor does then
                    place_cursor = true;
                    place_x = e.x;
                    place_y = e.y;
                    break;
                }
                button_changed = true;
                button_down_[e.code] = down;
                if (down) note_press(e);
                place_cursor = true;
                place_x = e.x;
                place_y = e.y;
            }
        } else if (e.kind == Kind::scroll) {
            ImGui_ImplGlfw_ScrollCallback(window_, e.x, e.y);
        } else if (e.kind == Kind::focus) {
            ImGui_ImplGlfw_WindowFocusCallback(window_, e.code);
            if (!e.code) held_keys_.clear();  // ImGui clears its keys when focus is lost
        } else if (e.kind == Kind::cursor_enter) {
            ImGui_ImplGlfw_CursorEnterCallback(window_, e.code);
        }
        events_.pop_front();
    }

    input_held_frames_ = input_held ? input_held_frames_ + 1 : 0;

    // The backend polled the live button state; ImGui must see the queued one instead.
    for (int b = 0; b < kButtons; ++b) io.MouseDown[b] = button_down_[b];
    if (place_cursor)
        io.MousePos = ImVec2(static_cast<float>(place_x), static_cast<float>(place_y));
    fed_x_ = io.MousePos.x;
    fed_y_ = io.MousePos.y;
}

}  // namespace hostspace::gui
