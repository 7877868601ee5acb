#pragma once
// Sizes and what a card shows on the board picture, without Pango's types, so the tests (which
// do not see Pango's headers) can check them.
#include <string>

#include "core/board/geometry.hpp"
#include "core/export/harvest_document.hpp"

namespace hostspace::doc::png {

// Sizes in pixels for one scale (pixels per board unit). `small`: the notes as small cards, their
// text cut to what fits with an ellipsis and no author (the notes appendix has it all).
struct ItemLook {
    bool small = false;
    double scale = 1;
    double note_px = 18;    // note text
    double author_px = 15;  // authors, counts, badges
    double title_px = 22;   // theme titles
    double pad = 12;        // inside a card or a title band
    double card_width = kNoteWidth;
    double card_min_height = kNoteHeight;
    double header_min_height = kGroupTitleBand;
    double frame_margin = kGroupMargin;  // a theme's frame round its title band and notes
    double gap = kNoteGap;               // kept between two things one above the other
};
ItemLook item_look(bool small, double scale);

// "1 note", "10,000 notes".
std::string count_of(long long n, const char* one, const char* many);
// "12 notes · 3 dots": a theme's count line.
std::string theme_count_text(int notes, int dots);

// What a card's text layouts hold, as the picture lays them out.
struct CardShown {
    std::string text, author;  // as passed to Pango
    bool cut = false;          // the text ends in an ellipsis
    double text_width = 0;     // px, the widest line
    double height = 0;         // px, the card's
};
CardShown card_shown(const BoardCard& card, const ItemLook& look);

// How many characters of `text` no installed font could draw (each would be a "tofu" box).
int missing_glyphs(const std::string& text);

}  // namespace hostspace::doc::png
