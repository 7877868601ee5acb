#include "app/gui/board/board_canvas_cache.hpp"

#include "core/voting/voting_results.hpp"

namespace hostspace::gui {

bool BoardCanvasCache::refresh(const Session& session, const Fonts& fonts, float scale) {
    const Board& board = session.board;
    const Key key{version_of(&session), scale, fonts.body};
    if (revision_ > 0 && key == key_) return false;
    key_ = key;
    ++revision_;
    layout_ = lay_out_board(board, fonts, scale, texts_);
    std::vector<Rect> rects;
    rects.reserve(layout_.notes.size());
    layout_of_board_.assign(board.notes.size(), -1);
    for (std::size_t i = 0; i < layout_.notes.size(); ++i) {
        const PlacedNote& placed = layout_.notes[i];
        rects.push_back(placed.rect);
        layout_of_board_[static_cast<std::size_t>(placed.note - board.notes.data())] =
            static_cast<int>(i);
    }
    grid_.build(rects);
    dots_.clear();
    const VotingRound* round = session.voting.latest_round();
    if (round && round->results_visible()) {
        for (const ItemResult& item : tally_votes(board, *round).ranked) {
            if (item.dots > 0) dots_[item.item_id] = item.dots;
        }
    }
    return true;
}

int BoardCanvasCache::dots_on(const std::string& item_id) const {
    const auto it = dots_.find(item_id);
    return it == dots_.end() ? 0 : it->second;
}

int BoardCanvasCache::index_of(const Board& board, const std::string& id) const {
    const auto it = board.note_index.find(id);
    if (it == board.note_index.end() || it->second >= layout_of_board_.size()) return -1;
    return layout_of_board_[it->second];
}

}  // namespace hostspace::gui
