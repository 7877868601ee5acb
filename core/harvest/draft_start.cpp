#include "core/harvest/draft_start.hpp"

#include "core/harvest/sources.hpp"

namespace hostspace {

std::vector<std::string> board_pick_sources(const Board& board, const BoardSelection& selection,
                                            const std::string& picked_theme) {
    std::vector<std::string> ids = selection.in_board_order(board);
    if (ids.empty() && !picked_theme.empty()) ids = theme_sources(board, picked_theme);
    return ids;
}

}  // namespace hostspace
