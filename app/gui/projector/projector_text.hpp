#pragma once
// Text for a screen read from across a room: wrapped and centred, shrunk until it fits its
// box rather than clipped, titles kept to one line.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace hostspace::gui {

struct TextLine {
    const char* begin;
    const char* end;
    float width;  // pixels at the block's size
};

// A block of text laid out at one font and size.
struct TextBlock {
    ImFont* font = nullptr;
    float size = 0;  // pixels; at most font->FontSize (smaller draws are scaled down)
    std::vector<TextLine> lines;
    float width = 0;   // widest line
    float height = 0;  // lines x size
};

// `text` wrapped to `width` at `font` drawn `size` pixels tall; explicit line breaks kept.
// The lines point into `text`, which must outlive the block.
TextBlock wrap_text(const std::string& text, ImFont* font, float size, float width);

// The largest of `fonts` (largest first) at which `text` wrapped to box.x is no taller than
// box.y; if none is, the smallest drawn smaller step by step until it fits, so the text is
// never clipped (down to a floor of 8 pixels).
TextBlock fit_text(const std::string& text, ImFont* const* fonts, int count, ImVec2 box);

// Draws the block with its top at `top`, each line centred on `centre_x` (or starting at
// `left` when `centred` is false).
void draw_text_block(ImDrawList* draw, const TextBlock& block, float x, float top, bool centred,
                     ImU32 colour);

// One line of `text` at `font`: full size if it fits `width`, else scaled down to at most
// `min_share` of it, then cut with "…". Returns the text to draw and sets `size`.
std::string fit_line(const std::string& text, ImFont* font, float width, float min_share,
                     float& size);

// Width of `text` at `font` drawn `size` pixels tall.
float text_width(ImFont* font, float size, const std::string& text);

// Every text the projector draws goes through draw_text (or, for a note's text drawn by the
// board's painter, count_missing_glyphs), so that while a GlyphCount is alive the characters
// its font's atlas lacks are counted: ImGui would draw a "?" in their place. The draw log
// reports the count (missing_glyphs), which must be 0.
class GlyphCount {
  public:
    GlyphCount();
    ~GlyphCount();
    GlyphCount(const GlyphCount&) = delete;
    GlyphCount& operator=(const GlyphCount&) = delete;
    int missing() const { return missing_; }
    void add(int count) { missing_ += count; }

  private:
    int missing_ = 0;
    GlyphCount* outer_ = nullptr;
};
void count_missing_glyphs(ImFont* font, const char* begin, const char* end);
// Draws typed text as the room reads it (app/gui/text/shown_text.hpp: right-to-left lines in
// visual order, Indic runs shaped), counting missing glyphs for the draw log.
void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour,
               const char* begin, const char* end = nullptr);
// The same for text already in its drawn form (shown_line).
void draw_shown_text(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour,
                     std::string_view drawn);

}  // namespace hostspace::gui
