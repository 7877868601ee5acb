#pragma once
// The projector's Board mode, kept between frames: the board laid out and each note's fill.
// It is laid out again only when the session changes (a new op folded in moves its op count
// or Lamport clock), the board's anonymity, the board fonts' scale or the level of detail does,
// not every frame: on a wall of 10,000 notes measuring every note's text each frame would cost
// far more than drawing them.
//
// Level of detail: when the whole board fits only with note text too small to read (body
// glyphs under about 9 px, projector_board_cache.cpp says why), notes are laid out at the standard
// height without measuring their text and drawn as coloured cards. That choice is made from the
// board's extent at the standard height, which no font scale changes, so the picture never flips
// between the two.
#include <imgui.h>

#include <cstdint>
#include <vector>

#include "app/gui/board/board_layout.hpp"
#include "app/gui/board/note_text_cache.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

// Pixels per board unit that fit `extent` into `room` pixels; however few notes there are, a
// note is at most a quarter of the room's width.
float fit_board_scale(const Rect& extent, ImVec2 room);

class ProjectorBoardCache {
  public:
    // Brings the layout up to date for `session` on a screen of `room` pixels, with the board
    // fonts `fonts` built at `font_scale` pixels per board unit.
    void refresh(const Session& session, const Fonts& fonts, float font_scale, ImVec2 room);

    const BoardLayout& layout() const { return layout_; }
    // Notes with their text; false: coloured cards only.
    bool detailed() const { return detailed_; }
    // Each layout note's fill colour, index for index.
    const std::vector<ImU32>& fills() const { return fills_; }
    // Goes up with every new layout.
    std::uint64_t revision() const { return revision_; }

  private:
    void lay_out_measured(const Board& board, const Fonts& fonts, float font_scale);

    struct Key {
        SessionVersion version;
        bool anonymous = false;
        float font_scale = 0;
        const void* font = nullptr;
        bool operator==(const Key& o) const {
            return version == o.version && anonymous == o.anonymous && font_scale == o.font_scale &&
                   font == o.font;
        }
    };
    Key key_;
    Rect plain_extent_;  // the board at the standard note height: decides the level of detail
    bool detailed_ = false;
    BoardLayout layout_;
    std::vector<ImU32> fills_;
    std::uint64_t revision_ = 0;
    // Measured texts, so a new op measures only the notes it changed: with bylines, and
    // without (authors hidden); the one not in use is kept empty.
    NoteTextCache texts_;
    NoteTextCache anonymous_texts_{false};
};

}  // namespace hostspace::gui
