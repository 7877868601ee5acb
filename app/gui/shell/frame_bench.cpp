#include "app/gui/shell/frame_bench.hpp"

#define GLFW_INCLUDE_NONE  // GL comes from glad
#include <GLFW/glfw3.h>
#include <glad/gl.h>
#include <imgui.h>
#include <imgui_internal.h>  // the board child window's size, for HOSTSPACE_FRAME_BENCH_VIEW=fit
#include <malloc.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "app/gui/shell/window.hpp"

namespace hostspace::gui {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kMinFrames = 20;  // timed even past the time limit: a median needs some

double ms_between(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// Nearest rank, as tests/bench/bench_support.hpp.
double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

const char* env(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

// Fields of /proc/self/status in kB: VmRSS, VmHWM, RssAnon, RssFile, RssShmem, Threads.
struct Memory {
    long rss_kib = 0, hwm_kib = 0, anon_kib = 0, file_kib = 0, shmem_kib = 0, threads = 0;
    double heap_used_mb = 0, heap_free_mb = 0;  // malloc's view (all arenas, mmapped blocks)
};

Memory read_memory() {
    Memory m;
    std::ifstream in("/proc/self/status");
    for (std::string line; std::getline(in, line);) {
        auto field = [&line](const char* name, long& out) {
            const std::size_t n = std::strlen(name);
            if (line.compare(0, n, name) == 0) out = std::atol(line.c_str() + n);
        };
        field("VmRSS:", m.rss_kib);
        field("VmHWM:", m.hwm_kib);
        field("RssAnon:", m.anon_kib);
        field("RssFile:", m.file_kib);
        field("RssShmem:", m.shmem_kib);
        field("Threads:", m.threads);
    }
    const struct mallinfo2 info = mallinfo2();
    m.heap_used_mb = double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
    m.heap_free_mb = double(info.fordblks) / (1024.0 * 1024.0);
    return m;
}

double mib(long kib) {
    return double(kib) / 1024.0;
}

// The inner size of the board's child window ("…/board_XXXXXXXX"; the innermost if nested),
// which is the canvas; nullopt if there is none on screen.
std::optional<ImVec2> board_canvas_size() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::optional<ImVec2> size;
    int depth = -1;
    for (ImGuiWindow* window : g.Windows) {
        if (!window->Name || !std::strstr(window->Name, "/board_") || !window->WasActive) continue;
        const int d = int(std::count(window->Name, window->Name + std::strlen(window->Name), '/'));
        if (d > depth) {
            depth = d;
            size = window->InnerRect.GetSize();
        }
    }
    return size;
}

const char* present_name(FrameBenchPresent present) {
    switch (present) {
        case FrameBenchPresent::direct:
            return "direct";
        case FrameBenchPresent::noswap:
            return "noswap";
        case FrameBenchPresent::cache:
            break;
    }
    return "cache";
}

struct FrameTimes {
    double total = 0, ui = 0, render = 0, gl = 0;
    double cpu = 0;  // CPU time of every thread (Mesa's too) over the frame
};

// The process's CPU time (all threads) in ms: under Xvfb llvmpipe rasterises on threads of its
// own, and another busy process on the machine stretches wall time far more than CPU time.
double process_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Counts {
    long vertices = 0, board_vertices = 0, commands = 0;
};

Counts count_vertices() {
    Counts counts;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return counts;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        counts.vertices += list->VtxBuffer.Size;
        counts.commands += list->CmdBuffer.Size;
        if (list->_OwnerName && std::strstr(list->_OwnerName, "board")) {
            counts.board_vertices += list->VtxBuffer.Size;
        }
    }
    return counts;
}

class Runner {
  public:
    Runner(const FrameBenchConfig& config, GuiWindow& window, const FrameBenchHooks& hooks)
        : config_(config), window_(window), hooks_(hooks) {}

