#pragma once
// The board as a projector shows it: each theme a box holding its notes in a grid of its own,
// the boxes flowed in reading order into rows across a screen of a given shape, at the largest
// size at which everything fits, then spread so the boxes fill the screen rather than a band
// across its middle. Pure maths in layout units (a note is `note_width` wide; the board's own
// units): the projector measures the notes' text, calls this, and draws.
#include <functional>
#include <vector>

#include "core/board/geometry.hpp"

namespace hostspace {

struct FlowSpacing {
    float note_width = kNoteWidth;
    float note_gap = 12;      // between a theme's notes, across and down
    float padding = 12;       // inside a box, around its title and its notes
    float title_height = 40;  // a titled box's title band
    float block_gap = 20;     // between boxes, across and down
};

// One theme (or the notes in none) to lay out.
struct FlowBlockSpec {
    bool titled = true;
    float title_width = 0;            // the title's text (a box is at least this wide inside)
    std::vector<float> note_heights;  // each note's height, in reading order
    float empty_height = 0;           // the body of a box without notes (a collapsed theme's count)
};

struct FlowBlock {
    Rect box;                 // the whole box, title band and padding included
    Rect title;               // where the title goes (zero height when untitled)
    Rect body;                // below the title: the notes, or a box without notes' empty body
    std::vector<Rect> notes;  // in the spec's order
    int columns = 0;          // of its grid (0 without notes)
};

struct FlowLayout {
    std::vector<FlowBlock> blocks;  // in the specs' order
    Rect extent;                    // the room in units, from (0, 0); every box lies inside
    float scale = 0;                // pixels per unit: the room is extent.w * scale pixels wide
    int rows = 0;                   // rows of boxes
};

// Lays `blocks` out for a room of `room` pixels. Tries grids of 1, 2, 3... columns for every
// box (a box never has more columns than notes) and every way of breaking the boxes into rows
// in order, and keeps the one with the largest scale (pixels per unit) at which it fits the
// room. `max_scale` caps the scale (a few notes are not drawn a screen tall); below the cap the
// boxes are then stretched to fill the room (each row to the room's width, the rows to its
// height, a box's notes centred across it); at the cap the layout is centred instead. No
// blocks, or a room without area: an empty layout with scale 0.
FlowLayout flow_blocks(const std::vector<FlowBlockSpec>& blocks, const FlowSpacing& spacing,
                       Vec2 room, float max_scale);

// The largest text that fits: text set at a fixed size in layout units is drawn that size
// times the scale, so the note width (of `widths`) whose layout has the largest scale gives the
// largest text. Narrow notes wrap a text into more lines, wide ones leave room unused; which
// wins depends on the texts and the screen. `blocks_at(width)` gives the blocks with every
// note measured at that width. A note is never more than `widest_share` of the room's width.
// Of equal scales the narrower width wins. No widths: an empty choice (scale 0).
struct FlowChoice {
    float note_width = 0;
    FlowLayout layout;
};
FlowChoice flow_largest_text(const std::vector<float>& widths,
                             const std::function<std::vector<FlowBlockSpec>(float)>& blocks_at,
                             FlowSpacing spacing, Vec2 room, float widest_share);

}  // namespace hostspace
