// The projector's board: themes flowed into rows and columns that fill a 16:9 screen, notes as
// large as fits.
#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>

#include "core/board/flow_layout.hpp"

using namespace hostspace;

namespace {

constexpr Vec2 kRoom{1230, 670};  // a 1280x720 projector less its margins
constexpr float kBodyUnits = 26;  // the projector's note text, in layout units

FlowBlockSpec theme(int notes, float height = 100, float title_width = 150) {
    FlowBlockSpec spec;
    spec.title_width = title_width;
    spec.note_heights.assign(static_cast<std::size_t>(notes), height);
    return spec;
}

bool inside(const Rect& inner, const Rect& outer) {
    const float e = 0.01f;
    return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
           inner.bottom() <= outer.bottom() + e;
}

// Every note inside its box, every box inside the room, and nothing overlapping.
void check_tidy(const FlowLayout& layout) {
    std::vector<Rect> notes;
    for (const FlowBlock& block : layout.blocks) {
        CHECK(inside(block.box, layout.extent));
        for (const Rect& note : block.notes) {
            CHECK(inside(note, block.box));
            CHECK(note.y >= block.title.bottom());
            notes.push_back(note);
        }
    }
    for (std::size_t i = 0; i < notes.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) CHECK_FALSE(notes[i].overlaps(notes[j]));
    }
    for (std::size_t i = 0; i < layout.blocks.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            CHECK_FALSE(layout.blocks[i].box.overlaps(layout.blocks[j].box));
        }
    }
}

}  // namespace

TEST_CASE("15 notes in 4 themes fill a 16:9 screen with text at least 24 px", "[board][flow]") {
    const std::vector<FlowBlockSpec> blocks = {theme(5), theme(4), theme(3), theme(3)};
    const FlowLayout layout = flow_blocks(blocks, FlowSpacing{}, kRoom, 0);
    REQUIRE(layout.blocks.size() == 4);
    check_tidy(layout);
    CHECK(kBodyUnits * layout.scale >= 24);
    // The room's shape, all of it: the extent is the room in units.
    CHECK(layout.extent.w * layout.scale == Approx(kRoom.x));
    CHECK(layout.extent.h * layout.scale == Approx(kRoom.y));
    // The boxes reach every edge: they fill the screen, not a band across its middle.
    float left = 1e9f, top = 1e9f, right = 0, bottom = 0, area = 0;
    for (const FlowBlock& block : layout.blocks) {
        left = std::min(left, block.box.x);
        top = std::min(top, block.box.y);
        right = std::max(right, block.box.right());
        bottom = std::max(bottom, block.box.bottom());
        area += block.box.w * block.box.h;
    }
    CHECK(left == Approx(0).margin(0.01));
    CHECK(top == Approx(0).margin(0.01));
    CHECK(right == Approx(layout.extent.w));
    CHECK(bottom == Approx(layout.extent.h));
    CHECK(area > 0.85f * layout.extent.w * layout.extent.h);
    // One row across the middle third would be the old picture: more than one row, or boxes
    // more than one note deep.
    CHECK((layout.rows > 1 ||
           layout.blocks[0].notes.size() > static_cast<std::size_t>(layout.blocks[0].columns)));
    // Notes keep their order, row by row within their theme.
    const FlowBlock& first = layout.blocks[0];
    for (std::size_t i = 1; i < first.notes.size(); ++i) {
        const Rect &a = first.notes[i - 1], &b = first.notes[i];
        CHECK((b.y > a.y || (b.y == a.y && b.x > a.x)));
    }
}

TEST_CASE("the layout is the best of the grids and rows it tries", "[board][flow]") {
    // One theme of 12 notes: a grid, not one tall column or one long row.
    const FlowLayout one = flow_blocks({theme(12)}, FlowSpacing{}, kRoom, 0);
    REQUIRE(one.blocks.size() == 1);
    CHECK(one.blocks[0].columns > 2);
    CHECK(one.blocks[0].columns < 12);
    check_tidy(one);
    // Its scale is the largest at which any column count fits.
    const FlowSpacing sp;
    for (int columns = 1; columns <= 12; ++columns) {
        const int rows = (12 + columns - 1) / columns;
        const float w = columns * sp.note_width + (columns - 1) * sp.note_gap + 2 * sp.padding;
        const float h = rows * 100 + (rows - 1) * sp.note_gap + sp.title_height + 2 * sp.padding;
        CHECK(std::min(kRoom.x / w, kRoom.y / h) <= one.scale * 1.0001f);
    }
}

