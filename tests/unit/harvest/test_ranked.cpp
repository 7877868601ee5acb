#include <catch2/catch.hpp>

#include "core/harvest/ranked.hpp"

using namespace hostspace;

TEST_CASE("a move takes a rank between its new neighbours", "[harvest][ranked]") {
    const std::vector<RankedItem> order = {{"a", 1}, {"b", 2}, {"c", 3}};
    auto moves = moves_to_index(order, "c", 0);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].id == "c");
    CHECK(moves[0].rank == 0);
    moves = moves_to_index(order, "a", 1);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].rank == 2.5);
    moves = moves_to_index(order, "a", 99);  // clamped to the end
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].rank == 4);
    CHECK(moves_to_index(order, "b", 1).empty());
    CHECK(moves_to_index(order, "nope", 0).empty());
}

TEST_CASE("no room between neighbours spreads the list out", "[harvest][ranked]") {
    const std::vector<RankedItem> order = {{"a", 1}, {"b", 1}, {"c", 1}};
    const auto moves = moves_to_index(order, "c", 1);
    // a stays at 1; c and b take 2 and 3.
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].id == "c");
    CHECK(moves[0].rank == 2);
    CHECK(moves[1].id == "b");
    CHECK(moves[1].rank == 3);
}

TEST_CASE("items sort by rank, then id; a new rank goes after all", "[harvest][ranked]") {
    std::vector<Draft> drafts(3);
    drafts[0].id = "z";
    drafts[0].rank.value = 1;
    drafts[1].id = "y";
    drafts[1].rank.value = 1;
    drafts[2].id = "x";
    drafts[2].rank.value = 7;
    drafts[2].deleted.value = true;
    const auto live = in_rank_order(drafts, [](const Draft& d) { return !d.deleted.value; });
    REQUIRE(live.size() == 2);
    CHECK(live[0]->id == "y");
    CHECK(live[1]->id == "z");
    CHECK(rank_after(drafts, [](const Draft&) { return true; }) == 8);
    CHECK(rank_after(drafts, [](const Draft& d) { return !d.deleted.value; }) == 2);
    CHECK(rank_after(std::vector<Draft>{}, [](const Draft&) { return true; }) == 0);
}
