// Painting the canvas: the dotted board, the groups, the notes in view (found through the
// grid, never by walking the whole board), the notes being dragged on top, and the rubber band.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/gui/board/board_canvas.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/text/shown_text.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

constexpr float kDotPitch = 28;          // board units between the board's dots
constexpr float kMinDotSpacing = 24;     // pixels: closer dots are thinned out
constexpr float kMinTitlePixels = 4.5f;  // smaller group titles are left out
// Notes reach past their rectangles (shadow, selection ring): cull with a margin.
constexpr float kCullMargin = 16;

void paint_dots(const Canvas& c) {
    const float ppu = c.map.pixels_per_unit();
    float pitch = kDotPitch;
    while (pitch * ppu < kMinDotSpacing) pitch *= 2;
    const Rect seen = c.map.visible();
    const float r = std::max(0.8f, 1.2f * ppu);
    const float x0 = std::ceil(seen.x / pitch) * pitch, y0 = std::ceil(seen.y / pitch) * pitch;
    for (float y = y0; y < seen.bottom(); y += pitch) {
        for (float x = x0; x < seen.right(); x += pitch) {
            const Vec2 p = c.map.to_screen(Vec2{x, y});
            c.draw->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r),
                                  colours::board_dot);
        }
    }
}

// The collapse toggle: a triangle pointing right (collapsed) or down (open).
void paint_chevron(const Canvas& c, const PlacedGroup& placed, Vec2 shift) {
    Rect box = placed.chevron();
    box.x += shift.x, box.y += shift.y;
    const Rect r = c.map.to_screen(box);
    const float ppu = c.map.pixels_per_unit();
    const ImVec2 m(r.x + r.w / 2, r.y + r.h / 2);
    const float a = 6 * ppu;
    if (ImGui::IsMouseHoveringRect(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()))) {
        c.draw->AddRectFilled(ImVec2(r.x + 4 * ppu, r.y + 8 * ppu),
                              ImVec2(r.right() - 4 * ppu, r.bottom() - 8 * ppu),
                              colours::group_edge, 6 * ppu);
    }
    if (placed.collapsed()) {
        c.draw->AddTriangleFilled(ImVec2(m.x - a / 2, m.y - a), ImVec2(m.x - a / 2, m.y + a),
                                  ImVec2(m.x + a, m.y), colours::text);
    } else {
        c.draw->AddTriangleFilled(ImVec2(m.x - a, m.y - a / 2), ImVec2(m.x + a, m.y - a / 2),
                                  ImVec2(m.x, m.y + a), colours::text);
    }
}

// A dark disc with the item's dot count at `centre`, big enough to read across the room.
void paint_dot_badge(const Canvas& c, ImVec2 centre, int dots) {
    if (dots <= 0) return;
    const float zoom = c.map.view.zoom;
    const float size = c.frame.fonts.bold->FontSize * zoom;
    if (size < kMinTitlePixels) return;
    char text[16];
    std::snprintf(text, sizeof text, "%d", dots);
    const ImVec2 extent = c.frame.fonts.bold->CalcTextSizeA(size, FLT_MAX, 0, text);
    const float radius = std::max(extent.x, extent.y) * 0.5f + 5 * c.map.pixels_per_unit();
    c.draw->AddCircleFilled(centre, radius, colours::text);
    c.draw->AddText(c.frame.fonts.bold, size,
                    ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2), colours::card, text);
}

enum class GroupLook { plain, target, merge_target, selected };

