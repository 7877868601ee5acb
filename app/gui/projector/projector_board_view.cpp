// Board mode: the whole board scaled to fit the screen, notes in their colours with their
// text, authors and the groups they sit in. With the board's anonymity on, authors stay off
// the wall: what the room wrote is shown, not who wrote it. The layout is kept between frames
// (projector_board_cache.hpp); a board too large for readable text shows coloured cards.
#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_board_cache.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

void paint_group(const ProjectorFrame& frame, ImDrawList* draw, const PlacedGroup& placed,
                 ImVec2 origin, float s) {
    const ProjectorPalette& p = *frame.palette;
    const Fonts& fonts = frame.fonts->board;
    auto at = [&](float x, float y) { return ImVec2(origin.x + x * s, origin.y + y * s); };
    const Rect& r = placed.region;
    draw->AddRectFilled(at(r.x, r.y), at(r.right(), r.bottom()), p.group_bg, 10 * s);
    draw->AddRect(at(r.x, r.y), at(r.right(), r.bottom()), p.group_edge, 10 * s, 0, 1.5f * s);
    ImVec2 text_at = at(placed.header.x + kNotePadding, placed.header.y + 10);
    if (!placed.group->colour.value.empty()) {
        const float d = 14 * s;
        const ImVec2 dot(text_at.x + d / 2, text_at.y + fonts.bold->FontSize / 2);
        const std::uint32_t rgb = colour_rgb(placed.group->colour.value);
        draw->AddCircleFilled(dot, d / 2, note_fill(rgb));
        draw->AddCircle(dot, d / 2, note_edge(rgb), 0, 1.0f * s);
        text_at.x += d + 8 * s;
    }
    const std::string& title = placed.group->title.value;
    draw->AddText(fonts.bold, fonts.bold->FontSize, text_at, p.group_text, title.data(),
                  title.data() + title.size());
}

}  // namespace

ProjectorShown draw_board_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max) {
    ProjectorShown shown;
    shown.tone = "normal";
    const ProjectorFontSet& f = *frame.fonts;
    const float margin = std::round((max.y - min.y) * 0.035f);
    const ImVec2 room(max.x - min.x - 2 * margin, max.y - min.y - 2 * margin);
    ProjectorBoardCache one_off;  // without a cache (none is passed in tests of the view)
    ProjectorBoardCache& cache = frame.board_cache ? *frame.board_cache : one_off;
    // Laid out with the fonts' own scale, so measured note heights match their text.
    cache.refresh(*frame.session, f.board, f.board_scale, room);
    const BoardLayout& layout = cache.layout();
    if (layout.notes.empty() && layout.groups.empty()) {
        shown.screen = "empty-board";
        shown.board_scale = f.board_scale;
        draw_plaque(frame, draw, min, max, frame.session->meta.title.value,
                    "No notes on the board yet", "Notes appear here as they are added");
        return shown;
    }
    shown.screen = "board";
    const Rect& extent = layout.extent;
    const float s = fit_board_scale(extent, room);
    shown.board_scale = s;
    // Centred; board (extent.x, extent.y) at the top left of the fitted area.
    const ImVec2 origin(min.x + margin + (room.x - extent.w * s) / 2 - extent.x * s,
                        min.y + margin + (room.y - extent.h * s) / 2 - extent.y * s);
    for (const PlacedGroup& placed : layout.groups) paint_group(frame, draw, placed, origin, s);
    if (!cache.detailed()) {
        // Text too small to read: each note a card of its colour, four vertices.
        const std::vector<ImU32>& fills = cache.fills();
        const float w = kNoteWidth * s;
        for (std::size_t i = 0; i < layout.notes.size(); ++i) {
            const Rect& r = layout.notes[i].rect;
            const ImVec2 a(origin.x + r.x * s, origin.y + r.y * s);
            draw->AddRectFilled(a, ImVec2(a.x + w, a.y + r.h * s), fills[i]);
        }
        return shown;
    }
    for (const PlacedNote& placed : layout.notes) {
        const Vec2 at = placed.note->position.value;
        paint_note(draw, *placed.note, placed.look, f.board,
                   ImVec2(origin.x + at.x * s, origin.y + at.y * s), s, NotePaint{});
    }
    return shown;
}

}  // namespace hostspace::gui
