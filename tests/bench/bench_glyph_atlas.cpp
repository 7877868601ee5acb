// The font atlas with 5,000 distinct Chinese characters in the session: what a new character
// costs the window's thread (planning the atlas, then swapping the finished one in and
// uploading it) and what the worker spends building it, for the control window and the
// projector at 1080p. Prints figures; gates nothing. Needs a display for the upload (run it
// under xvfb-run; scripts/bench.sh does).
#include <glad/gl.h>
// glad before GLFW, which then includes no GL header of its own.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "app/gui/text/atlas_install.hpp"
#include "app/gui/text/font_library.hpp"
#include "app/gui/text/glyph_atlas.hpp"
#include "app/gui/text/session_chars.hpp"
#include "bench_support.hpp"
#include "core/session/session.hpp"
#include "core/text/utf32.hpp"

using namespace hostspace;
using namespace hostspace::gui;
using bench::Clock;
using bench::ms_since;

namespace {

constexpr int kDistinct = 5000;

// The control window's fonts at scale 1 (app/gui/shell/fonts.cpp).
std::vector<FontSpec> control_specs() {
    return {{18, false}, {15.5f, false}, {14, false}, {18, true}, {26, true}};
}

// The projector's fonts in a 1080-pixel window (app/gui/projector/projector_fonts.cpp).
std::vector<FontSpec> projector_specs() {
    const float h = 1080;
    static const ImWchar digits[] = {0x20, 0x20, 0x2B, 0x2B, 0x2D, 0x2D, 0x30, 0x3A, 0};
    static const ImWchar caps[] = {0x20, 0x20, 0x41, 0x5A, 0};
    // The large type holds the room's texts (add_room_text), not every note's.
    std::vector<FontSpec> out = {{h * 0.080f, true, nullptr, true},
                                 {h * 0.062f, true, nullptr, true}};
    for (float share : {0.075f, 0.064f, 0.055f, 0.047f, 0.040f, 0.034f}) {
        out.push_back({h * share, false, nullptr, true});
    }
    out.push_back({h * 0.038f, false, nullptr, true});
    out.push_back({h * 0.038f, true, nullptr, true});
    out.push_back({h * 0.027f, false, nullptr, true});
    out.push_back({h * 0.27f / 0.714f, true, digits});
    out.push_back({h * 0.10f / 0.714f, true, caps});
    for (float size : {26.0f, 21.0f, 22.0f}) out.push_back({size, false});
    out.push_back({22, true});
    out.push_back({30, true});
    return out;
}

// 500 notes of ten characters each: 5,000 distinct ideographs from U+4E00 on.
std::string note_text(int note) {
    std::u32string text;
    for (int i = 0; i < 10; ++i) text.push_back(static_cast<char32_t>(0x4E00 + note * 10 + i));
    return text::encode_utf8(text);
}

void run(const char* name, const std::vector<FontSpec>& specs, const CharSet& chars,
         const CharSet& room, FontLibrary& library, bool upload) {
    auto start = Clock::now();
    AtlasRecipe recipe = plan_atlas(specs, chars, library, &room);
    const double first_plan = ms_since(start);
    std::unique_ptr<BuiltAtlas> built = build_atlas(std::move(recipe));
    int width = 0, height = 0;
    unsigned char* pixels = nullptr;
    built->atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    std::printf("%s: first atlas of %d fonts: plan %.1f ms, build %.0f ms (worker), %dx%d px\n",
                name, static_cast<int>(specs.size()), first_plan, built->build_ms, width, height);

    // One new character arrives (typed, imported or synced).
    CharSet more = chars;
    more.add(0x9F8D);
    start = Clock::now();
    recipe = plan_atlas(specs, more, library, &room);
    const double plan_ms = ms_since(start);
    std::unique_ptr<BuiltAtlas> rebuilt = build_atlas(std::move(recipe));
    double install_ms = 0;
    if (upload) {
        start = Clock::now();
        install_atlas(*rebuilt, true);
        glFinish();
        install_ms = ms_since(start);
    }
    std::printf(
        "%s: one new character: window thread %.1f ms (plan %.1f + swap and upload %.1f), "
        "worker %.0f ms\n",
        name, plan_ms + install_ms, plan_ms, install_ms, rebuilt->build_ms);
    if (upload) release_atlas(ImGui::GetCurrentContext(), rebuilt.get());
}

}  // namespace

int main() {
    std::printf("glyph atlas: %d distinct CJK characters in the session\n", kDistinct);
    Session session;
    for (int i = 0; i < kDistinct / 10; ++i) {
        Note note;
        note.id = "n" + std::to_string(i);
        note.text.value = note_text(i);
        session.board.notes.push_back(note);
    }
    auto start = Clock::now();
    CharSet chars;
    add_session_text(session, chars);
    std::printf("walking the session for its characters: %.1f ms (only when it changes)\n",
                ms_since(start));

    FontLibrary library(HOSTSPACE_ASSETS_DIR "/fonts");
    bool upload = false;
    GLFWwindow* window = nullptr;
    if (glfwInit()) {
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        window = glfwCreateWindow(64, 64, "bench", nullptr, nullptr);
    }
    ImGui::CreateContext();
    if (window) {
        glfwMakeContextCurrent(window);
        upload = gladLoadGL(glfwGetProcAddress) != 0 && ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    if (!upload) std::printf("(no display: the upload is not timed)\n");
    CharSet room;
    add_room_text(session, room);
    run("control window", control_specs(), chars, room, library, upload);
    run("projector 1080p", projector_specs(), chars, room, library, upload);
    if (upload) ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    if (window) glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
