// The naive Dear ImGui loop, as in imgui's own GLFW + OpenGL 3 example: poll, build a frame,
// draw it, swap, again, whether anything changed or not. bench_idle_cpu measures it beside
// hostspace, in the same run, as the figure hostspace's event-driven loop is compared with.
// Runs until it is closed or sent SIGTERM.
#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <chrono>
#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t stop_requested = 0;

void on_term(int) {
    stop_requested = 1;
}

}  // namespace

int main() {
    std::signal(SIGTERM, on_term);
    if (!glfwInit()) {
        std::fprintf(stderr, "busy_loop: cannot open the display\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // hostspace's control window size, so both draw the same number of pixels.
    GLFWwindow* window = glfwCreateWindow(1400, 900, "busy_loop", nullptr, nullptr);
    if (window) glfwMakeContextCurrent(window);
    if (!window || gladLoadGL(glfwGetProcAddress) == 0) {
        std::fprintf(stderr, "busy_loop: cannot create an OpenGL 3.3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwSwapInterval(1);  // what the example does; it paces the loop only where vsync works

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    const auto start = std::chrono::steady_clock::now();
    long frames = 0;
    while (!glfwWindowShouldClose(window) && !stop_requested) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ImGui::SetNextWindowPos(ImVec2(40, 40));
        ImGui::SetNextWindowSize(ImVec2(600, 300));
        ImGui::Begin("A round");
        ImGui::Text("Check-in: what brings you here today?");
        ImGui::Text("Time left: %d:%02d", 19 - int(seconds) / 60 % 20, 59 - int(seconds) % 60);
        ImGui::Text("frame %ld, %.1f s", frames, seconds);
        ImGui::Button("Pause");
        ImGui::SameLine();
        ImGui::Button("Next step");
        ImGui::End();
        ImGui::ShowMetricsWindow();
        ImGui::Render();

        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.95f, 0.95f, 0.93f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        ++frames;
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
