#pragma once
// Where a purpose draft started from the board gets its raw material: the notes selected there,
// or else the theme picked by its title (the theme and its notes). The draft keeps these ids as
// its sources.
#include <string>
#include <vector>

#include "core/board/board.hpp"
#include "core/board/selection.hpp"

namespace hostspace {

// The selected live notes in board order; with none selected, theme_sources() of
// `picked_theme` (empty when it is "" or missing). Empty: nothing on the board to start from.
std::vector<std::string> board_pick_sources(const Board& board, const BoardSelection& selection,
                                            const std::string& picked_theme);

}  // namespace hostspace
