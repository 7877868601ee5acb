// Board mode: the board for the room, each theme a box of its notes, the boxes flowed into rows
// and columns that fill the screen (projector_board_cache.hpp, core/board/flow_layout.hpp),
// every note's text in one size, as large as fits. With the board's anonymity on, authors stay
// off the wall: what the room wrote is shown, not who wrote it. A board too large for readable
// text shows coloured cards in their boxes.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app/gui/board/note_paint.hpp"
#include "app/gui/projector/projector_board_cache.hpp"
#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/text/shown_text.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

struct Place {
    ImVec2 origin;
    float s;
    ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * s, origin.y + y * s); }
};

void paint_box(const ProjectorFrame& frame, ImDrawList* draw, const ProjectorBox& box,
               const Place& place) {
    const ProjectorPalette& p = *frame.palette;
    const Fonts& fonts = frame.fonts->board;
    const float s = place.s;
    const Rect& r = box.block.box;
    draw->AddRectFilled(place.at(r.x, r.y), place.at(r.right(), r.bottom()), p.group_bg, 10 * s);
    draw->AddRect(place.at(r.x, r.y), place.at(r.right(), r.bottom()), p.group_edge, 10 * s, 0,
                  std::max(1.0f, 1.5f * s));
    if (box.title.empty()) return;
    // The heading font, drawn at the layout's scale (it was built at the fonts' own).
    ImFont* font = fonts.heading;
    const float size = font->FontSize * s / frame.fonts->board_scale;
    const Rect& band = box.block.title;
    ImVec2 text_at = place.at(band.x, band.y);
    float room = band.w * s;
    if (box.group && !box.group->colour.value.empty()) {
        const float d = 14 * s;
        const ImVec2 dot(text_at.x + d / 2, text_at.y + size * 0.55f);
        const std::uint32_t rgb = colour_rgb(box.group->colour.value);
        draw->AddCircleFilled(dot, d / 2, note_fill(rgb));
        draw->AddCircle(dot, d / 2, note_edge(rgb), 0, std::max(1.0f, 1.0f * s));
        text_at.x += d + 8 * s;
        room -= d + 8 * s;
    }
    std::string title = box.title;
    if (font->CalcTextSizeA(size, FLT_MAX, 0, title.c_str()).x > room) {
        title = fit_with_ellipsis(font, title, room * font->FontSize / size);
    }
    draw_text(draw, font, size, ImVec2(std::round(text_at.x), std::round(text_at.y)), p.group_text,
              title.data(), title.data() + title.size());
    if (box.group && box.block.notes.empty()) {
        // A collapsed theme says how many notes it holds; an empty one that it has none.
        const std::string count = box.hidden == 1  ? "1 note"
                                  : box.hidden > 1 ? std::to_string(box.hidden) + " notes"
                                                   : "no notes yet";
        ImFont* caption = fonts.caption;
        const float caption_size = caption->FontSize * s / frame.fonts->board_scale;
        const Rect& body = box.block.body;
        draw_text(draw, caption, caption_size, place.at(body.x, body.y), p.group_text,
                  count.c_str());
    }
}

// A note as the room sees it: its paper, its text in the body size and its byline at the foot.
// Returns the text's size in pixels (0 when it has none).
float paint_projector_note(ImDrawList* draw, const ProjectorNote& placed, const Fonts& fonts,
                           const Place& place) {
    const Rect& r = placed.rect;
    const float s = place.s;
    const ImVec2 a = place.at(r.x, r.y), b = place.at(r.right(), r.bottom());
    const std::uint32_t rgb = colour_rgb(placed.note->colour.value);
    const float rounding = 5 * s;
    draw->AddRectFilled(a, b, note_fill(rgb), rounding);
    draw->AddRect(a, b, note_edge(rgb), rounding, 0, std::max(1.0f, s));
    const NoteText* text = placed.text.get();
    if (!text) return 0;
    const float k = s / text->scale;  // drawn size over measured size
    const float pad = kNotePadding * s;
    ImFont* font = note_font(fonts, text->font);
    const float size = font->FontSize * k;
    const char* chars = text->text.data();
    // An Arabic or Hebrew note reads from the right: its lines start at the right edge.
    const bool right_to_left = starts_right_to_left(text->text);
    float y = a.y + pad;
    for (const NoteLine& line : text->lines) {
        const std::string_view drawn = shown_line(
            std::string_view(chars + line.first, line.second - line.first), right_to_left);
        const float x =
            right_to_left ? b.x - pad - text_width(font, size, std::string(drawn)) : a.x + pad;
        draw_shown_text(draw, font, size, ImVec2(x, y), colours::note_text, drawn);
        y += size;
    }
    if (!text->byline.empty()) {
        const float caption = fonts.caption->FontSize * k;
        const std::string& byline = shown(text->byline);
        // A name in Arabic or Hebrew reads from the right, like the note above it.
        const float x = starts_right_to_left(text->byline)
                            ? b.x - pad - text_width(fonts.caption, caption, byline)
                            : a.x + pad;
        draw_shown_text(draw, fonts.caption, caption, ImVec2(x, b.y - pad - caption),
                        colours::note_meta, byline);
    }
    return text->text.empty() ? 0 : size;
}

}  // namespace

ProjectorShown draw_board_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max) {
    ProjectorShown shown;
    shown.tone = "normal";
    const ProjectorFontSet& f = *frame.fonts;
    const float margin = std::round((max.y - min.y) * 0.025f);
    const ImVec2 room(max.x - min.x - 2 * margin, max.y - min.y - 2 * margin);
    ProjectorBoardCache one_off;  // without a cache (none is passed in tests of the view)
    ProjectorBoardCache& cache = frame.board_cache ? *frame.board_cache : one_off;
    // Measured with the fonts' own scale, so note heights match their text.
    cache.refresh(*frame.session, f.board, f.board_scale, room);
    const ProjectorBoard& board = cache.board();
    if (board.boxes.empty()) {
        shown.screen = "empty-board";
        shown.board_scale = f.board_scale;
        draw_plaque(frame, draw, min, max, frame.session->meta.title.value,
                    "No notes on the board yet", "Notes appear here as they are added");
        return shown;
    }
    shown.screen = "board";
    shown.board_scale = board.scale;
    const Place place{ImVec2(min.x + margin, min.y + margin), board.scale};
    for (const ProjectorBox& box : board.boxes) paint_box(frame, draw, box, place);
    if (!cache.detailed()) {
        // Text too small to read: each note a card of its colour, four vertices.
        const std::vector<ImU32>& fills = cache.fills();
        for (std::size_t i = 0; i < board.notes.size(); ++i) {
            const Rect& r = board.notes[i].rect;
            draw->AddRectFilled(place.at(r.x, r.y), place.at(r.right(), r.bottom()), fills[i]);
        }
        return shown;
    }
    float smallest = FLT_MAX;
    for (const ProjectorNote& placed : board.notes) {
        const float px = paint_projector_note(draw, placed, f.board, place);
        if (px > 0) smallest = std::min(smallest, px);
    }
    shown.note_text_px = smallest == FLT_MAX ? 0 : smallest;
    return shown;
}

}  // namespace hostspace::gui
