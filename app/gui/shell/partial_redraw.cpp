#include "app/gui/shell/partial_redraw.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <limits>
#include <string>

#include "app/gui/shell/test_log.hpp"

// After glad, whose guards keep it from pulling in the system's GL/gl.h, and after everything
// else: Xlib defines macros (None, Bool, Status, Always...) that would clash with their names.
#include <GL/glx.h>

namespace hostspace::gui {
namespace {

// Vertices are compared as bytes: pos, uv and col with no padding between or after them.
static_assert(sizeof(ImDrawVert) == sizeof(ImVec2) * 2 + sizeof(ImU32),
              "ImDrawVert has padding or extra fields: compare it field by field");

bool same(const ImVec2& a, const ImVec2& b) {
    return a.x == b.x && a.y == b.y;
}

bool same(const ImVec4& a, const ImVec4& b) {
    return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w;
}

template <typename T>
bool same_bytes(const T* a, const T* b, std::size_t count) {
    return count == 0 || std::memcmp(a, b, count * sizeof(T)) == 0;
}

// A growing box in display coordinates.
struct Bounds {
    float x0 = std::numeric_limits<float>::max(), y0 = std::numeric_limits<float>::max();
    float x1 = std::numeric_limits<float>::lowest(), y1 = std::numeric_limits<float>::lowest();

    bool empty() const { return x1 < x0 || y1 < y0; }
    void add(const ImVec2& p) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    void add(const Bounds& b) {
        if (b.empty()) return;
        x0 = std::min(x0, b.x0);
        y0 = std::min(y0, b.y0);
        x1 = std::max(x1, b.x1);
        y1 = std::max(y1, b.y1);
    }
    // A command draws nothing outside its clip rectangle, whatever its triangles' size.
    void clip(const ImVec4& rect) {
        x0 = std::max(x0, rect.x);
        y0 = std::max(y0, rect.y);
        x1 = std::min(x1, rect.z);
        y1 = std::min(y1, rect.w);
    }
};

int clamp_to(double value, int high) {
    return static_cast<int>(std::clamp(value, 0.0, static_cast<double>(high)));
}

// Display coordinates to framebuffer pixels, padded, rounded outward and clamped.
PixelRect to_pixels(const Bounds& b, const ImDrawData& data, int width, int height) {
    if (b.empty()) return PixelRect{};
    const ImVec2 off = data.DisplayPos, scale = data.FramebufferScale;
    PixelRect r;
    r.x0 = clamp_to(std::floor((double(b.x0) - off.x) * scale.x) - kDamagePadding, width);
    r.y0 = clamp_to(std::floor((double(b.y0) - off.y) * scale.y) - kDamagePadding, height);
    r.x1 = clamp_to(std::ceil((double(b.x1) - off.x) * scale.x) + kDamagePadding, width);
    r.y1 = clamp_to(std::ceil((double(b.y1) - off.y) * scale.y) + kDamagePadding, height);
    return r.empty() ? PixelRect{} : r;
}

bool same_command(const DrawSnapshot::Command& a, const ImDrawCmd& b) {
    return same(a.clip_rect, b.ClipRect) && a.texture == b.TextureId &&
           a.vtx_offset == b.VtxOffset && a.idx_offset == b.IdxOffset &&
           a.elem_count == b.ElemCount && !a.has_callback && !b.UserCallback;
}

// The damage of one draw list of the same structure as `old`; false if an index is out of range.
bool list_damage(const DrawSnapshot::List& old, const ImDrawList& now, Bounds& damage,
                 std::vector<unsigned char>& changed) {
    const std::size_t vertex_count = old.vertices.size();
    const std::size_t index_count = old.indices.size();
    const bool vertices_same = same_bytes(old.vertices.data(), now.VtxBuffer.Data, vertex_count);
    if (vertices_same && same_bytes(old.indices.data(), now.IdxBuffer.Data, index_count)) {
        return true;
    }
    changed.assign(vertex_count, 0);
    if (!vertices_same) {
        for (std::size_t v = 0; v < vertex_count; ++v) {
            changed[v] = !same_bytes(&old.vertices[v], &now.VtxBuffer.Data[v], 1);
        }
    }
    for (std::size_t c = 0; c < old.commands.size(); ++c) {
        const DrawSnapshot::Command& command = old.commands[c];
        const std::size_t end = std::size_t(command.idx_offset) + command.elem_count;
        if (end > index_count) return false;
        Bounds in_command;
        for (std::size_t i = command.idx_offset; i + 3 <= end; i += 3) {
            const ImDrawIdx* was = &old.indices[i];
            const ImDrawIdx* is = &now.IdxBuffer.Data[i];
            std::size_t was_v[3], is_v[3];
            bool touched = false;
            for (int k = 0; k < 3; ++k) {
                was_v[k] = command.vtx_offset + std::size_t(was[k]);
                is_v[k] = command.vtx_offset + std::size_t(is[k]);
                if (was_v[k] >= vertex_count || is_v[k] >= vertex_count) return false;
                touched = touched || was[k] != is[k] || changed[is_v[k]];
            }
            if (!touched) continue;
            // Every pixel the triangle covered or covers: one moved vertex repaints the
            // whole triangle, up to its other two vertices.
            for (int k = 0; k < 3; ++k) {
                in_command.add(old.vertices[was_v[k]].pos);
                in_command.add(now.VtxBuffer.Data[is_v[k]].pos);
            }
        }
        if (in_command.empty()) continue;
        in_command.clip(command.clip_rect);
        damage.add(in_command);
    }
    return true;
}

// The OpenGL 3 backend's scissor box for a clip rectangle (glScissor's x, y, width, height),
// computed with the same float operations as ImGui_ImplOpenGL3_RenderDrawData in imgui 1.86;
// nullopt for a command it skips.
struct ScissorBox {
    int x, y, w, h;
};

std::optional<ScissorBox> backend_scissor(const ImVec4& clip, const ImVec2& off,
                                          const ImVec2& scale, int fb_height) {
    const ImVec2 clip_min((clip.x - off.x) * scale.x, (clip.y - off.y) * scale.y);
    const ImVec2 clip_max((clip.z - off.x) * scale.x, (clip.w - off.y) * scale.y);
    if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) return std::nullopt;
    return ScissorBox{static_cast<int>(clip_min.x), static_cast<int>(fb_height - clip_max.y),
                      static_cast<int>(clip_max.x - clip_min.x),
                      static_cast<int>(clip_max.y - clip_min.y)};
}

// The pixels a scissor box lets through (GL counts rows from the bottom).
PixelRect covered(const ScissorBox& box, int fb_height) {
    return PixelRect{box.x, fb_height - (box.y + box.h), box.x + box.w, fb_height - box.y};
}

PixelRect intersect(const PixelRect& a, const PixelRect& b) {
    return PixelRect{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1),
                     std::min(a.y1, b.y1)};
}

