#include "app/gui/projector/projector_text.hpp"

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cfloat>
#include <cstring>

#include "app/gui/board/note_paint.hpp"
#include "app/gui/text/glyph_atlas.hpp"
#include "app/gui/text/shown_text.hpp"

namespace hostspace::gui {
namespace {

constexpr float kFloorPx = 8;

GlyphCount* counting = nullptr;  // the projector draws on one thread, one frame at a time
constexpr float kShrinkStep = 0.88f;

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

const char* next_utf8(const char* s, const char* end) {
    ++s;
    while (s < end && (static_cast<unsigned char>(*s) & 0xC0) == 0x80) ++s;
    return s;
}

}  // namespace

GlyphCount::GlyphCount() : outer_(counting) {
    counting = this;
}

GlyphCount::~GlyphCount() {
    counting = outer_;
}

void count_missing_glyphs(ImFont* font, const char* begin, const char* end) {
    if (!counting || !font) return;
    int missing = 0;
    for (const char* s = begin; s < end;) {
        unsigned int c = 0;
        const int bytes = ImTextCharFromUtf8(&c, s, end);
        s += bytes > 0 ? bytes : 1;
        if (c < 0x20) continue;  // line breaks and tabs are laid out, not drawn
        // A character beyond the atlas's 16-bit range is drawn as the fallback too.
        // So is a character no installed font has, drawn as a box with its code point.
        if (c > IM_UNICODE_CODEPOINT_MAX || !draws_glyph(font, static_cast<ImWchar>(c))) {
            ++missing;
        }
    }
    counting->add(missing);
}

void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour,
               const char* begin, const char* end) {
    if (!end) end = begin + std::strlen(begin);
    draw_shown_text(draw, font, size, at, colour,
                    shown(std::string_view(begin, static_cast<std::size_t>(end - begin))));
}

void draw_shown_text(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour,
                     std::string_view drawn) {
    count_missing_glyphs(font, drawn.data(), drawn.data() + drawn.size());
    draw->AddText(font, size, at, colour, drawn.data(), drawn.data() + drawn.size());
}

float text_width(ImFont* font, float size, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

TextBlock wrap_text(const std::string& text, ImFont* font, float size, float width) {
    TextBlock block;
    block.font = font;
    block.size = size;
    const float scale = size / font->FontSize;
    const char* s = text.data();
    const char* const end = s + text.size();
    while (s < end) {
        const char* paragraph_end = std::find(s, end, '\n');
        if (s == paragraph_end) block.lines.push_back(TextLine{s, s, 0});  // an empty line
        while (s < paragraph_end) {
            // ImGui's own word wrap, one paragraph at a time (it does not stop at '\n').
            const char* eol = font->CalcWordWrapPositionA(scale, s, paragraph_end, width);
            if (eol <= s) eol = next_utf8(s, paragraph_end);  // not even one character fits
            const char* trimmed = eol;
            while (trimmed > s && is_blank(trimmed[-1])) --trimmed;
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0, s, trimmed).x;
            block.lines.push_back(TextLine{s, trimmed, w});
            block.width = std::max(block.width, w);
            s = eol;
            while (s < paragraph_end && is_blank(*s)) ++s;
        }
        s = paragraph_end < end ? paragraph_end + 1 : end;
    }
    block.height = static_cast<float>(block.lines.size()) * size;
    return block;
}

TextBlock fit_text(const std::string& text, ImFont* const* fonts, int count, ImVec2 box) {
    TextBlock block;
    for (int i = 0; i < count; ++i) {
        block = wrap_text(text, fonts[i], fonts[i]->FontSize, box.x);
        if (block.height <= box.y && block.width <= box.x) return block;
    }
    ImFont* smallest = fonts[count - 1];
    for (float size = smallest->FontSize * kShrinkStep; size >= kFloorPx; size *= kShrinkStep) {
        block = wrap_text(text, smallest, size, box.x);
        if (block.height <= box.y && block.width <= box.x) return block;
    }
    return block;
}

void draw_text_block(ImDrawList* draw, const TextBlock& block, float x, float top, bool centred,
                     ImU32 colour) {
    float y = top;
    for (const TextLine& line : block.lines) {
        const float left = centred ? x - line.width / 2 : x;
        draw_text(draw, block.font, block.size, ImVec2(left, y), colour, line.begin, line.end);
        y += block.size;
    }
}

std::string fit_line(const std::string& text, ImFont* font, float width, float min_share,
                     float& size) {
    size = font->FontSize;
    const float full = text_width(font, size, text);
    if (full <= width) return text;
    size = std::max(font->FontSize * min_share, font->FontSize * width / full);
    if (text_width(font, size, text) <= width) return text;
    // fit_with_ellipsis measures at the font's own size: ask it for the width scaled back.
    return fit_with_ellipsis(font, text, width * font->FontSize / size);
}

}  // namespace hostspace::gui