    // One full frame, built and drawn; the GPU (llvmpipe) work is waited for.
    FrameTimes frame() {
        glfwPollEvents();  // keeps the X connection drained; not part of a frame's cost
        const auto start = Clock::now();
        const double cpu_start = process_cpu_ms();
        if (hooks_.build_frame) {
            hooks_.build_frame();
            const auto built = Clock::now();
            return present(start, built, built, cpu_start);
        }
        window_.begin_backend_frame();
        ImGuiIO& io = ImGui::GetIO();
        if (!cleared_ && config_.clear_tex > 0) {
            // An experiment for the memory figures: the atlas's CPU copies let go as soon as
            // the backend has uploaded them (its first NewFrame), before the board is built.
            cleared_ = true;
            io.Fonts->ClearTexData();
            if (config_.clear_tex > 1) io.Fonts->ClearInputData();
        }
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover: every frame the same picture
        ImGui::NewFrame();
        hooks_.draw_ui();
        const auto built = Clock::now();
        window_.end_frame();  // ImGui::Render and the fingerprint the live loop takes
        return present(start, built, Clock::now(), cpu_start);
    }

    // The frame's GL work, waited for, and its times.
    FrameTimes present(Clock::time_point start, Clock::time_point built, Clock::time_point rendered,
                       double cpu_start) {
        int width = 0, height = 0;
        glfwGetFramebufferSize(window_.handle(), &width, &height);
        if (config_.present != FrameBenchPresent::cache) {
            window_.present(width, height, config_.present == FrameBenchPresent::direct);
        } else {
            window_.present_partial(width, height, true);
        }
        glFinish();
        const auto done = Clock::now();
        const double cpu = process_cpu_ms() - cpu_start;
        width_ = width;
        height_ = height;
        return {ms_between(start, done), ms_between(start, built), ms_between(built, rendered),
                ms_between(rendered, done), cpu};
    }

    int run() {
        const Memory open = read_memory();
        if (config_.width > 0 && config_.height > 0) {
            glfwSetWindowSize(window_.handle(), config_.width, config_.height);
            for (int i = 0; i < 50; ++i) {  // the X server takes a moment to resize it
                int width = 0, height = 0;
                glfwPollEvents();
                glfwGetFramebufferSize(window_.handle(), &width, &height);
                if (width == config_.width && height == config_.height) break;
                glfwWaitEventsTimeout(0.02);
            }
        }
        for (int i = 0; i < config_.settle; ++i) frame();
        if (config_.fit) {
            const auto size = board_canvas_size();
            if (!hooks_.fit_view || !size) {
                std::cerr << "hostspace: HOSTSPACE_FRAME_BENCH_VIEW=fit: "
                          << (hooks_.fit_view ? "no board on screen" : "no zoom to fit here")
                          << "\n";
                return 1;
            }
            hooks_.fit_view(size->x, size->y);
            for (int i = 0; i < 3; ++i) frame();  // the new view settles
        }
        // An experiment for the memory figures: malloc's free memory handed back.
        if (config_.trim) malloc_trim(0);

        std::vector<FrameTimes> times;
        times.reserve(static_cast<std::size_t>(config_.frames));
        const auto start = Clock::now();
        for (int i = 0; i < config_.frames; ++i) {
            times.push_back(frame());
            if (int(times.size()) >= kMinFrames &&
                ms_between(start, Clock::now()) > config_.max_seconds * 1000) {
                break;
            }
        }
        const Counts counts = count_vertices();
        const Memory end = read_memory();
        // Closing writes the snapshot: the process's real peak may come here.
        if (hooks_.close) hooks_.close();
        const Memory closed = read_memory();

        auto part = [&times](double FrameTimes::*member) {
            std::vector<double> values;
            values.reserve(times.size());
            for (const auto& t : times) values.push_back(t.*member);
            return values;
        };
        const auto total = part(&FrameTimes::total);
        const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        std::ostringstream out;
        out.setf(std::ios::fixed);
        auto put = [&out](const char* name, auto value, int decimals = 2) {
            out.precision(decimals);
            out << (out.tellp() > 0 ? " " : "") << name << "=" << value;
        };
        put("frames", times.size());
        put("size", std::to_string(width_) + "x" + std::to_string(height_));
        put("present", present_name(config_.present));
        put("view", config_.fit ? "fit" : "default");
        put("median_ms", percentile(total, 50));
        put("p95_ms", percentile(total, 95));
        put("max_ms", percentile(total, 100));
        put("cpu_ms", percentile(part(&FrameTimes::cpu), 50));
        put("ui_ms", percentile(part(&FrameTimes::ui), 50));
        put("render_ms", percentile(part(&FrameTimes::render), 50));
        put("gl_ms", percentile(part(&FrameTimes::gl), 50));
        put("vtx", counts.vertices);
        put("board_vtx", counts.board_vertices);
        put("draw_calls", counts.commands);
        put("rss_mb", mib(end.rss_kib), 1);
        put("peak_rss_mb", mib(end.hwm_kib), 1);
        put("anon_mb", mib(end.anon_kib), 1);
        put("file_mb", mib(end.file_kib), 1);
        put("shmem_mb", mib(end.shmem_kib), 1);
        put("heap_used_mb", end.heap_used_mb, 1);
        put("heap_free_mb", end.heap_free_mb, 1);
        put("threads", end.threads);
        put("open_rss_mb", mib(open.rss_kib), 1);
        put("open_anon_mb", mib(open.anon_kib), 1);
        put("open_heap_used_mb", open.heap_used_mb, 1);
        put("atlas", std::to_string(atlas.TexWidth) + "x" + std::to_string(atlas.TexHeight));
        put("close_peak_rss_mb", mib(closed.hwm_kib), 1);
        const std::string line = out.str();
        std::cout << line << std::endl;
        if (!config_.out.empty()) {
            std::ofstream file(config_.out, std::ios::app);
            file << line << "\n";
            if (!file) std::cerr << "hostspace: cannot write " << config_.out << "\n";
        }
        if (!config_.smaps.empty()) {
            std::ifstream in("/proc/self/smaps");
            std::ofstream file(config_.smaps);
            file << in.rdbuf();
        }
        return 0;
    }