bool check_requested() {
    const char* value = std::getenv("HOSTSPACE_CHECK_PARTIAL_REDRAW");
    return value && std::string(value) == "1";
}

std::vector<std::uint32_t> read_pixels(unsigned int framebuffer, int width, int height) {
    std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * height);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return pixels;
}

}  // namespace

void DrawSnapshot::assign(const ImDrawData& data) {
    display_pos = data.DisplayPos;
    display_size = data.DisplaySize;
    framebuffer_scale = data.FramebufferScale;
    lists.resize(static_cast<std::size_t>(std::max(data.CmdListsCount, 0)));
    for (std::size_t n = 0; n < lists.size(); ++n) {
        const ImDrawList& from = *data.CmdLists[n];
        List& to = lists[n];
        to.vertices.assign(from.VtxBuffer.begin(), from.VtxBuffer.end());
        to.indices.assign(from.IdxBuffer.begin(), from.IdxBuffer.end());
        to.commands.clear();
        for (const ImDrawCmd& cmd : from.CmdBuffer) {
            to.commands.push_back(Command{cmd.ClipRect, cmd.TextureId, cmd.VtxOffset, cmd.IdxOffset,
                                          cmd.ElemCount, cmd.UserCallback != nullptr});
        }
    }
}

std::optional<PixelRect> damage_between(const DrawSnapshot& before, const ImDrawData& now,
                                        int width, int height) {
    if (width <= 0 || height <= 0) return std::nullopt;
    if (!same(before.display_pos, now.DisplayPos) || !same(before.display_size, now.DisplaySize) ||
        !same(before.framebuffer_scale, now.FramebufferScale)) {
        return std::nullopt;
    }
    // The backend sizes its viewport from the draw data: it must be this framebuffer's size.
    if (static_cast<int>(now.DisplaySize.x * now.FramebufferScale.x) != width ||
        static_cast<int>(now.DisplaySize.y * now.FramebufferScale.y) != height) {
        return std::nullopt;
    }
    if (before.lists.size() != static_cast<std::size_t>(std::max(now.CmdListsCount, 0))) {
        return std::nullopt;
    }
    Bounds damage;
    std::vector<unsigned char> changed;
    for (std::size_t n = 0; n < before.lists.size(); ++n) {
        const DrawSnapshot::List& old = before.lists[n];
        const ImDrawList& list = *now.CmdLists[n];
        if (old.vertices.size() != static_cast<std::size_t>(list.VtxBuffer.Size) ||
            old.indices.size() != static_cast<std::size_t>(list.IdxBuffer.Size) ||
            old.commands.size() != static_cast<std::size_t>(list.CmdBuffer.Size)) {
            return std::nullopt;
        }
        for (std::size_t c = 0; c < old.commands.size(); ++c) {
            if (!same_command(old.commands[c], list.CmdBuffer.Data[c])) return std::nullopt;
        }
        if (!list_damage(old, list, damage, changed)) return std::nullopt;
    }
    return to_pixels(damage, now, width, height);
}

