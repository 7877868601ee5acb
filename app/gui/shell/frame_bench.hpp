#pragma once
// A frame-timing mode for the benchmarks (tests/bench/bench_board_frames.sh), off unless the
// environment asks for it:
//
//   HOSTSPACE_FRAME_BENCH=FRAMES      time FRAMES full frames of the control window, print one
//                                     line of figures on stdout and quit
//   HOSTSPACE_FRAME_BENCH_OUT=FILE    also append that line to FILE
//   HOSTSPACE_FRAME_BENCH_SETTLE=N    frames drawn first and not timed (default 10)
//   HOSTSPACE_FRAME_BENCH_SECONDS=S   stop timing after S seconds even if FRAMES are not done
//                                     (default 60; at least 20 frames are always timed)
//   HOSTSPACE_FRAME_BENCH_PRESENT=    cache (default): the live window's path with a full
//                                     repaint (draw into the kept frame, copy it to the window,
//                                     swap); direct: draw straight into the back buffer and swap;
//                                     noswap: as direct but never shown (the rasterising alone)
//   HOSTSPACE_FRAME_BENCH_SIZE=WxH    resize the control window first (default: as it opens,
//                                     1400x900)
//   HOSTSPACE_FRAME_BENCH_VIEW=fit    zoom the board out to show all of it before timing
//   HOSTSPACE_FRAME_BENCH_TRIM=1      malloc_trim(0) after the settle frames (a memory test)
//   HOSTSPACE_FRAME_BENCH_CLEAR_TEX=1 let the font atlas's CPU pixels go once the first frame
//                                     has uploaded them (ClearTexData); 2: its TTF file copies
//                                     too (ClearInputData). Memory tests only.
//   HOSTSPACE_FRAME_BENCH_SMAPS=FILE  copy /proc/self/smaps to FILE at the end
//   HOSTSPACE_FRAME_BENCH_WINDOW=projector  time the projector window's frames in Board mode
//                                     instead (opened windowed, 1280x720; the control window
//                                     is not drawn). SIZE resizes the projector; VIEW does
//                                     not apply. ui_ms is then the whole picture's build and
//                                     Render, render_ms 0.
//
// Every timed frame is built and drawn in full, back to back: no waiting for events and no
// partial redraw. A frame's time runs from the backends' NewFrame through ImGui::Render, the GL
// draw and glFinish, so the rasterising (Mesa's llvmpipe under Xvfb) is counted. The line:
//   frames=N size=WxH present= view= median_ms= p95_ms= max_ms= cpu_ms= ui_ms= render_ms=
//   gl_ms= vtx= board_vtx= draw_calls= rss_mb= peak_rss_mb= anon_mb= file_mb= shmem_mb=
//   heap_used_mb= heap_free_mb= threads= open_rss_mb= open_anon_mb= open_heap_used_mb=
//   atlas=WxH close_peak_rss_mb=
// median/p95/max_ms: wall time of a frame. cpu_ms: median CPU time of a frame over all threads
// (llvmpipe rasterises on its own), which other load on the machine disturbs far less than
// wall time. ui/render/gl_ms: medians of the frame's parts: building the UI (the views' code),
// ImGui's Render with the app's fingerprint, and the GL work with glFinish. vtx, board_vtx and
// draw_calls: the last frame's vertices, those of windows whose name holds "board", and its
// ImDrawCmds (each a glDrawElements with its own scissor box). rss/anon/file/shmem_mb: from
// /proc/self/status after the timed frames; heap_*: malloc's bytes in use and free but kept
// (mallinfo2); open_*: when the mode started (window, fonts, session open, no frame drawn);
// close_peak_rss_mb: the peak once the session is closed (closing writes its snapshot).
#include <functional>
#include <optional>
#include <string>

namespace hostspace::gui {

class GuiWindow;

enum class FrameBenchPresent { cache, direct, noswap };

struct FrameBenchConfig {
    int frames = 0;
    int settle = 10;
    double max_seconds = 60;
    FrameBenchPresent present = FrameBenchPresent::cache;  // HOSTSPACE_FRAME_BENCH_PRESENT
    bool fit = false;                                      // HOSTSPACE_FRAME_BENCH_VIEW=fit
    bool trim = false;
    int clear_tex = 0;
    int width = 0, height = 0;  // HOSTSPACE_FRAME_BENCH_SIZE
    bool projector = false;     // HOSTSPACE_FRAME_BENCH_WINDOW=projector
    std::string out;
    std::string smaps;
};

// The mode as the environment asks for it; nullopt when HOSTSPACE_FRAME_BENCH is unset or not
// a positive number (the latter with a warning on stderr).
std::optional<FrameBenchConfig> frame_bench_config();

// What the loop hands the bench: `draw_ui` builds the control window's UI between
// ImGui::NewFrame and ImGui::Render (its requests are dropped: there is no input); `fit_view`,
// if set, zooms the board out to show all of it (HOSTSPACE_FRAME_BENCH_VIEW=fit); `close`
// closes the session as quitting does, after the figures are taken.
struct FrameBenchHooks {
    std::function<void()> draw_ui;
    std::function<void(float width, float height)> fit_view;  // the canvas's size in pixels
    std::function<void()> close;
    // Instead of draw_ui (the projector's benchmark): one whole frame in `window`, from the
    // backends' NewFrame through Render, left for the bench to present.
    std::function<void()> build_frame;
};

// Runs the mode in `window` (its contexts current, fonts built, session open) and returns the
// process exit code.
int run_frame_bench(const FrameBenchConfig& config, GuiWindow& window,
                    const FrameBenchHooks& hooks);

}  // namespace hostspace::gui
