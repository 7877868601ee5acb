// The canvas's plain logic: view maths, the hit-test grid and the selection.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>

#include "core/board/canvas_view.hpp"
#include "core/board/rect_grid.hpp"
#include "core/board/selection.hpp"
#include "core/session/session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

CanvasMapping mapping(CanvasView view, float scale = 2) {
    return CanvasMapping{Vec2{100, 50}, Vec2{800, 600}, scale, view};
}

bool near(float a, float b) {
    return std::abs(a - b) < 1e-3f;
}

}  // namespace

TEST_CASE("a mapping turns board points into pixels and back", "[canvas]") {
    const CanvasMapping m = mapping(CanvasView{Vec2{10, 20}, 1.5f});
    CHECK(m.pixels_per_unit() == 3);
    const Vec2 screen = m.to_screen(Vec2{30, 40});
    CHECK(screen.x == 100 + 20 * 3);
    CHECK(screen.y == 50 + 20 * 3);
    const Vec2 back = m.to_board(screen);
    CHECK(near(back.x, 30));
    CHECK(near(back.y, 40));
    const Rect r = m.to_screen(Rect{10, 20, 5, 6});
    CHECK(r.x == 100);
    CHECK(r.y == 50);
    CHECK(r.w == 15);
    CHECK(r.h == 18);
    const Rect seen = m.visible();
    CHECK(seen.x == 10);
    CHECK(seen.y == 20);
    CHECK(near(seen.w, 800.0f / 3));
    CHECK(near(seen.h, 200));
}

TEST_CASE("zoom is clamped and survives nonsense", "[canvas]") {
    CHECK(clamp_zoom(1.2f) == 1.2f);
    CHECK(clamp_zoom(0.01f) == kMinZoom);
    CHECK(clamp_zoom(50) == kMaxZoom);
    CHECK(clamp_zoom(std::numeric_limits<float>::quiet_NaN()) == 1);
    CHECK(clamp_zoom(std::numeric_limits<float>::infinity()) == 1);
}

TEST_CASE("a point is inside a rectangle's half-open area", "[canvas]") {
    const Rect r{0, 0, 10, 10};
    CHECK(contains(r, Vec2{0, 0}));
    CHECK(contains(r, Vec2{9.9f, 9.9f}));
    CHECK_FALSE(contains(r, Vec2{10, 5}));
    CHECK_FALSE(contains(r, Vec2{-0.1f, 5}));
}

TEST_CASE("zooming about a point keeps that point under the pointer", "[canvas]") {
    const CanvasView start{Vec2{-24, -24}, 1};
    const Vec2 anchor{300, 200};
    const Vec2 before = mapping(start).to_board(Vec2{100 + anchor.x, 50 + anchor.y});
    const CanvasView zoomed = zoom_about(start, 2, anchor, 2.5f);
    CHECK(zoomed.zoom == 2.5f);
    const Vec2 after = mapping(zoomed).to_board(Vec2{100 + anchor.x, 50 + anchor.y});
    CHECK(near(before.x, after.x));
    CHECK(near(before.y, after.y));
    // Beyond the limit the zoom stops at it, and the anchor still holds.
    const CanvasView far = zoom_about(start, 2, anchor, 100);
    CHECK(far.zoom == kMaxZoom);
    const Vec2 held = mapping(far).to_board(Vec2{100 + anchor.x, 50 + anchor.y});
    CHECK(near(before.x, held.x));
}

TEST_CASE("panning moves the board with the pointer at any zoom", "[canvas]") {
    const CanvasView start{Vec2{0, 0}, 0.5f};
    const CanvasView moved = pan_by(start, 2, Vec2{10, -20});
    // 10 pixels right at 1 pixel per unit shows board 10 units further left.
    CHECK(moved.offset.x == -10);
    CHECK(moved.offset.y == 20);
    CHECK(moved.zoom == 0.5f);
}