void paint_group(const Canvas& c, const PlacedGroup& placed, Vec2 shift, GroupLook look) {
    const float ppu = c.map.pixels_per_unit();
    const float zoom = c.map.view.zoom;
    const Fonts& fonts = c.frame.fonts;
    Rect region = placed.region, header = placed.header;
    region.x += shift.x, region.y += shift.y, header.x += shift.x, header.y += shift.y;
    const Rect r = c.map.to_screen(region);
    const ImVec2 a(r.x, r.y), b(r.right(), r.bottom());
    const float rounding = 10 * ppu;
    c.draw->AddRectFilled(a, b, colours::group_bg, rounding);
    if (look == GroupLook::selected) {
        // Picked by its title: the band tinted, and a white gap and a wide ring round the box
        // as a selected note has (thickness, not only colour, tells it apart).
        const Rect band = c.map.to_screen(header);
        c.draw->AddRectFilled(ImVec2(band.x, band.y), ImVec2(band.right(), band.bottom()),
                              colours::selected_bg, rounding, ImDrawFlags_RoundCornersTop);
        const float ring = std::max(2.0f, 3.5f * ppu), gap = std::max(1.0f, 2.0f * ppu);
        c.draw->AddRect(ImVec2(a.x - gap / 2, a.y - gap / 2), ImVec2(b.x + gap / 2, b.y + gap / 2),
                        colours::rgb(0xFFFFFF), rounding, 0, gap);
        const float out = gap + ring / 2;
        c.draw->AddRect(ImVec2(a.x - out, a.y - out), ImVec2(b.x + out, b.y + out), colours::accent,
                        rounding + out, 0, ring);
    } else if (look != GroupLook::plain) {
        // Where the dragged notes (or the dragged theme) will go: a thick edge, not just a colour.
        c.draw->AddRectFilled(a, b, (colours::accent & 0x00FFFFFF) | (24u << 24), rounding);
        c.draw->AddRect(a, b, colours::accent, rounding, 0, std::max(2.0f, 3.0f * ppu));
    } else {
        c.draw->AddRect(a, b, colours::group_edge, rounding, 0, 1.0f * ppu);
    }
    if (look == GroupLook::merge_target && fonts.caption->FontSize * zoom >= kMinTitlePixels) {
        const char* merge = "Drop to merge into this theme";
        const float size = fonts.caption->FontSize * std::max(zoom, 0.8f);
        c.draw->AddText(fonts.caption, size, ImVec2(a.x + 4 * ppu, b.y + 4 * ppu), colours::accent,
                        merge);
    }

    const float size = fonts.bold->FontSize * zoom;
    if (size < kMinTitlePixels) return;
    paint_chevron(c, placed, shift);
    const Vec2 at = c.map.to_screen(Vec2{header.x + kNotePadding, header.y + 10});
    ImVec2 text_at(at.x, at.y);
    if (!placed.group->colour.value.empty()) {
        const float d = 14 * ppu;
        const ImVec2 dot(text_at.x + d / 2, text_at.y + size / 2);
        const std::uint32_t rgb = colour_rgb(placed.group->colour.value);
        c.draw->AddCircleFilled(dot, d / 2, note_fill(rgb));
        c.draw->AddCircle(dot, d / 2, note_edge(rgb), 0, 1.0f * ppu);
        text_at.x += d + 8 * ppu;
    }
    const std::string& title = shown(placed.group->title.value);
    c.draw->AddText(fonts.bold, size, text_at, colours::text, title.data(),
                    title.data() + title.size());
    const Rect band = c.map.to_screen(header);
    paint_dot_badge(c, ImVec2(band.right(), band.y), c.cache.dots_on(placed.group->id));
    if (!placed.collapsed()) return;
    // Collapsed: how many notes it holds, after the title.
    const std::string badge = collapsed_count_text(placed.hidden);
    const float body = fonts.body->FontSize * zoom;
    const float title_w =
        fonts.bold->CalcTextSizeA(size, FLT_MAX, 0, title.data(), title.data() + title.size()).x;
    c.draw->AddText(fonts.body, body, ImVec2(text_at.x + title_w + 10 * ppu, text_at.y),
                    colours::text_muted, badge.c_str());
}

void paint_groups(const Canvas& c, const BoardUiState& ui) {
    const Rect seen = c.map.visible().grown(kCullMargin / c.map.pixels_per_unit());
    const CanvasGesture* g = ui.gesture && ui.gesture->moved ? &*ui.gesture : nullptr;
    const PlacedGroup* target = nullptr;
    const Vec2 pointer = c.map.to_board(to_vec(ImGui::GetIO().MousePos));
    if (g && g->kind == CanvasGestureKind::move_notes) target = group_at(c.layout(), pointer);
    const bool group_moves = g && g->kind == CanvasGestureKind::move_group;
    // A theme dragged onto another merges into it on release.
    const PlacedGroup* merge = group_moves ? group_at(c.layout(), pointer, g->group) : nullptr;
    const Vec2 delta = group_moves ? gesture_delta(c, *g) : Vec2{};
    for (const PlacedGroup& placed : c.layout().groups) {
        const bool moving = group_moves && placed.group->id == g->group;
        Rect region = placed.region;
        if (moving) region.x += delta.x, region.y += delta.y;
        if (!region.overlaps(seen)) continue;
        const GroupLook look = &placed == target                       ? GroupLook::target
                               : &placed == merge                      ? GroupLook::merge_target
                               : placed.group->id == ui.selected_theme ? GroupLook::selected
                                                                       : GroupLook::plain;
        paint_group(c, placed, moving ? delta : Vec2{}, look);
    }
}

