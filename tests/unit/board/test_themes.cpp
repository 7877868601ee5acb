#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "core/board/geometry.hpp"
#include "core/board/theme_edit.hpp"
#include "core/board/theme_placement.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

constexpr float kPitchX = kNoteWidth + kNoteGap;
constexpr float kPitchY = kNoteHeight + kNoteGap;

struct Step {
    Session state;
    std::vector<OpPayload> inverse;  // as Document records it: each op's inverse, reversed
};

// Applies `ops` as one step, as Document does, keeping the way back.
Step apply_step(Session s, const std::vector<OpPayload>& ops) {
    std::uint64_t seq = s.device_seq[kDeviceA];
    std::vector<std::vector<OpPayload>> steps;
    for (const auto& op : ops) {
        steps.push_back(invert(s, op));
        ++seq;
        apply(s, make_op(kDeviceA, seq, s.max_lamport + 1, op));
    }
    Step out{std::move(s), {}};
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        for (auto& op : *it) out.inverse.push_back(op);
    }
    return out;
}

Session after(Session s, const std::vector<OpPayload>& ops) {
    return apply_step(std::move(s), ops).state;
}

// Everything about the board that an edit or its undo can change, as text. A deleted theme is
// left out: an undone AddGroup leaves a tombstone, which shows nowhere.
std::string summary(const Board& board) {
    std::ostringstream out;
    for (const Group& g : board.groups) {
        if (g.deleted.value) continue;
        out << "group " << g.id << " '" << g.title.value << "' " << g.colour.value << " "
            << g.position.value.x << "," << g.position.value.y << "\n";
    }
    for (const Note& n : board.notes) {
        out << "note " << n.id << " " << n.position.value.x << "," << n.position.value.y << " in '"
            << n.group_id.value << "'" << (n.deleted.value ? " deleted" : "") << "\n";
    }
    return out.str();
}

void check_undo_restores(const Session& before, const std::vector<OpPayload>& ops) {
    const Step done = apply_step(before, ops);
    REQUIRE_FALSE(done.inverse.empty());
    const Session undone = after(done.state, done.inverse);
    CHECK(summary(undone.board) == summary(before.board));
}

Rect rect_of(const Note& note) {
    return note_rect(note);
}

// Three themes side by side as Arrange leaves them, one below, and loose notes.
//   Ideas (0, 0): i1 i2 i3 in its first row      Risks (660, 0): r1
//   Below (0, 250): b1                           loose l1 (1300, 50), l2 (1300, 250), l3 (1300,
//   450)
Session themed_board() {
    std::vector<Op> ops;
    std::uint64_t seq = 0;
    auto add = [&](OpPayload p) {
        ++seq;
        ops.push_back(make_op(kDeviceA, seq, seq, std::move(p)));
    };
    add(AddGroup{"ideas", "Ideas", "", {0, 0}});
    add(AddGroup{"risks", "Risks", "", {660, 0}});
    add(AddGroup{"below", "Below", "", {0, 250}});
    add(AddNote{"i1", "one", "", "", "", "ideas", {0, 50}});
    add(AddNote{"i2", "two", "", "", "", "ideas", {200, 50}});
    add(AddNote{"i3", "three", "", "", "", "ideas", {400, 50}});
    add(AddNote{"r1", "risk", "", "", "", "risks", {660, 50}});
    add(AddNote{"b1", "below", "", "", "", "below", {0, 300}});
    add(AddNote{"l1", "loose 1", "", "", "", "", {1300, 50}});
    add(AddNote{"l2", "loose 2", "", "", "", "", {1300, 250}});
    add(AddNote{"l3", "loose 3", "", "", "", "", {1300, 450}});
    return fold(ops);
}

bool footprints_apart(const Board& board) {
    const std::vector<Rect> fps = board_footprints(board, BoardMeasure{}, {});
    for (std::size_t i = 0; i < fps.size(); ++i) {
        for (std::size_t j = i + 1; j < fps.size(); ++j) {
            if (fps[i].overlaps(fps[j])) return false;
        }
    }
    return true;
}

