#include "app/gui/board/note_paint.hpp"

#include <algorithm>
#include <cfloat>

#include "app/gui/shell/theme.hpp"
#include "app/gui/text/shown_text.hpp"
#include "core/board/colour.hpp"
#include "core/board/geometry.hpp"

namespace hostspace::gui {
namespace {

// Below these sizes in pixels text is unreadable anyway: the note is its colour alone, and a
// zoomed-out board of thousands of notes costs a few rectangles each.
constexpr float kMinTextPixels = 4.5f;
constexpr float kPlainNotePixels = 40;  // narrower notes: no shadow, rounding or edge

ImVec2 text_size(ImFont* font, const std::string& text, float wrap_width) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, text.data(),
                               text.data() + text.size());
}

// Thickness, not only colour, tells a selected note apart (colour-blind safe): a white gap
// and a wide accent ring, never thinner than 2 pixels however far the board is zoomed out.
void paint_selection(ImDrawList* draw, ImVec2 a, ImVec2 b, float scale, float rounding) {
    const float ring = std::max(2.0f, 3.5f * scale);
    const float gap = std::max(1.0f, 2.0f * scale);
    const float out = gap + ring / 2;
    draw->AddRect(ImVec2(a.x - gap / 2, a.y - gap / 2), ImVec2(b.x + gap / 2, b.y + gap / 2),
                  colours::rgb(0xFFFFFF), rounding + gap / 2, 0, gap);
    draw->AddRect(ImVec2(a.x - out, a.y - out), ImVec2(b.x + out, b.y + out), colours::accent,
                  rounding + out, 0, ring);
}

}  // namespace

std::string fit_with_ellipsis(ImFont* font, const std::string& text, float width) {
    if (text_size(font, text, 0).x <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one UTF-8 character (its continuation bytes are 10xxxxxx).
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) {
            cut.pop_back();
        }
        if (!cut.empty()) cut.pop_back();  // the lead byte
        if (text_size(font, cut + "…", 0).x <= width) return cut + "…";
    }
    return "…";
}

NoteLook measure_note(const Note& note, const Fonts& fonts, float scale) {
    auto text = std::make_shared<const NoteText>(lay_out_note_text(note, fonts, scale));
    const float height = text->height;
    return NoteLook{std::move(text), height};
}

void paint_note(ImDrawList* draw, const Note& note, const NoteLook& look, const Fonts& fonts,
                ImVec2 top_left, float scale, NotePaint state) {
    const std::uint32_t rgb = colour_rgb(note.colour.value);
    const ImVec2 size(kNoteWidth * scale, look.height * scale);
    const ImVec2 a = top_left, b(a.x + size.x, a.y + size.y);
    if (size.x < kPlainNotePixels) {
        draw->AddRectFilled(a, b, note_fill(rgb));
        if (state.selected) paint_selection(draw, a, b, scale, 0);
        return;
    }
    const float rounding = 5 * scale;

    // A soft two-layer shadow; higher when lifted or hovered. The paper is opaque, so only
    // the shadow's band below it (and a line on the right) is painted: filling the shadows
    // under the whole note would double what a note costs a software rasteriser.
    const float lift = (state.lifted ? 8.0f : state.hovered ? 4.0f : 2.0f) * scale;
    const float band = rounding + 2 * scale;  // reaches up behind the paper's round corners
    draw->AddRectFilled(ImVec2(a.x + 1 * scale, b.y - band), ImVec2(b.x + 1 * scale, b.y + lift),
                        colours::shadow, rounding + 2 * scale, ImDrawFlags_RoundCornersBottom);
    draw->AddRectFilled(ImVec2(b.x, a.y + lift + rounding), ImVec2(b.x + 1 * scale, b.y - band),
                        colours::shadow);
    draw->AddRectFilled(ImVec2(a.x, b.y - band), ImVec2(b.x, b.y + lift * 0.4f), colours::shadow,
                        rounding, ImDrawFlags_RoundCornersBottom);
    draw->AddRectFilled(a, b, note_fill(rgb), rounding);
    draw->AddRect(a, b, note_edge(rgb), rounding, 0, 1.0f * scale);
    if (state.selected) paint_selection(draw, a, b, scale, rounding);

    if (!look.text) return;
    const NoteText& text = *look.text;
    const float k = scale / text.scale;  // drawn size over measured size
    const float pad = kNotePadding * scale;
    ImFont* font = note_font(fonts, text.font);
    const float font_size = font->FontSize * k;
    if (font_size >= kMinTextPixels) {
        // The lines were wrapped to fit, so no clip rectangle is needed (one per note would
        // split the draw list into a command per note).
        const char* chars = text.text.data();
        // An Arabic or Hebrew note reads from the right: its lines start at the right edge.
        const bool right_to_left = starts_right_to_left(text.text);
        float y = a.y + pad;
        for (const NoteLine& line : text.lines) {
            const std::string_view logical(chars + line.first, line.second - line.first);
            const std::string_view drawn = shown_line(logical, right_to_left);
            float x = a.x + pad;
            if (right_to_left) {
                x = b.x - pad -
                    font->CalcTextSizeA(font_size, FLT_MAX, 0, drawn.data(),
                                        drawn.data() + drawn.size())
                        .x;
            }
            draw->AddText(font, font_size, ImVec2(x, y), colours::note_text, drawn.data(),
                          drawn.data() + drawn.size());
            y += font_size;
        }
    }
    const float caption_size = fonts.caption->FontSize * k;
    if (!text.byline.empty() && caption_size >= kMinTextPixels) {
        const float y = b.y - pad - caption_size;
        const std::string& byline = shown(text.byline);
        float x = a.x + pad;
        if (starts_right_to_left(text.byline)) {  // a name in Arabic or Hebrew: at the right
            x = b.x - pad -
                fonts.caption
                    ->CalcTextSizeA(caption_size, FLT_MAX, 0, byline.data(),
                                    byline.data() + byline.size())
                    .x;
        }
        draw->AddText(fonts.caption, caption_size, ImVec2(x, y), colours::note_meta, byline.data(),
                      byline.data() + byline.size());
    }
}

}  // namespace hostspace::gui
