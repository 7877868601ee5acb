#pragma once
// The board as the canvas needs it, kept between frames: the layout, a grid over the notes for
// culling and hit-testing, and each note's measured text. It is rebuilt only when the session
// changes (a new op folded in moves its op count or Lamport clock), not every frame.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/gui/board/board_layout.hpp"
#include "app/gui/board/board_minimap.hpp"
#include "app/gui/board/note_text_cache.hpp"
#include "core/board/rect_grid.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

class BoardCanvasCache {
  public:
    // Lays the board out again if the session or the fonts' scale changed; true if it did.
    bool refresh(const Session& session, const Fonts& fonts, float scale);

    const BoardLayout& layout() const { return layout_; }
    // Over layout().notes[i].rect, index for index.
    const RectGrid& note_grid() const { return grid_; }
    // The layout index of note `id`, or -1 (deleted or unknown).
    int index_of(const Board& board, const std::string& id) const;
    // Goes up with every rebuild.
    std::uint64_t revision() const { return revision_; }
    // The dots a note or group has in the newest voting round, once its results may be shown
    // (0 otherwise): the board's badges.
    int dots_on(const std::string& item_id) const;

    // Reused by each frame's culling, so a frame allocates nothing for it.
    std::vector<std::uint32_t> visible;
    // The overview's picture of a large board (board_minimap.hpp).
    MinimapRaster minimap;

  private:
    std::unordered_map<std::string, int> dots_;
    struct Key {
        SessionVersion version;
        float scale = 0;
        const void* font = nullptr;
        bool operator==(const Key& o) const {
            return version == o.version && scale == o.scale && font == o.font;
        }
    };
    Key key_;
    NoteTextCache texts_;
    BoardLayout layout_;
    RectGrid grid_;
    std::vector<int> layout_of_board_;  // board note index -> layout index, or -1
    std::uint64_t revision_ = 0;
};

}  // namespace hostspace::gui
