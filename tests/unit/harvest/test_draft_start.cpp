#include <catch2/catch.hpp>

#include "core/harvest/draft_start.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;

using Ids = std::vector<std::string>;

TEST_CASE("a draft from the board starts from the selected notes, in board order",
          "[harvest][drafts]") {
    HarvestRoom room;
    BoardSelection selection;
    selection.add("n3");
    selection.add("n1");
    // The selected notes win over a picked theme (the board never has both; the notes are
    // what the facilitator picked last).
    CHECK(board_pick_sources(room.session.board, selection, "g2") == Ids{"n1", "n3"});
    // A note deleted since is not raw material.
    room.add(DeleteNote{"n3"});
    CHECK(board_pick_sources(room.session.board, selection, "") == Ids{"n1"});
}

TEST_CASE("a draft from a picked theme keeps the theme and its notes", "[harvest][drafts]") {
    HarvestRoom room;
    const BoardSelection none;
    CHECK(board_pick_sources(room.session.board, none, "g1") == Ids{"g1", "n1", "n2"});
    CHECK(board_pick_sources(room.session.board, none, "").empty());
    CHECK(board_pick_sources(room.session.board, none, "no-such-theme").empty());
}
