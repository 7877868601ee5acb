#pragma once
// A note's text laid out once: the font that fits, the wrapped lines and the note's height,
// kept per note id and measured again only when its text, author or organisation (or the
// fonts' scale) change. Painting at any zoom then scales these lines; nothing is re-wrapped
// per frame, which is most of what a board of thousands of notes would otherwise cost.
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "core/board/board.hpp"
#include "core/board/soft_wrap.hpp"

struct ImFont;

namespace hostspace::gui {

using NoteLine = std::pair<std::uint32_t, std::uint32_t>;  // [begin, end) bytes of the text

struct NoteText {
    // What was measured: a note whose fields still equal these needs no new layout.
    std::string text, author, organisation;
    std::string byline;           // "Author · Organisation" shortened to fit; may be empty
    std::vector<NoteLine> lines;  // the text as drawn, line by line
    int font = 0;                 // note_font index: the largest that fits
    float height = 0;             // board units: the standard height, or taller for long text
    float scale = 1;              // pixels per board unit of the fonts it was measured with
};

// The note text sizes, largest first: body, body_small, caption.
inline constexpr int kNoteFontCount = 3;
ImFont* note_font(const Fonts& fonts, int index);

// `text` cut into the lines ImGui's word wrap would draw at `width` pixels in `font`.
std::vector<NoteLine> wrap_lines(ImFont* font, const std::string& text, float width);

// Where a text being edited wraps in `font` at `width` pixels (the byte offsets where a line
// starts without a line break before it), as wrap_lines draws it: for editors that keep the
// caret's line as it is seen.
WrapPoints wrap_points(ImFont* font, float width);

// Lays out one note's text with fonts built at `scale` pixels per board unit. Without the
// byline (`bylines` false: authors hidden), the text has the byline's room too.
NoteText lay_out_note_text(const Note& note, const Fonts& fonts, float scale, bool bylines = true);

class NoteTextCache {
  public:
    // `bylines` false: notes laid out without author and organisation (lay_out_note_text).
    explicit NoteTextCache(bool bylines = true) : bylines_(bylines) {}

    // The note's laid-out text, measured now only if it changed since it was last asked for.
    std::shared_ptr<const NoteText> get(const Note& note, const Fonts& fonts, float scale);
    // Forgets notes not asked for since the last sweep (deleted ones).
    void sweep();

  private:
    struct Entry {
        std::shared_ptr<const NoteText> text;
        bool used = false;
    };
    std::unordered_map<std::string, Entry> entries_;
    bool bylines_ = true;
    float scale_ = 0;
    const ImFont* body_ = nullptr;  // a rebuilt atlas at another size measures differently
};

}  // namespace hostspace::gui
