#pragma once
// A note's text as the projector writes it: every note in the body size, however long (the
// note grows taller instead of its text smaller, so the whole wall reads at one size), with
// its byline (author · organisation) under it unless authors are hidden. Kept per note id and
// measured again only when the note's text or byline, or the fonts' scale, change.
#include <memory>
#include <string>
#include <unordered_map>

#include "app/gui/board/note_text_cache.hpp"
#include "app/gui/shell/fonts.hpp"
#include "core/board/board.hpp"

namespace hostspace::gui {

// `scale`: pixels per board unit of `fonts`; `width`: the note's width in board units (the
// projector picks the width that gives the largest text). The height is in board units: the
// text's lines, the byline and the padding, at least two lines' worth.
NoteText lay_out_projector_note(const Note& note, const Fonts& fonts, float scale, bool bylines,
                                float width);

// The texts of notes `width` board units wide.
class ProjectorNoteTexts {
  public:
    explicit ProjectorNoteTexts(float width) : width_(width) {}
    float width() const { return width_; }
    std::shared_ptr<const NoteText> get(const Note& note, const Fonts& fonts, float scale,
                                        bool bylines);
    // Forgets notes not asked for since the last sweep (deleted ones).
    void sweep();

  private:
    struct Entry {
        std::shared_ptr<const NoteText> text;
        bool used = false;
    };
    std::unordered_map<std::string, Entry> entries_;
    float width_;
    float scale_ = 0;
    const void* body_ = nullptr;  // a rebuilt atlas at another size measures differently
    bool bylines_ = true;
};

}  // namespace hostspace::gui
