#include "app/gui/note_paint.hpp"

#include <cfloat>

#include "app/gui/board_geometry.hpp"
#include "app/gui/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

ImVec2 text_size(ImFont* font, const std::string& text, float wrap_width) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, text.data(),
                               text.data() + text.size());
}

std::string byline_of(const Note& note) {
    const std::string& author = note.author.value;
    const std::string& organisation = note.organisation.value;
    if (author.empty()) return organisation;
    if (organisation.empty()) return author;
    return author + " · " + organisation;
}

}  // namespace

std::string fit_with_ellipsis(ImFont* font, const std::string& text, float width) {
    if (text_size(font, text, 0).x <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one UTF-8 character (its continuation bytes are 10xxxxxx).
        do {
            cut.pop_back();
        } while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80);
        if (text_size(font, cut + "…", 0).x <= width) return cut + "…";
    }
    return "…";
}

NoteLook measure_note(const Note& note, const Fonts& fonts, float scale) {
    NoteLook look;
    const float inner_width = (kNoteWidth - 2 * kNotePadding) * scale;
    const std::string byline = byline_of(note);
    const float byline_height = byline.empty() ? 0 : fonts.caption->FontSize + 6 * scale;
    if (!byline.empty()) look.byline = fit_with_ellipsis(fonts.caption, byline, inner_width);
    const float room = (kNoteHeight - 2 * kNotePadding) * scale - byline_height;

    ImFont* candidates[] = {fonts.body, fonts.body_small, fonts.caption};
    float text_height = 0;
    for (ImFont* font : candidates) {
        look.font = font;
        text_height = text_size(font, note.text.value, inner_width).y;
        if (text_height <= room) break;
    }
    look.height = kNoteHeight;
    if (text_height > room) look.height += (text_height - room) / scale;
    return look;
}

void paint_note(ImDrawList* draw, const Note& note, const NoteLook& look, const Fonts& fonts,
                ImVec2 top_left, float scale, NotePaint state) {
    const std::uint32_t rgb = colour_rgb(note.colour.value);
    const ImVec2 size(kNoteWidth * scale, look.height * scale);
    const ImVec2 a = top_left, b(a.x + size.x, a.y + size.y);
    const float rounding = 5 * scale;

    // A soft two-layer shadow; higher when lifted or hovered.
    const float lift = (state.lifted ? 8.0f : state.hovered ? 4.0f : 2.0f) * scale;
    draw->AddRectFilled(ImVec2(a.x + 1 * scale, a.y + lift), ImVec2(b.x + 1 * scale, b.y + lift),
                        colours::shadow, rounding + 2 * scale);
    draw->AddRectFilled(ImVec2(a.x, a.y + lift * 0.4f), ImVec2(b.x, b.y + lift * 0.4f),
                        colours::shadow, rounding);
    draw->AddRectFilled(a, b, note_fill(rgb), rounding);
    draw->AddRect(a, b, note_edge(rgb), rounding, 0, 1.0f * scale);
    if (state.selected) {
        const float out = 3 * scale;
        draw->AddRect(ImVec2(a.x - out, a.y - out), ImVec2(b.x + out, b.y + out), colours::accent,
                      rounding + out, 0, 3.0f * scale);
    }

    const float pad = kNotePadding * scale;
    const float inner_width = size.x - 2 * pad;
    draw->PushClipRect(a, b, true);
    draw->AddText(look.font, look.font->FontSize, ImVec2(a.x + pad, a.y + pad), colours::note_text,
                  note.text.value.data(), note.text.value.data() + note.text.value.size(),
                  inner_width);
    if (!look.byline.empty()) {
        const float y = b.y - pad - fonts.caption->FontSize;
        draw->AddText(fonts.caption, fonts.caption->FontSize, ImVec2(a.x + pad, y),
                      colours::note_meta, look.byline.c_str());
    }
    draw->PopClipRect();
}

}  // namespace hostspace::gui