  private:
    const FrameBenchConfig& config_;
    GuiWindow& window_;
    const FrameBenchHooks& hooks_;
    int width_ = 0, height_ = 0;
    bool cleared_ = false;
};

}  // namespace

std::optional<FrameBenchConfig> frame_bench_config() {
    const char* frames = env("HOSTSPACE_FRAME_BENCH");
    if (!frames) return std::nullopt;
    FrameBenchConfig config;
    config.frames = std::atoi(frames);
    if (config.frames <= 0) {
        std::cerr << "warning: HOSTSPACE_FRAME_BENCH=" << frames
                  << " is not a number of frames; the frame benchmark is off\n";
        return std::nullopt;
    }
    if (const char* settle = env("HOSTSPACE_FRAME_BENCH_SETTLE")) {
        config.settle = std::max(std::atoi(settle), 1);
    }
    if (const char* seconds = env("HOSTSPACE_FRAME_BENCH_SECONDS")) {
        config.max_seconds = std::max(std::atof(seconds), 0.0);
    }
    if (const char* present = env("HOSTSPACE_FRAME_BENCH_PRESENT")) {
        const std::string name(present);
        if (name == "direct") config.present = FrameBenchPresent::direct;
        if (name == "noswap") config.present = FrameBenchPresent::noswap;
    }
    if (const char* view = env("HOSTSPACE_FRAME_BENCH_VIEW")) {
        config.fit = std::string(view) == "fit";
    }
    if (const char* trim = env("HOSTSPACE_FRAME_BENCH_TRIM")) {
        config.trim = std::string(trim) != "0";
    }
    if (const char* clear = env("HOSTSPACE_FRAME_BENCH_CLEAR_TEX")) {
        config.clear_tex = std::max(std::atoi(clear), 0);
    }
    if (const char* size = env("HOSTSPACE_FRAME_BENCH_SIZE")) {
        if (std::sscanf(size, "%dx%d", &config.width, &config.height) != 2) {
            config.width = config.height = 0;
        }
    }
    if (const char* window = env("HOSTSPACE_FRAME_BENCH_WINDOW")) {
        config.projector = std::string(window) == "projector";
    }
    if (const char* out = env("HOSTSPACE_FRAME_BENCH_OUT")) config.out = out;
    if (const char* smaps = env("HOSTSPACE_FRAME_BENCH_SMAPS")) config.smaps = smaps;
    return config;
}

int run_frame_bench(const FrameBenchConfig& config, GuiWindow& window,
                    const FrameBenchHooks& hooks) {
    return Runner(config, window, hooks).run();
}

}  // namespace hostspace::gui
