// The board picture: a real PNG (checked chunk by chunk with Python's zlib and by ImageMagick),
// the board as arranged with every note whole and in its colour, its text really drawn in every
// script of the sample, and boards too large to read drawn as small cards or a theme summary.
// Set HOSTSPACE_PNG_KEEP to a folder to keep the pictures made here for looking at.
#include <sys/resource.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/board/colour.hpp"
#include "core/export/board_png.hpp"
#include "core/export/board_png_layout.hpp"
#include "core/export/printable_text.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::doc;
using png::BoardMode;

namespace {

// Every chunk's CRC, IHDR first and IEND last, and the pixel data inflating to exactly the
// size the header promises with a valid filter byte on every row: prints "WIDTH HEIGHT TYPE".
const char* const kPngCheck = R"(import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'signature'
pos, kinds, idat = 8, [], b''
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    crc, = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
    assert zlib.crc32(kind + body) & 0xffffffff == crc, 'CRC of ' + kind.decode()
    kinds.append(kind)
    if kind == b'IHDR':
        w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
    if kind == b'IDAT':
        idat += body
    pos += 12 + length
assert kinds[0] == b'IHDR' and kinds[-1] == b'IEND', kinds
assert depth == 8 and interlace == 0
row = 1 + w * {2: 3, 6: 4}[ctype]
raw = zlib.decompress(idat)
assert len(raw) == h * row, 'pixel data size'
assert all(raw[r * row] <= 4 for r in range(h)), 'filter byte'
print(w, h, ctype)
)";

struct PngFacts {
    int width = 0, height = 0, colour_type = -1;
    std::string identify;  // ImageMagick's "WIDTH HEIGHT PNG"
};

std::string save(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    if (const char* keep = std::getenv("HOSTSPACE_PNG_KEEP")) {
        std::filesystem::create_directories(keep);
        std::ofstream(std::filesystem::path(keep) / name, std::ios::binary) << bytes;
    }
    return path;
}

PngFacts read_png(const test::TempDir& dir, const std::string& path) {
    const std::string script = (dir / "check_png.py").string();
    std::ofstream(script) << kPngCheck;
    PngFacts facts;
    std::istringstream(test::run_reader("python3 '" + script + "' '" + path + "'")) >>
        facts.width >> facts.height >> facts.colour_type;
    facts.identify = test::run_reader("identify -format '%w %h %m' '" + path + "'");
    return facts;
}

void check_png(const PngFacts& facts, int min_height, int max_height) {
    CHECK(facts.colour_type == 2);  // 8-bit RGB: Cairo's RGB24
    CHECK(facts.width >= 2400);
    CHECK(facts.height >= min_height);
    CHECK(facts.height <= max_height);
    CHECK(facts.identify ==
          std::to_string(facts.width) + " " + std::to_string(facts.height) + " PNG");
}

// "RRGGBB" of each point, from ImageMagick.
std::vector<std::string> pixels(const std::string& path, const std::vector<Vec2>& points) {
    std::string format;
    for (const Vec2& p : points) {
        format += "%[hex:u.p{" + std::to_string(static_cast<int>(p.x)) + "," +
                  std::to_string(static_cast<int>(p.y)) + "}] ";
    }
    std::istringstream out(
        test::run_reader("convert '" + path + "' -format '" + format + "' info:"));
    std::vector<std::string> hex;
    for (std::string h; out >> h;) hex.push_back(h);
    return hex;
}

std::string hex_of(std::uint32_t rgb) {
    char text[8];
    std::snprintf(text, sizeof text, "%06X", rgb);
    return text;
}

// How many pixels differ between two pictures inside `area`.
long differing_pixels(const test::TempDir& dir, const std::string& a, const std::string& b,
                      const Rect& area) {
    const std::string crop = std::to_string(static_cast<int>(area.w)) + "x" +
                             std::to_string(static_cast<int>(area.h)) + "+" +
                             std::to_string(static_cast<int>(area.x)) + "+" +
                             std::to_string(static_cast<int>(area.y));
    const std::string ca = (dir / "crop_a.png").string(), cb = (dir / "crop_b.png").string();
    test::run_reader("convert '" + a + "' -crop " + crop + " +repage '" + ca + "'");
    test::run_reader("convert '" + b + "' -crop " + crop + " +repage '" + cb + "'");
    const std::string out =
        test::run_reader("compare -metric AE '" + ca + "' '" + cb + "' null: 2>&1");
    return std::atol(out.c_str());
}