bool is_banded(const Canvas& c, const BoardUiState& ui, std::uint32_t index) {
    return ui.gesture && ui.gesture->kind == CanvasGestureKind::rubber_band &&
           std::binary_search(c.banded.begin(), c.banded.end(), index);
}

void paint_one(const Canvas& c, const BoardUiState& ui, std::uint32_t index, Vec2 at, bool lifted) {
    const PlacedNote& placed = c.layout().notes[index];
    NotePaint state;
    // An empty selection is the common case: no id is hashed then.
    state.selected = (!ui.selection.empty() && ui.selection.contains(placed.note->id)) ||
                     is_banded(c, ui, index);
    state.hovered = static_cast<int>(index) == c.hovered_note;
    state.lifted = lifted;
    const ImVec2 top_left = to_imvec(c.map.to_screen(at));
    const float ppu = c.map.pixels_per_unit();
    const int first_vertex = c.draw->VtxBuffer.Size;
    paint_note(c.draw, *placed.note, placed.look, c.frame.fonts, top_left, ppu, state);
    paint_dot_badge(c, ImVec2(top_left.x + placed.rect.w * ppu, top_left.y),
                    c.cache.dots_on(placed.note->id));
    if (!ui.find.active() || index >= ui.find.is_match.size()) return;
    if (ui.find.is_match[index]) {  // a match: a strong ring round the note
        const float pad = 3 * ppu;
        c.draw->AddRect(
            ImVec2(top_left.x - pad, top_left.y - pad),
            ImVec2(top_left.x + placed.rect.w * ppu + pad, top_left.y + placed.rect.h * ppu + pad),
            colours::accent, 8 * ppu, 0, std::max(2.5f, 4 * ppu));
        return;
    }
    // Not a match: everything just drawn for the note fades to a quarter.
    for (int v = first_vertex; v < c.draw->VtxBuffer.Size; ++v) {
        ImU32& col = c.draw->VtxBuffer[v].col;
        const ImU32 alpha = ((col >> IM_COL32_A_SHIFT) & 0xFF) / 4;
        col = (col & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
    }
}

void paint_notes(const Canvas& c, const BoardUiState& ui) {
    const float ppu = c.map.pixels_per_unit();
    const Rect seen = c.map.visible().grown(kCullMargin / ppu);
    std::vector<std::uint32_t>& visible = c.cache.visible;
    c.cache.note_grid().query(seen, visible);
    const bool lifting = ui.gesture && ui.gesture->moved &&
                         (ui.gesture->kind == CanvasGestureKind::move_notes ||
                          ui.gesture->kind == CanvasGestureKind::move_group);
    for (std::uint32_t i : visible) {
        const int index = static_cast<int>(i);
        if (index == c.editing || (lifting && is_lifted(c, ui, index))) continue;
        const Rect& r = c.layout().notes[i].rect;
        paint_one(c, ui, i, Vec2{r.x, r.y}, false);
    }
    if (!lifting) return;
    // What is dragged paints last, on top, wherever the pointer has taken it.
    const Vec2 delta = gesture_delta(c, *ui.gesture);
    for (const std::string& id : ui.gesture->ids) {
        const int index = c.cache.index_of(c.board(), id);
        if (index < 0 || index == c.editing) continue;
        const Rect& r = c.layout().notes[static_cast<std::size_t>(index)].rect;
        const Vec2 at = moved_position(Vec2{r.x, r.y}, delta);
        if (!Rect{at.x, at.y, r.w, r.h}.overlaps(seen)) continue;
        paint_one(c, ui, static_cast<std::uint32_t>(index), at, true);
    }
}

void paint_band(const Canvas& c, const BoardUiState& ui) {
    if (!ui.gesture || ui.gesture->kind != CanvasGestureKind::rubber_band) return;
    const ImVec2 a = ui.gesture->press_mouse, b = ImGui::GetIO().MousePos;
    const ImVec2 lo(std::min(a.x, b.x), std::min(a.y, b.y)),
        hi(std::max(a.x, b.x), std::max(a.y, b.y));
    c.draw->AddRectFilled(lo, hi, (colours::accent & 0x00FFFFFF) | (40u << 24));
    c.draw->AddRect(lo, hi, colours::accent, 0, 0, 1.5f * c.map.scale);
}

}  // namespace

void paint_canvas(const Canvas& c, const BoardUiState& ui) {
    paint_dots(c);
    paint_groups(c, ui);
    paint_find_rings(c.layout(), c.map, ui.find, c.draw);  // over its group's box
    paint_notes(c, ui);
    paint_band(c, ui);
    paint_theme_plan(c, ui);  // over the notes a new theme will take
}

}  // namespace hostspace::gui
