#pragma once
// Where everything goes on the board picture. The board is drawn as the room arranged it: each
// note at its stored position and each theme's title band at the theme's, the whole fitted to
// the picture's width. The app draws a note taller when its text needs it, and so does the
// picture; so that no card covers the one below it, a theme's row of notes is moved down by as
// much as the tallest thing above it in its columns grew, and everything below it on the board
// moves down with it. Cards that were stacked on one another on the board come apart the same way.
//
// Readable size rule. Note text is never drawn under 18 px, and a card's text column must hold
// about 12 average characters a line at that size (6.6 em, 119 px); a card is 156 board units
// wide inside its padding, so the board must be drawn at >= 0.76 px per unit: at 2400 px a board
// up to about 3000 units wide (an arranged board is 2600 wide plus its last theme). The picture
// is at most 16,000 px tall (ImageMagick's default limit is 16,384; 2400 x 16,000 RGB is 154 MB,
// and wider pictures keep that area), so the notes must fit that height too.
//   - cards:       the rule holds: every note with its whole text and author.
//   - small_cards: it does not, but the board fits at >= 0.3 px per unit (cards 54 x 36 px, text
//                  >= 10 px): the notes as small cards, text cut with an ellipsis, no authors.
//   - summary:     not even that: the themes as tiles with their note and dot counts.
#include <string>
#include <vector>

#include "core/board/geometry.hpp"
#include "core/export/board_png_look.hpp"
#include "core/export/harvest_document.hpp"

namespace hostspace::doc::png {

inline constexpr int kMinWidth = 2400;
inline constexpr int kMaxWidth = 8000;
inline constexpr double kMaxHeight = 16000;
inline constexpr double kMaxArea = 2400.0 * 16000.0;
inline constexpr double kMinCardScale = 0.76;  // the readable size rule above
inline constexpr double kMinSmallScale = 0.3;  // small cards still show a word or two
inline constexpr double kMaxScale = 1.5;       // a few notes are not blown up to fill the width

enum class BoardMode { empty, cards, small_cards, summary };
const char* mode_name(BoardMode mode);

struct Tile {
    std::string title, count, colour;
    Rect at;
};

struct BoardPlan {
    BoardMode mode = BoardMode::empty;
    int width = 0, height = 0;
    double margin = 0;
    double title_px = 0, subtitle_px = 0;
    std::string subtitle;
    double board_top = 0;       // below the title and subtitle
    ItemLook look;              // cards modes
    std::vector<Rect> cards;    // cards modes: per note of the picture, in its order
    std::vector<Rect> headers;  // cards modes: per theme, its title band
    std::vector<Rect> frames;   // cards modes: per theme, round its title band and notes
    std::vector<Tile> tiles;    // summary
    double tile_title_px = 0, tile_count_px = 0;
};

class TextKit;
BoardPlan plan_board_picture(const BoardPicture& board, int width_px, const TextKit& kit);
// The same with text measured by a TextKit of its own.
BoardPlan plan_board_picture(const BoardPicture& board, int width_px);

// Items at board rects `units` (x, y, w used) with drawn heights `heights` (px), at `scale` px
// per unit, the board point `from` at picture point `to`: the rects on the picture, moved down
// as the comment at the top says, `gap` px kept between one thing and the next below it. Items
// of one `groups` value (a theme; -1: the notes in none) at the same height move together. Pure.
std::vector<Rect> place_items(const std::vector<Rect>& units, const std::vector<double>& heights,
                              const std::vector<int>& groups, double scale, Vec2 from, Vec2 to,
                              double gap, int width);

}  // namespace hostspace::doc::png