TEST_CASE("themes keep reading order: left to right, row by row", "[board][flow]") {
    const FlowLayout layout = flow_blocks(
        {theme(2), theme(2), theme(2), theme(2), theme(2), theme(2)}, FlowSpacing{}, kRoom, 0);
    check_tidy(layout);
    for (std::size_t i = 1; i < layout.blocks.size(); ++i) {
        const Rect &a = layout.blocks[i - 1].box, &b = layout.blocks[i].box;
        CHECK((b.y > a.y + 0.01f || (b.y == Approx(a.y) && b.x > a.x)));
    }
}

TEST_CASE("a few notes are not drawn a screen tall: capped and centred", "[board][flow]") {
    const float cap = kRoom.x * 0.24f / kNoteWidth;
    const FlowLayout layout = flow_blocks({theme(1)}, FlowSpacing{}, kRoom, cap);
    REQUIRE(layout.blocks.size() == 1);
    CHECK(layout.scale == Approx(cap));
    const Rect& box = layout.blocks[0].box;
    CHECK(box.x + box.w / 2 == Approx(layout.extent.w / 2));
    CHECK(box.y + box.h / 2 == Approx(layout.extent.h / 2));
    check_tidy(layout);
}

TEST_CASE("untitled, collapsed and tall notes fit too", "[board][flow]") {
    FlowBlockSpec loose = theme(3);
    loose.titled = false;
    FlowBlockSpec collapsed = theme(0, 100, 400);
    collapsed.empty_height = 30;
    FlowBlockSpec tall = theme(2);
    tall.note_heights[1] = 400;  // a long note
    const FlowLayout layout = flow_blocks({loose, collapsed, tall}, FlowSpacing{}, kRoom, 0);
    REQUIRE(layout.blocks.size() == 3);
    check_tidy(layout);
    CHECK(layout.blocks[0].title.h == 0);
    CHECK(layout.blocks[1].notes.empty());
    CHECK(layout.blocks[1].columns == 0);
    CHECK(layout.blocks[1].box.w >= 400);  // as wide as its title
    CHECK(layout.blocks[2].notes[1].h == 400);
}

TEST_CASE("nothing to lay out, or no room: an empty layout", "[board][flow]") {
    CHECK(flow_blocks({}, FlowSpacing{}, kRoom, 0).scale == 0);
    CHECK(flow_blocks({theme(3)}, FlowSpacing{}, Vec2{0, 100}, 0).blocks.empty());
}

TEST_CASE("a board of 10,000 notes in 20 themes is laid out at once", "[board][flow]") {
    std::vector<FlowBlockSpec> blocks;
    for (int i = 0; i < 20; ++i) blocks.push_back(theme(500, kNoteHeight));
    const auto start = std::chrono::steady_clock::now();
    const FlowLayout layout = flow_blocks(blocks, FlowSpacing{}, kRoom, 0);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    CHECK(ms < 1000);  // typically a few ms; generous for a sanitized build on a busy machine
    REQUIRE(layout.blocks.size() == 20);
    std::size_t notes = 0;
    for (const FlowBlock& block : layout.blocks) {
        notes += block.notes.size();
        CHECK(inside(block.box, layout.extent));
    }
    CHECK(notes == 10'000);
    CHECK(layout.scale > 0);
}

TEST_CASE("the note width with the largest text is chosen", "[board][flow]") {
    // Notes of 60 characters: a line holds width / 15 of them, each line 26 units, plus padding.
    auto blocks_at = [](float width) {
        const float per_line = std::floor((width - 24) / 15);
        const float height = 24 + std::ceil(60 / per_line) * 26;
        return std::vector<FlowBlockSpec>{theme(4, height), theme(4, height), theme(3, height)};
    };
    const std::vector<float> widths = {150, 180, 220, 270, 330};
    const FlowChoice choice = flow_largest_text(widths, blocks_at, FlowSpacing{}, kRoom, 0.24f);
    REQUIRE(choice.note_width > 0);
    CHECK(choice.layout.blocks[0].notes[0].w == choice.note_width);
    for (float width : widths) {
        FlowSpacing spacing;
        spacing.note_width = width;
        const FlowLayout other =
            flow_blocks(blocks_at(width), spacing, kRoom, kRoom.x * 0.24f / width);
        CHECK(other.scale <= choice.layout.scale * 1.0001f);
    }
    check_tidy(choice.layout);
    CHECK(flow_largest_text({}, blocks_at, FlowSpacing{}, kRoom, 0.24f).layout.scale == 0);
}