bool narrow_clip_rects(ImDrawData& data, const PixelRect& area, int fb_height) {
    const ImVec2 off = data.DisplayPos, scale = data.FramebufferScale;
    if (scale.x <= 0 || scale.y <= 0) return false;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        for (ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
            if (cmd.UserCallback) return false;
            const auto box = backend_scissor(cmd.ClipRect, off, scale, fb_height);
            if (!box) continue;  // skipped by the backend already
            const PixelRect wanted = intersect(covered(*box, fb_height), area);
            if (wanted.empty()) {
                cmd.ClipRect = ImVec4(off.x, off.y, off.x, off.y);  // an empty rectangle: skipped
                continue;
            }
            const ImVec4 narrowed(
                off.x + float(wanted.x0) / scale.x, off.y + float(wanted.y0) / scale.y,
                off.x + float(wanted.x1) / scale.x, off.y + float(wanted.y1) / scale.y);
            // Exact at scale 1 (whole numbers survive the float round trip); elsewhere the
            // backend's arithmetic decides, so ask it rather than trust the inverse.
            const auto result = backend_scissor(narrowed, off, scale, fb_height);
            if (!result || !(covered(*result, fb_height) == wanted)) return false;
            cmd.ClipRect = narrowed;
        }
    }
    return true;
}

void restore_clip_rects(ImDrawData& data, const DrawSnapshot& snapshot) {
    for (int n = 0; n < data.CmdListsCount && std::size_t(n) < snapshot.lists.size(); ++n) {
        ImVector<ImDrawCmd>& commands = data.CmdLists[n]->CmdBuffer;
        const auto& saved = snapshot.lists[std::size_t(n)].commands;
        for (int c = 0; c < commands.Size && std::size_t(c) < saved.size(); ++c) {
            commands[c].ClipRect = saved[std::size_t(c)].clip_rect;
        }
    }
}

bool PartialRedraw::Target::resize(int new_width, int new_height) {
    if (framebuffer && new_width == width && new_height == height) return true;
    release();
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, new_width, new_height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 nullptr);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        release();
        return false;
    }
    width = new_width;
    height = new_height;
    return true;
}

void PartialRedraw::Target::release() {
    if (framebuffer) glDeleteFramebuffers(1, &framebuffer);
    if (texture) glDeleteTextures(1, &texture);
    framebuffer = texture = 0;
    width = height = 0;
}

// Mesa's GLX_MESA_copy_sub_buffer puts one rectangle of the back buffer on screen. Used only
// when GLX_MESA_query_renderer says the renderer is not accelerated: under llvmpipe, copying the
// whole cache into the window costs ~10 ms of CPU (the copy is flipped, so it runs as a shader
// over every pixel) against ~0.1 ms for a countdown's rectangle. On a GPU that copy is cheap, and
// a swap keeps vsync and never tears, so the window is swapped as usual.
struct PartialRedraw::SubBufferCopy {
    Display* display = nullptr;
    GLXDrawable drawable = 0;
    PFNGLXCOPYSUBBUFFERMESAPROC copy = nullptr;

