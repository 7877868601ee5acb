#include <catch2/catch.hpp>

#include "core/session/history.hpp"

using namespace hostspace;

namespace {
std::vector<OpPayload> step(const std::string& id) {
    return {DeleteNote{id}};
}
std::string id_of(const std::vector<OpPayload>& s) {
    return std::get<DeleteNote>(s.at(0)).id;
}
}  // namespace

TEST_CASE("undo takes the newest step, redo gives back what undo stored", "[history]") {
    UndoHistory h;
    CHECK_FALSE(h.can_undo());
    CHECK(h.take_undo().empty());
    h.record(step("a"));
    h.record(step("b"));
    CHECK(h.undo_depth() == 2);
    CHECK(id_of(h.take_undo()) == "b");
    h.push_redo(step("b-again"));
    CHECK(h.can_redo());
    CHECK(id_of(h.take_redo()) == "b-again");
    h.push_undo(step("b2"));
    CHECK(id_of(h.take_undo()) == "b2");
    CHECK(id_of(h.take_undo()) == "a");
    CHECK_FALSE(h.can_undo());
}

TEST_CASE("a new change clears redo; empty steps are not recorded", "[history]") {
    UndoHistory h;
    h.record(step("a"));
    h.take_undo();
    h.push_redo(step("a"));
    h.record({});
    CHECK(h.can_redo());  // an empty change does not count as a change
    h.record(step("c"));
    CHECK_FALSE(h.can_redo());
    CHECK(h.take_redo().empty());
}

TEST_CASE("history keeps at least a thousand levels and drops the oldest past its cap",
          "[history]") {
    UndoHistory h(1500);
    for (int i = 0; i < 2000; ++i) h.record(step(std::to_string(i)));
    CHECK(h.undo_depth() == 1500);
    std::string last;
    while (h.can_undo()) last = id_of(h.take_undo());
    CHECK(last == "500");
    CHECK(UndoHistory().undo_depth() == 0);
}