bool notes_apart(const Board& board) {
    std::vector<Rect> rects;
    for (const Note& n : board.notes) {
        if (!n.deleted.value) rects.push_back(rect_of(n));
    }
    for (std::size_t i = 0; i < rects.size(); ++i) {
        for (std::size_t j = i + 1; j < rects.size(); ++j) {
            if (rects[i].overlaps(rects[j])) return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("a new theme's default title is the next free 'Theme N', and titles are checked",
          "[board][themes]") {
    const Session s = themed_board();
    CHECK(next_theme_title(s.board) == "Theme 4");
    const Session taken = after(s, {AddGroup{"t4", "theme 4", "", {0, 2000}}});
    CHECK(next_theme_title(taken.board) == "Theme 5");  // "theme 4" is taken, in any case
    CHECK(theme_title_problem(s.board, "  ").find("needs a name") != std::string::npos);
    CHECK(theme_title_problem(s.board, "ideas").find("already a theme called \"Ideas\"") !=
          std::string::npos);
    CHECK(theme_title_problem(s.board, " Ideas ", "ideas").empty());  // its own title
    CHECK(theme_title_problem(s.board, "Trust").empty());
    // A deleted theme's title is free again.
    CHECK(theme_title_problem(after(s, {DeleteGroup{"ideas"}}).board, "Ideas").empty());
}

TEST_CASE("a theme from three loose notes: one step, a tidy row under its title, undone whole",
          "[board][themes]") {
    const Session s = themed_board();
    const ThemePlan plan = plan_theme(s.board, {"l3", "l1", "l2", "missing"}, Vec2{1300, 50}, {});
    // Room at the notes' own top-left corner: the notes' places do not count.
    CHECK(plan.position == Vec2{1300, 50});
    REQUIRE(plan.notes == std::vector<std::string>{"l1", "l2", "l3"});  // reading order
    CHECK(plan.cells[0] == Vec2{1300, 100});
    CHECK(plan.cells[1] == Vec2{1300 + kPitchX, 100});
    CHECK(plan.cells[2] == Vec2{1300 + 2 * kPitchX, 100});
    const auto ops = make_theme(s.board, "new", "  Voice  ", plan);
    REQUIRE(std::holds_alternative<AddGroup>(ops.front()));
    CHECK(std::get<AddGroup>(ops.front()).title == "Voice");
    const Session made = after(s, ops);
    CHECK(notes_of_theme(made.board, "new") == std::vector<std::string>{"l1", "l2", "l3"});
    CHECK(made.board.find_note("l2")->position.value == Vec2{1300 + kPitchX, 100});
    CHECK(footprints_apart(made.board));
    check_undo_restores(s, ops);
}

TEST_CASE("a new theme where the notes' corner is taken goes to the nearest free place",
          "[board][themes]") {
    const Session s = themed_board();
    // Two notes of Ideas and l1: their corner (0, 50) is inside Ideas' box, which stays.
    const ThemePlan plan = plan_theme(s.board, {"i2", "l1"}, Vec2{0, 50}, {});
    const Session made = after(s, make_theme(s.board, "t", "T", plan));
    CHECK(footprints_apart(made.board));
    CHECK(notes_apart(made.board));
    CHECK(notes_of_theme(made.board, "t").size() == 2);
    // An empty theme at a free click stays at the click, with room for a first note below.
    const ThemePlan empty = plan_theme(s.board, {}, Vec2{2000, 900}, {});
    CHECK(empty.position == Vec2{2000, 900});
    CHECK(empty.box.h == kGroupTitleBand + kNoteHeight);
    // Near the origin it never goes left of or above it.
    const ThemePlan corner = plan_theme(s.board, {}, Vec2{-50, -50}, {});
    CHECK(corner.position.x >= 0);
    CHECK(corner.position.y >= 0);
}

TEST_CASE("rename, recolour and move a theme, and unchanged edits make no op", "[board][themes]") {
    const Session s = themed_board();
    CHECK(rename_theme(s.board, "ideas", " Ideas ").empty());
    CHECK(rename_theme(s.board, "ideas", "  ").empty());
    CHECK(rename_theme(s.board, "gone", "X").empty());
    const auto rename = rename_theme(s.board, "ideas", " Big ideas ");
    REQUIRE(rename.size() == 1);
    CHECK(after(s, rename).board.find_group("ideas")->title.value == "Big ideas");
    check_undo_restores(s, rename);

    CHECK(recolour_theme(s.board, "ideas", "").empty());
    const auto recolour = recolour_theme(s.board, "ideas", "sky");
    CHECK(after(s, recolour).board.find_group("ideas")->colour.value == "sky");
    check_undo_restores(s, recolour);

    const auto move = move_theme(s.board, "risks", Vec2{10, 20});
    const Session moved = after(s, move);
    CHECK(moved.board.find_group("risks")->position.value == Vec2{670, 20});
    CHECK(moved.board.find_note("r1")->position.value == Vec2{670, 70});
    // Never past the origin: Ideas at (0, 0) cannot go left or up.
    CHECK(move_theme(s.board, "ideas", Vec2{-10, -10}).empty());
}

TEST_CASE(
    "deleting a theme leaves its notes where they are, in no theme, and undo brings both back",
    "[board][themes]") {
    const Session s = themed_board();
    const auto ops = delete_theme(s.board, "ideas");
    REQUIRE(ops.size() == 4);  // three notes out, then the theme
    CHECK(std::holds_alternative<DeleteGroup>(ops.back()));
    const Session deleted = after(s, ops);
    CHECK(deleted.board.find_group("ideas")->deleted.value);
    CHECK(deleted.board.find_note("i1")->group_id.value.empty());
    CHECK(deleted.board.find_note("i1")->position.value == Vec2{0, 50});
    check_undo_restores(s, ops);
    CHECK(delete_theme(deleted.board, "ideas").empty());
}

TEST_CASE("a merge puts the notes in the other theme's free cells and deletes the theme",
          "[board][themes]") {
    const Session s = themed_board();
    const auto ops = merge_themes(s.board, "risks", "below", {});
    const Session merged = after(s, ops);
    CHECK(merged.board.find_group("risks")->deleted.value);
    CHECK(merged.board.find_note("r1")->group_id.value == "below");
    // Below's first free cell: beside b1.
    CHECK(merged.board.find_note("r1")->position.value == Vec2{kPitchX, 300});
    CHECK(footprints_apart(merged.board));
    check_undo_restores(s, ops);
    CHECK(merge_themes(s.board, "ideas", "ideas", {}).empty());
    CHECK(merge_themes(s.board, "ideas", "gone", {}).empty());
}

TEST_CASE("notes dropped on a full theme grow it downward and what lies below moves down",
          "[board][themes]") {
    const Session s = themed_board();
    // Ideas' row is full (three cells); Below sits under it.
    const auto ops = drop_notes_on_theme(s.board, {"l2", "l1", "l3"}, Vec2{-1000, 0}, "ideas", {});
    const Session dropped = after(s, ops);
    CHECK(dropped.board.find_note("l1")->position.value == Vec2{0, 50 + kPitchY});
    CHECK(dropped.board.find_note("l2")->position.value == Vec2{kPitchX, 50 + kPitchY});
    CHECK(dropped.board.find_note("l3")->position.value == Vec2{2 * kPitchX, 50 + kPitchY});
    for (const char* id : {"l1", "l2", "l3"}) {
        CHECK(dropped.board.find_note(id)->group_id.value == "ideas");
    }
    // Below and its note moved down by the same amount, clear of Ideas' grown box.
    const Vec2 below = dropped.board.find_group("below")->position.value;
    CHECK(below.x == 0);
    CHECK(below.y > 250);
    CHECK(dropped.board.find_note("b1")->position.value.y - below.y == 50);
    // Risks, beside Ideas, stays.
    CHECK(dropped.board.find_group("risks")->position.value == Vec2{660, 0});
    CHECK(footprints_apart(dropped.board));
    CHECK(notes_apart(dropped.board));
    check_undo_restores(s, ops);
}

TEST_CASE("a theme's grid widens only into free room beside it", "[board][themes]") {
    // Narrow (0, 0) with one note; Next right beside it (260, 0), as Arrange places them.
    const Session s = fold({
        make_op(kDeviceA, 1, 1, AddGroup{"narrow", "Narrow", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddGroup{"next", "Next", "", {260, 0}}),
        make_op(kDeviceA, 3, 3, AddNote{"n1", "a", "", "", "", "narrow", {0, 50}}),
        make_op(kDeviceA, 4, 4, AddNote{"x1", "b", "", "", "", "next", {260, 50}}),
        make_op(kDeviceA, 5, 5, AddNote{"l1", "c", "", "", "", "", {0, 900}}),
        make_op(kDeviceA, 6, 6, AddNote{"l2", "d", "", "", "", "", {200, 900}}),
    });
    ThemeArrival arrival{"narrow", {kNoteHeight, kNoteHeight}, {"l1", "l2"}, {}, {}};
    const ThemeCells cells = cells_in_theme(s.board, arrival, {});
    CHECK(cells.columns == 1);
    REQUIRE(cells.cells.size() == 2);
    CHECK(cells.cells[0] == Vec2{0, 50 + kPitchY});
    CHECK(cells.cells[1] == Vec2{0, 50 + 2 * kPitchY});
    // With Next far away the grid is three cells wide.
    const Session far = after(s, move_theme(s.board, "next", Vec2{1000, 0}));
    const ThemeCells wide = cells_in_theme(far.board, arrival, {});
    CHECK(wide.columns == 3);
    CHECK(wide.cells[0] == Vec2{kPitchX, 50});
    // A note taller than the others keeps the cell below it free of overlap.
    const BoardMeasure tall{[](const Note& n) { return n.id == "n1" ? 300.0f : kNoteHeight; }, {}};
    const ThemeCells beside_tall = cells_in_theme(s.board, arrival, tall);
    CHECK(beside_tall.cells[0].y >= 50 + 300 + kNoteGap / 2);
    // A theme that is not live takes nothing.
    CHECK(
        cells_in_theme(s.board, ThemeArrival{"gone", {kNoteHeight}, {}, {}, {}}, {}).cells.empty());
}

TEST_CASE("a note dragged within its own theme only moves, and a new note gets a free cell",
          "[board][themes]") {
    const Session s = themed_board();
    const auto ops = drop_notes_on_theme(s.board, {"i1", "l1"}, Vec2{0, 140}, "ideas", {});
    const Session dropped = after(s, ops);
    CHECK(dropped.board.find_note("i1")->position.value == Vec2{0, 190});  // moved by delta
    // l1 joins in the first cell free of i1's new place.
    CHECK(dropped.board.find_note("l1")->position.value == Vec2{0, 50});
    std::vector<OpPayload> pushes;
    const Vec2 spot = spot_for_new_note(s.board, "risks", kNoteHeight, {}, pushes);
    CHECK(spot == Vec2{660 + kPitchX, 50});
    CHECK(pushes.empty());
    // Dropped on a theme that is gone, notes only move.
    const Session gone = after(s, {DeleteGroup{"risks"}});
    const auto moved = drop_notes_on_theme(gone.board, {"l1"}, Vec2{10, 0}, "risks", {});
    REQUIRE(moved.size() == 1);
    CHECK(std::holds_alternative<MoveNote>(moved[0]));
}

namespace {

// A random tidy board: themes (title band and up to six notes in a grid of up to three cells)
// and loose notes at random places, each clear of the others by the clearance.
Session random_board(std::uint32_t& seed, int units) {
    auto next = [&seed](int range) {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<int>((seed >> 8) % static_cast<std::uint32_t>(range));
    };
    std::vector<Op> ops;
    std::uint64_t seq = 0;
    auto add = [&](OpPayload p) {
        ++seq;
        ops.push_back(make_op(kDeviceA, seq, seq, std::move(p)));
    };
    std::vector<Rect> placed;
    for (int u = 0, tries = 0; u < units && tries < 2000; ++tries) {
        const bool theme = next(3) != 0;
        const int count = theme ? next(7) : 1;
        const int columns = std::max(1, std::min(count, 1 + next(3)));
        const int rows = theme ? (count + columns - 1) / columns : 1;
        const float x = static_cast<float>(next(160) * 10), y = static_cast<float>(next(160) * 10);
        const float w = std::max(kNoteWidth, columns * kPitchX - kNoteGap);
        const float h =
            theme ? kGroupTitleBand + std::max(0.0f, rows * kPitchY - kNoteGap) : kNoteHeight;
        Rect fp{x, y, w, h};
        if (theme) fp = fp.grown(kGroupMargin);
        const Rect zone = fp.grown(kThemeClearance);
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const Rect& r) { return r.overlaps(zone); }))
            continue;
        placed.push_back(fp);
        const std::string id = "u" + std::to_string(u++);
        if (!theme) {
            add(AddNote{id, id, "", "", "", "", {x, y}});
            continue;
        }
        add(AddGroup{id, id, "", {x, y}});
        for (int i = 0; i < count; ++i) {
            add(AddNote{
                id + "n" + std::to_string(i),
                "",
                "",
                "",
                "",
                id,
                {x + (i % columns) * kPitchX, y + kGroupTitleBand + (i / columns) * kPitchY}});
        }
    }
    return fold(ops);
}

}  // namespace

TEST_CASE("dropped notes take the first free cells and nothing overlaps, against brute force",
          "[board][themes]") {
    std::uint32_t seed = 2024;
    int checked = 0;
    for (int round = 0; round < 60; ++round) {
        const Session s = random_board(seed, 14);
        std::vector<const Group*> groups;
        std::vector<const Note*> notes;
        for (const Group& g : s.board.groups) groups.push_back(&g);
        for (const Note& n : s.board.notes) notes.push_back(&n);
        if (groups.size() < 2 || notes.size() < 4) continue;
        const Group& target = *groups[seed % groups.size()];
        // Up to three notes from elsewhere: loose ones or other themes' notes.
        std::vector<std::string> ids;
        for (std::size_t i = 0;
             i < notes.size() && ids.size() < static_cast<std::size_t>(1 + round % 3); ++i) {
            const Note& n = *notes[(i * 7 + seed) % notes.size()];
            if (n.group_id.value != target.id &&
                std::find(ids.begin(), ids.end(), n.id) == ids.end())
                ids.push_back(n.id);
        }
        if (ids.empty()) continue;
        const std::vector<OpPayload> ops = drop_notes_on_theme(s.board, ids, Vec2{}, target.id, {});
        const Session d = after(s, ops);
        INFO("round " << round << "\n" << summary(s.board));
        REQUIRE(notes_apart(d.board));
        REQUIRE(footprints_apart(d.board));
        for (const std::string& id : ids)
            REQUIRE(d.board.find_note(id)->group_id.value == target.id);

        // Brute force: each joined note's cell, in reading order, is the first cell of the grid
        // that nothing blocks: not a note of the theme (those there before, or those placed
        // before it), not another theme's box or loose note where it ends up.
        ThemeArrival arrival{target.id, {}, ids, {}, {}};
        const std::vector<const Note*> order = notes_in_place_order(s.board, ids);
        for (std::size_t i = 0; i < order.size(); ++i) arrival.heights.push_back(kNoteHeight);
        const int columns = cells_in_theme(s.board, arrival, {}).columns;
        const Vec2 anchor{target.position.value.x, target.position.value.y + kGroupTitleBand};
        std::vector<Rect> own;
        for (const Note& n : s.board.notes) {
            if (n.group_id.value == target.id) own.push_back(note_rect(n));
        }
        std::vector<Rect> foreign;
        for (const Rect& fp : board_footprints(d.board, {}, {})) foreign.push_back(fp);
        const Group* moved_target = d.board.find_group(target.id);
        const Rect target_fp_top{moved_target->position.value.x - kGroupMargin,
                                 moved_target->position.value.y - kGroupMargin, 1, 1};
        // The theme's own footprint is not foreign to its cells.
        foreign.erase(std::remove_if(foreign.begin(), foreign.end(),
                                     [&](const Rect& r) {
                                         return r.x == target_fp_top.x && r.y == target_fp_top.y;
                                     }),
                      foreign.end());
        for (const Note* note : order) {
            const Vec2 got = d.board.find_note(note->id)->position.value;
            for (int cell = 0;; ++cell) {
                const Rect c{anchor.x + static_cast<float>(cell % columns) * kPitchX,
                             anchor.y + static_cast<float>(cell / columns) * kPitchY, kNoteWidth,
                             kNoteHeight};
                if (Vec2{c.x, c.y} == got) break;
                REQUIRE(cell < 200);
                const bool blocked =
                    std::any_of(
                        own.begin(), own.end(),
                        [&](const Rect& r) { return r.overlaps(c.grown(kNoteGap / 2 - 0.5f)); }) ||
                    std::any_of(foreign.begin(), foreign.end(), [&](const Rect& r) {
                        return r.overlaps(c.grown(kGroupMargin + kThemeClearance));
                    });
                REQUIRE(blocked);
            }
            own.push_back(Rect{got.x, got.y, kNoteWidth, kNoteHeight});
        }
        check_undo_restores(s, ops);
        ++checked;
    }
    CHECK(checked >= 30);
}