TEST_CASE("fitting shows all the content, centred, never above 100 %", "[canvas]") {
    const Vec2 size{800, 600};
    SECTION("a large board is zoomed out to fit inside the margin") {
        const Rect content{0, 0, 4000, 1000};
        const CanvasView v = fit_view(content, size, 1, 20);
        CHECK(near(v.zoom, 760.0f / 4000));
        const CanvasMapping m{Vec2{0, 0}, size, 1, v};
        const Rect r = m.to_screen(content);
        CHECK(r.x >= 20 - 1e-3f);
        CHECK(r.right() <= 780 + 1e-3f);
        CHECK(near(r.y + r.h / 2, 300));  // centred vertically
    }
    SECTION("a few notes are not blown up") {
        const CanvasView v = fit_view(Rect{50, 50, 100, 100}, size, 1, 20);
        CHECK(v.zoom == 1);
        const CanvasMapping m{Vec2{0, 0}, size, 1, v};
        const Vec2 centre = m.to_screen(Vec2{100, 100});
        CHECK(near(centre.x, 400));
        CHECK(near(centre.y, 300));
    }
    SECTION("an empty board gives the default view") {
        const CanvasView v = fit_view(Rect{}, size, 1, 20);
        CHECK(v.zoom == 1);
        CHECK(v.offset.x == -kBoardMargin);
    }
    SECTION("a board too big even at the smallest zoom stops at it") {
        CHECK(fit_view(Rect{0, 0, 1e6f, 10}, size, 1, 20).zoom == kMinZoom);
    }
}

TEST_CASE("revealing a rectangle pans as little as needed", "[canvas]") {
    const Vec2 size{400, 300};
    const CanvasView start{Vec2{0, 0}, 1};
    SECTION("already in sight: unchanged") {
        const CanvasView v = reveal_rect(start, Rect{50, 50, 100, 100}, size, 1, 10);
        CHECK(v.offset.x == 0);
        CHECK(v.offset.y == 0);
    }
    SECTION("off to the right and below: its far edges come just into sight") {
        const CanvasView v = reveal_rect(start, Rect{500, 400, 100, 50}, size, 1, 10);
        CHECK(v.offset.x == 600 + 10 - 400);
        CHECK(v.offset.y == 450 + 10 - 300);
    }
    SECTION("off to the left: its near edge comes into sight") {
        const CanvasView v = reveal_rect(start, Rect{-300, 20, 100, 50}, size, 1, 10);
        CHECK(v.offset.x == -310);
        CHECK(v.offset.y == 0);
    }
    SECTION("larger than the canvas: its top-left corner wins") {
        const CanvasView v = reveal_rect(start, Rect{1000, 1000, 900, 900}, size, 1, 10);
        CHECK(v.offset.x == 990);
        CHECK(v.offset.y == 990);
    }
}

TEST_CASE("centring puts a board point in the middle of the canvas", "[canvas]") {
    const CanvasView v = centre_on(CanvasView{Vec2{0, 0}, 2}, Vec2{500, 300}, Vec2{800, 600}, 1);
    CHECK(v.zoom == 2);
    const CanvasMapping m{Vec2{0, 0}, Vec2{800, 600}, 1, v};
    const Vec2 p = m.to_screen(Vec2{500, 300});
    CHECK(near(p.x, 400));
    CHECK(near(p.y, 300));
}

TEST_CASE("the grid finds the same rectangles as checking them all", "[canvas][rect_grid]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> at(-5000, 20000), side(1, 400);
    std::vector<Rect> rects;
    for (int i = 0; i < 3000; ++i)
        rects.push_back(Rect{at(random), at(random), side(random), side(random)});
    rects.push_back(Rect{-2e5f, 3e5f, 10, 10});  // a note far away by a stray op
    rects.push_back(Rect{std::numeric_limits<float>::quiet_NaN(), 0, 10, 10});  // never found
    RectGrid grid;
    grid.build(rects);
    REQUIRE(grid.size() == rects.size());
    std::vector<std::uint32_t> found;
    for (int q = 0; q < 200; ++q) {
        const Rect area{at(random), at(random), side(random) * 5, side(random) * 5};
        grid.query(area, found);
        std::vector<std::uint32_t> expected;
        for (std::uint32_t i = 0; i < rects.size(); ++i) {
            if (rects[i].overlaps(area)) expected.push_back(i);
        }
        REQUIRE(found == expected);  // ascending: the paint order
    }
    grid.query(Rect{-2e5f, 3e5f, 1, 1}, found);
    CHECK(found == std::vector<std::uint32_t>{3000});
}

