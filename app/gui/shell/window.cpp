#include "app/gui/shell/window.hpp"

#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <cstdlib>
#include <cstring>

#include "app/gui/shell/partial_redraw.hpp"

namespace hostspace::gui {
namespace {

std::string& last_glfw_error() {
    static std::string message;
    return message;
}

void on_glfw_error(int code, const char* description) {
    last_glfw_error() = "GLFW error " + std::to_string(code) + ": " + description;
}

bool has_display() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

// glfwInit/glfwTerminate are process-wide; windows count their users.
int& glfw_users() {
    static int users = 0;
    return users;
}

void acquire_glfw() {
    if (glfw_users()++ > 0) return;
    glfwSetErrorCallback(on_glfw_error);
    if (!has_display()) {
        --glfw_users();
        throw WindowError(
            "no display: run under xvfb-run (for example: xvfb-run -a hostspace ...)");
    }
    if (!glfwInit()) {
        --glfw_users();
        throw WindowError("cannot open the display (" + last_glfw_error() +
                          "): run under xvfb-run if there is no screen");
    }
}

void release_glfw() {
    if (--glfw_users() == 0) glfwTerminate();
}

// A hash of every vertex, index and command: cheap next to rasterising them. Eight bytes a
// step: byte by byte (FNV-1a) it was a sixth of the CPU a running countdown costs once the
// windows redraw only what changed (partial_redraw.hpp). Each step (xor, odd multiply, xorshift)
// can be undone, so one changed word always changes the result, and the shift carries a change in a
// word's high bits down, where later words cannot cancel it.
std::uint64_t fingerprint(const ImDrawData* data) {
    std::uint64_t hash = 14695981039346656037ull;
    auto step = [&hash](std::uint64_t word) {
        hash = (hash ^ word) * 0x9E3779B97F4A7C15ull;
        hash ^= hash >> 29;
    };
    auto mix = [&step](const void* bytes, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        step(size);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            step(word);
        }
        if (i < size) {
            std::uint64_t word = 0;
            std::memcpy(&word, p + i, size - i);
            step(word);
        }
    };
    if (!data) return hash;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        mix(list->VtxBuffer.Data,
            static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data,
            static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            mix(&cmd.ClipRect, sizeof cmd.ClipRect);
            mix(&cmd.TextureId, sizeof cmd.TextureId);
            mix(&cmd.ElemCount, sizeof cmd.ElemCount);
        }
    }
    return hash;
}

}  // namespace

GuiWindow::GuiWindow(const WindowSpec& spec) : title_(spec.title) {
    acquire_glfw();
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, spec.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_FOCUSED, spec.focused ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, spec.focus_on_show ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, spec.auto_iconify ? GLFW_TRUE : GLFW_FALSE);
    window_ = glfwCreateWindow(spec.width, spec.height, spec.title.c_str(), nullptr, nullptr);
    if (!window_) {
        release_glfw();
        throw WindowError("cannot create an OpenGL 3.3 window (" + last_glfw_error() + ")");
    }
    glfwMakeContextCurrent(window_);
    if (gladLoadGL(glfwGetProcAddress) == 0) {
        glfwDestroyWindow(window_);
        release_glfw();
        throw WindowError("cannot load the OpenGL 3.3 functions");
    }
    glfwSwapInterval(spec.swap_interval);

    IMGUI_CHECKVERSION();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed; nothing to remember in the working folder
    io.LogFilename = nullptr;
    // A steady caret: a blinking one would need frames while the app is otherwise idle.
    io.ConfigInputTextCursorBlink = false;
    // GNOME's double-click time, not ImGui's 0.30 s: a click takes two frames here (the input
    // queue hands over press and release apart), and not everyone in the room clicks fast.
    io.MouseDoubleClickTime = 0.40f;
    // Callbacks are ours (input_queue.cpp): they queue transitions instead of losing them.
    ImGui_ImplGlfw_InitForOpenGL(window_, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    if (previous) ImGui::SetCurrentContext(previous);
}

GuiWindow::~GuiWindow() {
    ImGui::SetCurrentContext(context_);
    glfwMakeContextCurrent(window_);
    redraw_.reset();  // its framebuffers belong to this context
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
    glfwDestroyWindow(window_);
    release_glfw();
}

float GuiWindow::content_scale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    const float scale = x > y ? x : y;
    return scale > 0.5f && scale < 8.0f ? scale : 1.0f;
}

void GuiWindow::set_title(const std::string& title) {
    if (title == title_) return;
    title_ = title;
    glfwSetWindowTitle(window_, title_.c_str());
}

void GuiWindow::make_current() {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
}

void GuiWindow::begin_backend_frame() {
    make_current();
    ImGui_ImplOpenGL3_NewFrame();
    // The backend has uploaded the font atlas by now (on its first frame, or when the fonts
    // were rebuilt): the CPU copies of its pixels (8 MB as RGBA) are no longer needed.
    // TexReady stays set, and a rebuild makes new pixels before uploading them.
    ImGui::GetIO().Fonts->ClearTexData();
    ImGui_ImplGlfw_NewFrame();
}

std::uint64_t GuiWindow::end_frame() {
    ImGui::Render();
    return fingerprint(ImGui::GetDrawData());
}

void GuiWindow::present(int width, int height, bool swap) {
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (swap) glfwSwapBuffers(window_);
}

void GuiWindow::present_partial(int width, int height, bool full) {
    ImDrawData* data = ImGui::GetDrawData();
    if (!data) return;
    if (!redraw_) redraw_ = std::make_unique<PartialRedraw>();
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    if (!redraw_->present(*data, width, height, clear, full)) glfwSwapBuffers(window_);
}

}  // namespace hostspace::gui