bool any_overlap(const std::vector<Rect>& rects) {
    std::vector<Rect> sorted = rects;
    std::sort(sorted.begin(), sorted.end(), [](const Rect& a, const Rect& b) { return a.y < b.y; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        for (std::size_t j = i + 1; j < sorted.size() && sorted[j].y < sorted[i].bottom(); ++j) {
            if (sorted[i].overlaps(sorted[j])) return true;
        }
    }
    return false;
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

// `themes` themes of `per_theme` notes each, arranged as arrange_by_group would (four columns,
// three themes a row); with `themes` 0, `loose` notes in a grid `columns` wide in no theme.
BoardPicture big_board(int themes, int per_theme, int loose = 0, int columns = 4) {
    BoardPicture board;
    board.title = "A very large board";
    const auto& colours = named_colours();
    int n = 0;
    auto add_note = [&](double x, double y, const std::string& theme) {
        ++n;
        board.notes.push_back(BoardCard{
            "Note " + std::to_string(n) + ": we listen to young people before we decide anything",
            n % 3 == 0 ? "" : "Author " + std::to_string(n % 40),
            colours[static_cast<std::size_t>(n) % colours.size()], n % 7 == 0 ? n % 5 : 0, x, y,
            theme});
    };
    for (int t = 0; t < themes; ++t) {
        const double x = (t % 3) * 900.0, y = (t / 3) * (60.0 + per_theme / 4 * 140.0 + 140);
        board.themes.push_back(BoardTheme{"t" + std::to_string(t), "Theme " + std::to_string(t),
                                          colours[static_cast<std::size_t>(t) % colours.size()], x,
                                          y, per_theme, t % 4});
        for (int i = 0; i < per_theme; ++i) {
            add_note(x + (i % 4) * 200.0, y + 50 + (i / 4) * 140.0, board.themes.back().id);
        }
    }
    for (int i = 0; i < loose; ++i) add_note((i % columns) * 200.0, (i / columns) * 140.0, "");
    return board;
}

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

TEST_CASE("the sample board's picture is a valid PNG at least 2400 px wide, the same every time",
          "[documents][png]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const std::string bytes = render_board_png(d.board);
    test::TempDir dir;
    const std::string path = save(dir, "sample.png", bytes);
    const PngFacts facts = read_png(dir, path);
    check_png(facts, 400, 16000);
    CHECK(facts.width == 2400);
    CHECK(render_board_png(d.board) == bytes);
    // A wider picture when asked; a narrower one is never made.
    CHECK(read_png(dir, save(dir, "wide.png", render_board_png(d.board, 3000))).width == 3000);
    CHECK(read_png(dir, save(dir, "narrow.png", render_board_png(d.board, 800))).width == 2400);
}

TEST_CASE("every note of the sample board is drawn whole on its own card, in its theme",
          "[documents][png]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const png::BoardPlan plan = png::plan_board_picture(d.board, 2400);
    REQUIRE(plan.mode == BoardMode::cards);
    REQUIRE(plan.cards.size() == d.board.notes.size());
    CHECK(plan.look.note_px >= 18);
    // The sample's cards overlap on the board (its notes are 60 units apart): not on the picture.
    CHECK_FALSE(any_overlap(plan.cards));
    CHECK_FALSE(any_overlap(plan.frames));
    const Rect picture{0, 0, static_cast<float>(plan.width), static_cast<float>(plan.height)};
    for (std::size_t n = 0; n < d.board.notes.size(); ++n) {
        const BoardCard& card = d.board.notes[n];
        CAPTURE(card.text);
        CHECK(inside(plan.cards[n], picture));
        for (std::size_t t = 0; t < d.board.themes.size(); ++t) {
            if (card.theme_id == d.board.themes[t].id) CHECK(inside(plan.cards[n], plan.frames[t]));
        }
        // The whole text goes in as text (not markup), wraps inside the card and is never cut.
        const png::CardShown shown = png::card_shown(card, plan.look);
        CHECK(shown.text == printable_text(card.text));
        CHECK_FALSE(shown.cut);
        CHECK(shown.text_width <= plan.look.card_width - 2 * plan.look.pad);
        CHECK(shown.height == Approx(plan.cards[n].h));
        CHECK(shown.author == printable_text(card.author));
    }
    // Every hostile text and every name in another script is on the board whole, and a font
    // has a glyph for each of its characters (no "tofu" box).
    std::vector<std::string> texts(std::begin(test::kHostileText), std::end(test::kHostileText));
    texts.insert(
        texts.end(),
        {"\xE6\x9D\x8E\xE4\xBC\x9F: listen first",
         "\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 \xD8\xA3\xD9\x88\xD9\x84\xD8\xA7\xD9\x8B",
         "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x8A",
         "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE"});
    for (const std::string& text : texts) {
        CAPTURE(text);
        if (text.rfind("\xE0\xA4", 0) != 0) {  // प्रिया is a participant, not a note
            const bool on_board =
                std::any_of(d.board.notes.begin(), d.board.notes.end(),
                            [&](const BoardCard& c) { return c.text == text || c.author == text; });
            CHECK(on_board);
        }
        CHECK(png::missing_glyphs(text) == 0);
    }
    for (const BoardTheme& theme : d.board.themes) CHECK(png::missing_glyphs(theme.title) == 0);
}

TEST_CASE("a note card and a theme's title band are drawn in their colours", "[documents][png]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const png::BoardPlan plan = png::plan_board_picture(d.board, 2400);
    test::TempDir dir;
    const std::string path = save(dir, "colours.png", render_board_png(d.board));
    std::vector<Vec2> points;
    std::vector<std::string> expected;
    // Inside the card's left padding, half way down: no border, corner or text there.
    for (std::size_t n = 0; n < d.board.notes.size(); ++n) {
        points.push_back({plan.cards[n].x + 4, plan.cards[n].y + plan.cards[n].h / 2});
        expected.push_back(
            hex_of(colour_rgb(normalise_colour(d.board.notes[n].colour).value_or(""))));
    }
    for (std::size_t t = 0; t < d.board.themes.size(); ++t) {
        points.push_back({plan.headers[t].x + 4, plan.headers[t].y + plan.headers[t].h / 2});
        expected.push_back(hex_of(colour_rgb(*normalise_colour(d.board.themes[t].colour))));
    }
    points.push_back({2, 2});  // the background
    expected.push_back("FFFFFF");
    CHECK(pixels(path, points) == expected);
}

TEST_CASE("a note's text is really drawn, in every script", "[documents][png]") {
    test::TempDir dir;
    const char* texts[] = {
        "Listen first", "\xE6\x9D\x8E\xE4\xBC\x9F",
        "\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 \xD8\xA3\xD9\x88\xD9\x84\xD8\xA7\xD9\x8B",
        "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE"};
    BoardPicture blank{"Text", {}, {BoardCard{"", "", "yellow", 0, 0, 0, ""}}};
    const std::string blank_path = save(dir, "blank.png", render_board_png(blank));
    const Rect card = png::plan_board_picture(blank, 2400).cards.at(0);
    for (const char* text : texts) {
        CAPTURE(text);
        BoardPicture written = blank;
        written.notes[0].text = text;
        REQUIRE(png::plan_board_picture(written, 2400).cards.at(0).h == card.h);
        const std::string path = save(dir, "written.png", render_board_png(written));
        CHECK(differing_pixels(dir, path, blank_path, card) > 100);
    }
    // An author and a dot count are drawn too.
    BoardPicture signed_note = blank;
    signed_note.notes[0].author = "\xE6\x9D\x8E\xE4\xBC\x9F";
    CHECK(differing_pixels(dir, save(dir, "signed.png", render_board_png(signed_note)), blank_path,
                           card) > 50);
    BoardPicture dotted = blank;
    dotted.notes[0].dots = 3;
    CHECK(differing_pixels(dir, save(dir, "dotted.png", render_board_png(dotted)), blank_path,
                           card) > 50);
}

TEST_CASE("an empty board shows its title and says it has no notes", "[documents][png]") {
    test::TempDir dir;
    const BoardPicture empty{"Children & Young People's Board", {}, {}};
    const png::BoardPlan plan = png::plan_board_picture(empty, 2400);
    CHECK(plan.mode == BoardMode::empty);
    CHECK(plan.subtitle == "The board has no notes.");
    const std::string path = save(dir, "empty.png", render_board_png(empty));
    const PngFacts facts = read_png(dir, path);
    check_png(facts, 150, 400);
    // Dark text where the title and the sentence are.
    const std::string darkest = test::run_reader("convert '" + path + "' -crop 1200x" +
                                                 std::to_string(static_cast<int>(plan.board_top)) +
                                                 "+0+0 -format '%[fx:minima]' info:");
    CHECK(std::atof(darkest.c_str()) < 0.3);
    const BoardPicture other{"Another title", {}, {}};
    const std::string other_path = save(dir, "other.png", render_board_png(other));
    CHECK(differing_pixels(dir, path, other_path, Rect{0, 0, 1200, 100}) > 100);
}

TEST_CASE("a board too wide to read is drawn as small cards in their colours", "[documents][png]") {
    // 1,500 notes 30 across: 6,000 units wide, so 0.38 px a unit at 2400 px.
    const BoardPicture board = big_board(0, 0, 1500, 30);
    const png::BoardPlan plan = png::plan_board_picture(board, 2400);
    REQUIRE(plan.mode == BoardMode::small_cards);
    CHECK_FALSE(any_overlap(plan.cards));
    test::TempDir dir;
    const std::string path = save(dir, "small.png", render_board_png(board));
    check_png(read_png(dir, path), 1000, 16000);
    std::vector<Vec2> points;
    std::vector<std::string> expected;
    for (std::size_t n = 0; n < board.notes.size(); n += 97) {
        points.push_back({plan.cards[n].x + 2, plan.cards[n].y + plan.cards[n].h / 2});
        expected.push_back(hex_of(colour_rgb(board.notes[n].colour)));
    }
    CHECK(pixels(path, points) == expected);
    // Text cut with an ellipsis, authors left to the appendix.
    const png::CardShown shown = png::card_shown(board.notes[0], plan.look);
    CHECK(shown.cut);
    CHECK(shown.author.empty());
}

// Time and memory are figures to read, not a gate (the targets live in tests/bench/bench_exports,
// and a sanitized build uses several times the memory): this checks the pictures are made.
TEST_CASE("ten thousand notes are drawn, as a summary or small cards", "[documents][png]") {
    test::TempDir dir;
    struct Case {
        const char* name;
        BoardPicture board;
        BoardMode mode;
    };
    // Arranged in 50 themes (far too tall to draw: the theme summary), and loose in a grid 38
    // notes across (just fits as small cards: the most drawing a picture can hold).
    const Case cases[] = {{"themed", big_board(50, 200), BoardMode::summary},
                          {"grid", big_board(0, 0, 10000, 38), BoardMode::small_cards}};
    for (const Case& c : cases) {
        CAPTURE(c.name);
        REQUIRE(c.board.notes.size() == 10000);
        CHECK(png::plan_board_picture(c.board, 2400).mode == c.mode);
        const long rss_before = peak_rss_kb();
        const auto start = std::chrono::steady_clock::now();
        const std::string bytes = render_board_png(c.board);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
        const long rss_after = peak_rss_kb();
        const PngFacts facts = read_png(dir, save(dir, std::string(c.name) + ".png", bytes));
        check_png(facts, 400, 16000);
        WARN("10,000 notes (" << c.name << ", " << png::mode_name(c.mode) << "): " << ms << " ms, "
                              << facts.width << " x " << facts.height << " px, "
                              << bytes.size() / 1024 << " KB; peak RSS " << rss_before / 1024
                              << " MB before, " << rss_after / 1024 << " MB after");
    }
}

TEST_CASE("a board with more themes than the picture holds sums them up and says what is left out",
          "[documents][png]") {
    // 2,000 themes of 5 notes: too tall even for small cards, and more tiles than fit.
    const BoardPicture board = big_board(2000, 5);
    const png::BoardPlan plan = png::plan_board_picture(board, 2400);
    REQUIRE(plan.mode == BoardMode::summary);
    CHECK(plan.subtitle.rfind("10,000 notes in 2,000 themes: too many to draw readably", 0) == 0);
    REQUIRE(plan.tiles.size() > 100);
    REQUIRE(plan.tiles.size() < board.themes.size());
    const std::size_t shown = plan.tiles.size() - 1;
    CHECK(plan.tiles.back().title ==
          "\xE2\x80\xA6 and " +
              png::count_of(static_cast<long long>(2000 - shown), "more theme", "more themes"));
    CHECK(plan.tiles[1].title == "Theme 1");
    CHECK(plan.tiles[1].count == "5 notes \xC2\xB7 1 dot");
    CHECK(plan.height <= 16000);
    test::TempDir dir;
    const std::string path = save(dir, "themes.png", render_board_png(board));
    check_png(read_png(dir, path), 1000, 16000);
    std::vector<Vec2> points;
    std::vector<std::string> expected;
    for (std::size_t t = 0; t < 8; ++t) {
        points.push_back({plan.tiles[t].at.x + 4, plan.tiles[t].at.y + plan.tiles[t].at.h / 2});
        expected.push_back(hex_of(colour_rgb(board.themes[t].colour)));
    }
    CHECK(pixels(path, points) == expected);
    CHECK(png::count_of(1, "note", "notes") == "1 note");
    CHECK(png::count_of(1234567, "note", "notes") == "1,234,567 notes");
}

TEST_CASE("cards and title bands dropped anywhere on a board never cover one another",
          "[documents][png]") {
    std::mt19937 random(13);
    const auto& colours = named_colours();
    for (int round = 0; round < 10; ++round) {
        CAPTURE(round);
        BoardPicture board{"Random", {}, {}};
        std::uniform_real_distribution<double> x(-200, 1800), y(-100, 1200);
        for (int t = 0; t < 4; ++t) {
            board.themes.push_back(BoardTheme{"t" + std::to_string(t), "Theme " + std::to_string(t),
                                              colours[static_cast<std::size_t>(t)], x(random),
                                              y(random), 0, 0});
        }
        std::uniform_int_distribution<int> words(0, 30), theme(-1, 3);
        for (int n = 0; n < 60; ++n) {
            std::string text;
            for (int w = words(random); w > 0; --w) text += "word ";
            const int t = theme(random);
            board.notes.push_back(BoardCard{text, n % 2 ? "Jo" : "", "sky", n % 3, x(random),
                                            y(random), t < 0 ? "" : "t" + std::to_string(t)});
        }
        const png::BoardPlan plan = png::plan_board_picture(board, 2400);
        REQUIRE(plan.mode == BoardMode::cards);
        std::vector<Rect> all = plan.cards;
        all.insert(all.end(), plan.headers.begin(), plan.headers.end());
        CHECK_FALSE(any_overlap(all));
        for (std::size_t n = 0; n < board.notes.size(); ++n) {
            CHECK(png::card_shown(board.notes[n], plan.look).height == Approx(plan.cards[n].h));
        }
    }
}

TEST_CASE("things moved down on the picture keep their rows and come apart when stacked",
          "[documents][png]") {
    // In no theme: A and B stacked 60 units apart; C beside B; D beside A, taller than on the
    // board. In theme 0: E under a tall F; G beside E. In theme 1, beside theme 0: H at E's
    // height, and I far below D.
    const std::vector<Rect> units = {
        {0, 0, 180, 120},      {0, 60, 180, 120},     {200, 60, 180, 120},
        {400, 0, 180, 120},    {1000, 140, 180, 120}, {1000, 0, 180, 120},
        {1200, 140, 180, 120}, {1600, 140, 180, 120}, {400, 1000, 180, 120}};
    const std::vector<double> heights = {120, 120, 120, 300, 120, 400, 120, 120, 120};
    const std::vector<int> groups = {-1, -1, -1, -1, 0, 0, 0, 1, 1};
    const auto placed = png::place_items(units, heights, groups, 1, {0, 0}, {10, 10}, 20, 2000);
    CHECK(placed[0].y == 10);
    CHECK(placed[1].y == 150);          // under A with the gap
    CHECK(placed[2].y == placed[1].y);  // its row moved with it
    CHECK(placed[2].x == 210);
    CHECK(placed[3].y == 10);
    CHECK(placed[3].h == 300);
    CHECK(placed[4].y == 10 + 400 + 20);  // under F
    CHECK(placed[6].y == placed[4].y);    // its theme's row moved with it
    CHECK(placed[7].y == 150);            // the theme beside it did not
    // I, far below D, moves as far as D's columns did: not at all (B's row moved, not D).
    CHECK(placed[8].y == Approx(1010 + 0));
    CHECK_FALSE(any_overlap(placed));
}
