#pragma once
// Partial redraw for a live window. Under software GL (Mesa's llvmpipe: Xvfb, VMs, machines
// without a GPU driver) filling pixels is nearly all of a frame's cost, and a running countdown
// changes a few digits once a second: repainting the whole window for them kept a core busy for
// ~27 ms a tick. So each window keeps its last presented frame in a texture-backed framebuffer
// and repaints only the rectangle where this frame's draw data differs from the last one's, then
// copies the cache to the window: under software GL only that rectangle (copying the whole
// window costs llvmpipe ~10 ms), elsewhere all of it, and swaps.
//
// The comparison (DrawSnapshot, damage_between, narrow_clip_rects) is pure: no GL, testable on
// its own. PartialRedraw does the GL work.
#include <imgui.h>

#include <memory>
#include <optional>
#include <vector>

namespace hostspace::gui {

// Framebuffer pixels, top row 0, half-open: columns [x0, x1), rows [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    bool empty() const { return x1 <= x0 || y1 <= y0; }
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
    friend bool operator==(const PixelRect& a, const PixelRect& b) {
        return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
    }
};

// What a comparison needs of an ImDrawData, copied: ImGui reuses its buffers for the next frame.
struct DrawSnapshot {
    struct Command {
        ImVec4 clip_rect;
        ImTextureID texture = nullptr;
        unsigned int vtx_offset = 0, idx_offset = 0, elem_count = 0;
        bool has_callback = false;
    };
    struct List {
        std::vector<ImDrawVert> vertices;
        std::vector<ImDrawIdx> indices;
        std::vector<Command> commands;
    };
    ImVec2 display_pos, display_size, framebuffer_scale;
    std::vector<List> lists;

    // Copies `data`, reusing this snapshot's memory (a copy a frame is cheap; allocations add up).
    void assign(const ImDrawData& data);
};

// Pixels a padding adds around damage: anti-aliased edges and the float-to-pixel rounding of
// vertex positions can reach a pixel beyond a triangle's bounding box.
constexpr int kDamagePadding = 2;

// Where drawing `now` over a framebuffer holding `before` (both `width` x `height` pixels) can
// change pixels: the union, over every triangle with a changed vertex or index, of the bounding
// box of its old and new vertices, within its command's clip rectangle, padded and clamped to the
// framebuffer. Empty when no triangle changed. nullopt when the two cannot be compared (different
// lists, buffer sizes, commands, display or framebuffer size, a user callback): draw everything.
std::optional<PixelRect> damage_between(const DrawSnapshot& before, const ImDrawData& now,
                                        int width, int height);

// Narrows each command's ClipRect so that the OpenGL 3 backend, which turns ClipRect into its
// scissor box, scissors to exactly the pixels it would have drawn ∩ `area` (commands left with
// nothing are skipped). False when some command cannot be narrowed exactly (float rounding at an
// unusual framebuffer scale): restore the clip rectangles and draw everything.
bool narrow_clip_rects(ImDrawData& data, const PixelRect& area, int fb_height);

// Puts back the clip rectangles `snapshot` was taken with (same structure as `data`).
void restore_clip_rects(ImDrawData& data, const DrawSnapshot& snapshot);

// One window's cached frame. Lives in that window's GL context: create, present and destroy it
// with the context current.
class PartialRedraw {
  public:
    PartialRedraw();
    ~PartialRedraw();
    PartialRedraw(const PartialRedraw&) = delete;
    PartialRedraw& operator=(const PartialRedraw&) = delete;

    // Draws `data` into the cache (only its damage unless `full`) and from there into the
    // window's framebuffer of `width` x `height`; `clear` is the colour under the picture.
    // True if the picture is on screen already; false if the caller must swap buffers.
    bool present(ImDrawData& data, int width, int height, const ImVec4& clear, bool full);

  private:
    struct Target {
        unsigned int framebuffer = 0, texture = 0;
        int width = 0, height = 0;
        // False if the driver cannot make it.
        bool resize(int new_width, int new_height);
        void release();
    };
    struct SubBufferCopy;
    void draw_all(ImDrawData& data, unsigned int framebuffer);
    // Compares the cache after a partial redraw with a full one; false (and a report) if they
    // differ, and the caller draws the frame in full.
    bool check(ImDrawData& data);

    Target cache_;
    Target check_;  // the full frame, for the self-check only
    DrawSnapshot last_;
    bool have_last_ = false;
    ImVec4 last_clear_;
    // HOSTSPACE_CHECK_PARTIAL_REDRAW=1 (the GUI tests): every partial redraw is compared with a
    // full one and a difference is reported, so a bug in the damage shows as a failed test.
    bool self_check_ = false;
    // Shows a partial redraw's rectangle alone (software GL only); null: copy all and swap.
    std::unique_ptr<SubBufferCopy> sub_buffer_;
    bool probed_ = false;
};

}  // namespace hostspace::gui
