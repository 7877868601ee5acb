#include <catch2/catch.hpp>

#include "core/board/geometry.hpp"
#include "core/session/session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

TEST_CASE("rectangles overlap, grow and unite", "[geometry]") {
    const Rect a{0, 0, 10, 10}, b{5, 5, 10, 10}, far{20, 20, 1, 1};
    CHECK(a.overlaps(b));
    CHECK_FALSE(a.overlaps(far));
    CHECK_FALSE(a.overlaps(Rect{10, 0, 5, 5}));  // touching edges do not overlap
    const Rect u = a.united(far);
    CHECK(u.x == 0);
    CHECK(u.right() == 21);
    CHECK(u.bottom() == 21);
    CHECK(a.grown(2).x == -2);
    CHECK(a.grown(2).w == 14);
}

TEST_CASE("note and group rectangles sit at their positions", "[geometry]") {
    const Session s = fold({make_op(kDeviceA, 1, 1, AddGroup{"g", "T", "", {5, 6}}),
                            make_op(kDeviceA, 2, 2, AddNote{"n", "x", "", "", "", "g", {7, 8}})});
    const Rect note = note_rect(*s.board.find_note("n"));
    CHECK(note.x == 7);
    CHECK(note.y == 8);
    CHECK(note.w == kNoteWidth);
    CHECK(note.h == kNoteHeight);
    const Rect title = group_title_rect(*s.board.find_group("g"));
    CHECK(title.y == 6);
    CHECK(title.h == kGroupTitleBand);
}

TEST_CASE("a free spot is the first grid cell that overlaps nothing", "[geometry]") {
    const float pitch_x = kNoteWidth + kNoteGap, pitch_y = kNoteHeight + kNoteGap;
    CHECK(find_free_spot({}, 4) == Vec2{0, 0});
    const std::vector<Rect> first_taken{{0, 0, kNoteWidth, kNoteHeight}};
    CHECK(find_free_spot(first_taken, 4) == Vec2{pitch_x, 0});
    // A full first row sends it to the second row.
    std::vector<Rect> row;
    for (int i = 0; i < 3; ++i) row.push_back({i * pitch_x, 0, kNoteWidth, kNoteHeight});
    CHECK(find_free_spot(row, 3) == Vec2{0, pitch_y});
    // Something in the gap between two cells blocks the cells on both sides of it.
    CHECK(find_free_spot({{kNoteWidth + 5, 0, 10, 10}}, 3) == Vec2{2 * pitch_x, 0});
    // Half a gap away from a cell leaves that cell free.
    CHECK(find_free_spot({{kNoteWidth + 11, 0, 1, 1}}, 2) == Vec2{0, 0});
    CHECK(find_free_spot({{kNoteWidth + 11, 0, 1, 1}, {0, 0, 1, 1}}, 2) == Vec2{0, pitch_y});
    CHECK(find_free_spot({}, 0) == Vec2{0, 0});  // columns below one count as one
}

namespace {

// The plain search the fast one must agree with: every cell against every rectangle.
hostspace::Vec2 free_spot_by_brute_force(const std::vector<hostspace::Rect>& taken, int columns,
                                         hostspace::Vec2 anchor) {
    using namespace hostspace;
    const float pitch_x = kNoteWidth + kNoteGap, pitch_y = kNoteHeight + kNoteGap;
    for (int cell = 0;; ++cell) {
        const Rect candidate{anchor.x + static_cast<float>(cell % columns) * pitch_x,
                             anchor.y + static_cast<float>(cell / columns) * pitch_y, kNoteWidth,
                             kNoteHeight};
        const Rect with_gap = candidate.grown(kNoteGap / 2 - 0.5f);
        bool free = true;
        for (const Rect& r : taken) free = free && !r.overlaps(with_gap);
        if (free) return Vec2{candidate.x, candidate.y};
    }
}

}  // namespace

TEST_CASE("the free-spot search agrees with checking every cell on a crowded board", "[geometry]") {
    using namespace hostspace;
    std::uint32_t seed = 12345;  // a fixed linear congruential sequence
    auto next = [&seed](int range) {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<float>((seed >> 8) % static_cast<std::uint32_t>(range));
    };
    std::vector<Rect> taken;
    for (int i = 0; i < 3000; ++i) {
        taken.push_back(Rect{next(2400), next(12000), 40 + next(200), 30 + next(400)});
    }
    for (const int columns : {1, 3, 6}) {
        for (const Vec2 anchor : {Vec2{0, 0}, Vec2{500, 2000}, Vec2{2300, 50}}) {
            INFO("columns " << columns << " anchor " << anchor.x << "," << anchor.y);
            CHECK(find_free_spot(taken, columns, anchor) ==
                  free_spot_by_brute_force(taken, columns, anchor));
        }
    }
}
