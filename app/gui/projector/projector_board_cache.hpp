#pragma once
// The projector's Board mode, kept between frames: the board as the room sees it (each theme a
// box of its notes, flowed to fill the screen: core/board/flow_layout.hpp) and each note's fill.
// It is laid out again only when the session changes (a new op folded in moves its op count or
// Lamport clock), the board's anonymity, the board fonts' scale or the screen's size does, not
// every frame: on a wall of 10,000 notes measuring every note's text each frame would cost far
// more than drawing them.
//
// Level of detail: when the whole board fits only with text too small to read (bylines under
// the 6 px the atlas builds any font at, so notes would measure taller than drawn and the
// board shrink frame after frame), notes are laid out at the standard height without measuring
// their text and drawn as coloured cards. That choice is made from the layout at the standard
// height, which no font scale changes, so the picture never flips between the two.
#include <imgui.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/projector/projector_note_text.hpp"
#include "core/board/flow_layout.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

// One theme's box on the projector (or the notes in no theme), in layout units.
struct ProjectorBox {
    const Group* group = nullptr;  // nullptr: the notes in no theme
    std::string title;             // "" for the notes in no theme when there are no themes
    int hidden = 0;                // a collapsed theme's notes, counted, not shown
    FlowBlock block;               // its box, title band and notes' places
};

struct ProjectorNote {
    const Note* note = nullptr;
    std::shared_ptr<const NoteText> text;  // nullptr for a card
    Rect rect;                             // layout units
};

struct ProjectorBoard {
    std::vector<ProjectorBox> boxes;  // reading order
    std::vector<ProjectorNote> notes;
    Rect extent;      // the room in layout units
    float scale = 0;  // pixels per layout unit
};

class ProjectorBoardCache {
  public:
    // Brings the layout up to date for `session` on a screen of `room` pixels, with the board
    // fonts `fonts` built at `font_scale` pixels per board unit.
    void refresh(const Session& session, const Fonts& fonts, float font_scale, ImVec2 room);

    const ProjectorBoard& board() const { return board_; }
    // Notes with their text; false: coloured cards only.
    bool detailed() const { return detailed_; }
    // Each note's fill colour, index for index.
    const std::vector<ImU32>& fills() const { return fills_; }
    // Goes up with every new layout.
    std::uint64_t revision() const { return revision_; }

  private:
    struct Key {
        SessionVersion version;
        bool anonymous = false;
        float font_scale = 0;
        const void* font = nullptr;
        float room_w = 0, room_h = 0;
        bool operator==(const Key& o) const {
            return version == o.version && anonymous == o.anonymous && font_scale == o.font_scale &&
                   font == o.font && room_w == o.room_w && room_h == o.room_h;
        }
    };
    Key key_;
    bool detailed_ = false;
    ProjectorBoard board_;
    std::vector<ImU32> fills_;
    std::uint64_t revision_ = 0;
    // Measured texts, one set per note width tried, so a new op measures only what it changed.
    std::vector<ProjectorNoteTexts> texts_;
};

}  // namespace hostspace::gui