    // Needs the window's context current; null where the extensions or GLX are missing.
    static std::unique_ptr<SubBufferCopy> find() {
        auto found = std::make_unique<SubBufferCopy>();
        found->display = glXGetCurrentDisplay();
        found->drawable = glXGetCurrentDrawable();
        if (!found->display || !found->drawable) return nullptr;  // not GLX (Wayland, EGL)
        const char* extensions =
            glXQueryExtensionsString(found->display, DefaultScreen(found->display));
        if (!has_word(extensions, "GLX_MESA_copy_sub_buffer") ||
            !has_word(extensions, "GLX_MESA_query_renderer")) {
            return nullptr;
        }
        const auto query =
            reinterpret_cast<PFNGLXQUERYCURRENTRENDERERINTEGERMESAPROC>(glXGetProcAddressARB(
                reinterpret_cast<const GLubyte*>("glXQueryCurrentRendererIntegerMESA")));
        unsigned int accelerated = 1;
        if (!query || !query(GLX_RENDERER_ACCELERATED_MESA, &accelerated) || accelerated) {
            return nullptr;
        }
        found->copy = reinterpret_cast<PFNGLXCOPYSUBBUFFERMESAPROC>(
            glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
        if (!found->copy) return nullptr;
        return found;
    }

    static bool has_word(const char* list, const std::string& word) {
        if (!list) return false;
        const std::string padded = " " + std::string(list) + " ";
        return padded.find(" " + word + " ") != std::string::npos;
    }
};

PartialRedraw::PartialRedraw() : self_check_(check_requested()) {}

PartialRedraw::~PartialRedraw() {
    cache_.release();
    check_.release();
}

bool PartialRedraw::present(ImDrawData& data, int width, int height, const ImVec4& clear,
                            bool full) {
    if (!probed_) {
        probed_ = true;
        sub_buffer_ = SubBufferCopy::find();
    }
    if (width <= 0 || height <= 0) return true;  // iconified: no pixels, and the cache stays
    glDisable(GL_SCISSOR_TEST);                  // it clips glClear and glBlitFramebuffer too
    glViewport(0, 0, width, height);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    if (!cache_.resize(width, height)) {
        // No framebuffer to keep the frame in (a driver limit): draw straight to the window.
        have_last_ = false;
        draw_all(data, 0);
        return false;
    }
    // Pixels no triangle covers show the clear colour: a new one repaints them all.
    full = full || !have_last_ || !same(clear, last_clear_);
    std::optional<PixelRect> damage;
    if (!full) damage = damage_between(last_, data, width, height);
    // Compared next time as ImGui made it, before the clip rectangles are narrowed below.
    last_.assign(data);
    have_last_ = true;
    last_clear_ = clear;

    glBindFramebuffer(GL_FRAMEBUFFER, cache_.framebuffer);
    bool partial = damage.has_value();
    if (partial && !damage->empty()) {
        if (narrow_clip_rects(data, *damage, height)) {
            glEnable(GL_SCISSOR_TEST);
            glScissor(damage->x0, height - damage->y1, damage->width(), damage->height());
            glClear(GL_COLOR_BUFFER_BIT);
            glDisable(GL_SCISSOR_TEST);
            ImGui_ImplOpenGL3_RenderDrawData(&data);
        } else {
            partial = false;
        }
        restore_clip_rects(data, last_);
        if (partial && self_check_ && !check(data)) partial = false;
    }
    if (!partial) draw_all(data, cache_.framebuffer);

    glBindFramebuffer(GL_READ_FRAMEBUFFER, cache_.framebuffer);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    bool shown = false;
    if (partial && sub_buffer_) {
        // Only the damage reaches the back buffer and the screen: the window shows the rest.
        if (!damage->empty()) {
            const int x0 = damage->x0, y0 = height - damage->y1;  // GL counts from the bottom
            const int x1 = damage->x1, y1 = height - damage->y0;
            glBlitFramebuffer(x0, y0, x1, y1, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
            sub_buffer_->copy(sub_buffer_->display, sub_buffer_->drawable, x0, y0, x1 - x0,
                              y1 - y0);
        }
        shown = true;
    } else {
        glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                          GL_NEAREST);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return shown;
}

void PartialRedraw::draw_all(ImDrawData& data, unsigned int framebuffer) {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
}

bool PartialRedraw::check(ImDrawData& data) {
    const int width = cache_.width, height = cache_.height;
    if (!check_.resize(width, height)) {
        std::cerr << "hostspace: cannot check a partial redraw: no second framebuffer\n";
        self_check_ = false;
        return true;
    }
    draw_all(data, check_.framebuffer);
    const auto partial = read_pixels(cache_.framebuffer, width, height);
    const auto whole = read_pixels(check_.framebuffer, width, height);
    long differ = 0;
    PixelRect where{width, height, 0, 0};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * width + x;
            if (partial[i] == whole[i]) continue;
            ++differ;
            const int top_down_y = height - 1 - y;  // glReadPixels starts at the bottom row
            where = PixelRect{std::min(where.x0, x), std::min(where.y0, top_down_y),
                              std::max(where.x1, x + 1), std::max(where.y1, top_down_y + 1)};
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, cache_.framebuffer);
    if (differ == 0) return true;
    const std::string line = "hostspace: partial redraw mismatch: " + std::to_string(differ) +
                             " pixels differ in " + std::to_string(where.width()) + "x" +
                             std::to_string(where.height()) + " at " + std::to_string(where.x0) +
                             "," + std::to_string(where.y0);
    std::cerr << line << "\n";
    note_for_tests(line);
    return false;  // drawn again in full: the window shows the right picture all the same
}

}  // namespace hostspace::gui