TEST_CASE("the grid picks the top-most rectangle under a point", "[canvas][rect_grid]") {
    RectGrid grid;
    grid.build({Rect{0, 0, 100, 100}, Rect{50, 50, 100, 100}, Rect{500, 500, 10, 10}});
    CHECK(grid.top_most_at(Vec2{60, 60}) == 1);
    CHECK(grid.top_most_at(Vec2{60, 60}, 1) == 0);  // skipping the one being dragged
    CHECK(grid.top_most_at(Vec2{10, 10}) == 0);
    CHECK(grid.top_most_at(Vec2{300, 300}) == -1);
    CHECK(grid.top_most_at(Vec2{-10, -10}) == -1);
    CHECK(grid.rect(2).x == 500);
}

TEST_CASE("an empty grid finds nothing", "[canvas][rect_grid]") {
    RectGrid grid;
    grid.build({});
    std::vector<std::uint32_t> found{9};
    grid.query(Rect{0, 0, 100, 100}, found);
    CHECK(found.empty());
    CHECK(grid.top_most_at(Vec2{0, 0}) == -1);
}

TEST_CASE("the selection keeps a set of notes and a primary one", "[canvas][selection]") {
    BoardSelection s;
    CHECK(s.empty());
    const auto r0 = s.revision();
    s.select_only("a");
    CHECK(s.size() == 1);
    CHECK(s.primary() == "a");
    CHECK(s.revision() > r0);
    const auto r1 = s.revision();
    s.select_only("a");  // the same pick again is no change
    CHECK(s.revision() == r1);

    s.toggle("b");
    CHECK(s.contains("b"));
    CHECK(s.primary() == "b");
    s.toggle("b");
    CHECK_FALSE(s.contains("b"));
    CHECK(s.primary() == "a");

    s.add("c");
    CHECK(s.size() == 2);
    CHECK(s.primary() == "a");  // adding keeps the primary

    s.assign({"x", "y"});
    CHECK(s.size() == 2);
    CHECK(s.primary() == "x");
    s.assign({});
    CHECK(s.empty());
    CHECK(s.primary().empty());

    s.assign({"a"});
    const auto r2 = s.revision();
    s.clear();
    CHECK(s.empty());
    CHECK(s.revision() > r2);
}

TEST_CASE("the selection lets go of notes that are gone", "[canvas][selection]") {
    BoardSelection s;
    s.assign({"a", "b", "c"});
    const auto before = s.revision();
    s.prune([](const std::string& id) { return id == "a"; });
    CHECK(s.size() == 2);
    CHECK_FALSE(s.contains("a"));
    CHECK((s.primary() == "b" || s.primary() == "c"));
    CHECK(s.revision() == before);  // not the user's pick: the agenda keeps the keys
}

TEST_CASE("the selection lists live notes in board order", "[canvas][selection]") {
    const Session session =
        fold({make_op(kDeviceA, 1, 1, AddNote{"n1", "one", "", "", "", "", {0, 0}}),
              make_op(kDeviceA, 2, 2, AddNote{"n2", "two", "", "", "", "", {0, 0}}),
              make_op(kDeviceA, 3, 3, AddNote{"n3", "three", "", "", "", "", {0, 0}}),
              make_op(kDeviceA, 4, 4, DeleteNote{"n2"})});
    BoardSelection s;
    s.assign({"n3", "ghost", "n2", "n1"});
    CHECK(s.in_board_order(session.board) == std::vector<std::string>{"n1", "n3"});
}
