#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <memory>

#include "core/board/colour.hpp"
#include "core/board/geometry.hpp"
#include "core/import/notes_csv.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

NotesCsv parse(std::string_view text) {
    return parse_notes_csv(text, "notes.csv");
}

// The error a parse must throw, so a test can check its line and its words.
Error parse_error(std::string_view text) {
    try {
        parse_notes_csv(text, "notes.csv");
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error for: " << text);
    return Error("unreachable");
}

std::string read_data(const std::string& name) {
    std::ifstream in(std::string(HOSTSPACE_TEST_DATA) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::function<std::string()> counting_ids() {
    auto n = std::make_shared<int>(0);
    return [n] { return "id-" + std::to_string(++*n); };
}

bool overlaps(Vec2 a, Vec2 a_size, Vec2 b, Vec2 b_size) {
    return a.x < b.x + b_size.x && b.x < a.x + a_size.x && a.y < b.y + b_size.y &&
           b.y < a.y + a_size.y;
}

const Vec2 kNote{kNoteWidth, kNoteHeight};

// Folds `base` and then `planned` as later ops of another device, as a commit would.
Session fold_with(std::vector<Op> base, const std::vector<OpPayload>& planned) {
    std::uint64_t lamport = base.size();
    std::uint64_t seq = 0;
    for (const auto& payload : planned)
        base.push_back(make_op(kDeviceB, ++seq, ++lamport, payload));
    return fold(std::move(base));
}

}  // namespace

TEST_CASE("notes csv: fields map to their columns, with the line of each row") {
    const auto csv = parse(
        "text,author,organisation,group,colour\n"
        "Listen first,Ann,NHS,Voice,blue\n"
        "Meet in the community,Bo,Council,Ways of working,\n");
    REQUIRE(csv.notes.size() == 2);
    CHECK(csv.warnings.empty());
    const CsvNote& first = csv.notes[0];
    CHECK(first.text == "Listen first");
    CHECK(first.author == "Ann");
    CHECK(first.organisation == "NHS");
    CHECK(first.group == "Voice");
    CHECK(first.colour == "blue");
    CHECK(first.line == 2);
    CHECK(csv.notes[1].colour == "");
    CHECK(csv.notes[1].line == 3);
}

TEST_CASE("notes csv: quoted fields keep commas, doubled quotes and empty values") {
    const auto csv = parse(
        "text,author,group\n"
        "\"Shadow each other: OTs, nurses\",\"Smith, Jo\",\"\"\n"
        "\"Ask \"\"what matters to you?\"\"\",\"\"\"Al\"\"\",Voice\n");
    REQUIRE(csv.notes.size() == 2);
    CHECK(csv.notes[0].text == "Shadow each other: OTs, nurses");
    CHECK(csv.notes[0].author == "Smith, Jo");
    CHECK(csv.notes[0].group == "");
    CHECK(csv.notes[1].text == "Ask \"what matters to you?\"");
    CHECK(csv.notes[1].author == "\"Al\"");
}

TEST_CASE("notes csv: a UTF-8 byte order mark is dropped") {
    const auto csv = parse("\xEF\xBB\xBFtext,group\nCaf\xC3\xA9 chats,Spaces\n");
    REQUIRE(csv.notes.size() == 1);
    CHECK(csv.notes[0].text == "Caf\xC3\xA9 chats");
    CHECK(csv.warnings.empty());  // the header was read as "text", not "<BOM>text"
}

TEST_CASE("notes csv: CRLF line ends are not part of the values") {
    const auto csv = parse(
        "text,colour\r\nOne,pink\r\n\r\nTwo,green\r\n\"Three\r\nlines\r\nhere\",red\r\nFour,blue");
    REQUIRE(csv.notes.size() == 4);
    CHECK(csv.notes[0].text == "One");
    CHECK(csv.notes[0].colour == "pink");
    CHECK(csv.notes[1].line == 4);
    CHECK(csv.notes[2].text == "Three\r\nlines\r\nhere");  // kept byte for byte
    CHECK(csv.notes[2].line == 5);
    CHECK(csv.notes[3].line == 8);
    CHECK(csv.notes[3].colour == "blue");
}

TEST_CASE("notes csv: rows after multi-line fields get their physical line") {
    const auto csv = parse(
        "text,group\n"           // 1
        "\"a\nb\nc\",G\n"        // 2-4
        "next,G\n"               // 5
        "\n"                     // 6
        "\"x\n\ny\",\"H\nI\"\n"  // 7-10
        "last,G\n");             // 11
    REQUIRE(csv.notes.size() == 4);
    CHECK(csv.notes[0].text == "a\nb\nc");
    CHECK(csv.notes[0].line == 2);
    CHECK(csv.notes[1].line == 5);
    CHECK(csv.notes[2].text == "x\n\ny");
    CHECK(csv.notes[2].group == "H\nI");
    CHECK(csv.notes[2].line == 7);
    CHECK(csv.notes[3].line == 11);
}

TEST_CASE("notes csv: columns match in any order and case, trimmed") {
    const auto csv = parse(" Colour ,GROUP,Text,AUTHOR , Organisation\nGray,Voice,Hello,Ann,NHS\n");
    REQUIRE(csv.notes.size() == 1);
    CHECK(csv.notes[0].text == "Hello");
    CHECK(csv.notes[0].group == "Voice");
    CHECK(csv.notes[0].author == "Ann");
    CHECK(csv.notes[0].organisation == "NHS");
    CHECK(csv.notes[0].colour == "grey");
    CHECK(csv.warnings.empty());
}

TEST_CASE("notes csv: organization and color spellings are accepted") {
    const auto csv = parse("text,organization,color\nHi,Police,#FFAA00\n");
    REQUIRE(csv.notes.size() == 1);
    CHECK(csv.notes[0].organisation == "Police");
    CHECK(csv.notes[0].colour == "#ffaa00");
}

TEST_CASE("notes csv: unknown columns are ignored with a warning naming them") {
    const auto csv = parse("votes,text,date,\n3,Hello,today,x\n");
    REQUIRE(csv.notes.size() == 1);
    CHECK(csv.notes[0].text == "Hello");
    REQUIRE(csv.warnings.size() == 1);
    CHECK(csv.warnings[0] ==
          "ignored columns \"votes\", \"date\", column 4 (no name) (hostspace reads text, author, "
          "organisation, group and colour)");
}

TEST_CASE("notes csv: note text comes out byte for byte, other fields are trimmed") {
    const auto csv = parse("author,text,group\n  Ann ,  two spaces\tand a tab  , Voice \n");
    REQUIRE(csv.notes.size() == 1);
    CHECK(csv.notes[0].text == "  two spaces\tand a tab  ");
    CHECK(csv.notes[0].author == "Ann");
    CHECK(csv.notes[0].group == "Voice");
}

TEST_CASE("notes csv: short rows leave the missing fields empty") {
    const auto csv = parse("text,author,group,colour\nOnly text\nText,Ann\n");
    REQUIRE(csv.notes.size() == 2);
    CHECK(csv.notes[0].author == "");
    CHECK(csv.notes[1].author == "Ann");
    CHECK(csv.notes[1].group == "");
    CHECK(csv.notes[1].colour == "");
}

TEST_CASE("notes csv: rows with empty text are skipped with one warning") {
    const auto csv = parse(
        "text,author\n"  // 1
        "One,Ann\n"      // 2
        "Two,Bo\n"       // 3
        ",Cy\n"          // 4
        "\n"             // 5: blank, silent
        ",,\n"           // 6: all empty, silent
        "Three,Di\n"     // 7
        "Four,Ed\n"      // 8
        "   ,Fi\n"       // 9: whitespace only counts as empty
        "Five,Gu\n"      // 10
        "Six,Hu\n"       // 11
        "\"\n\",Io\n"    // 12-13
        "Seven,Jo\n");   // 14
    CHECK(csv.notes.size() == 7);
    CHECK(csv.notes.back().line == 14);
    REQUIRE(csv.warnings.size() == 1);
    CHECK(csv.warnings[0] == "skipped 3 rows with empty text (lines 4, 9, 12)");
}

TEST_CASE("notes csv: one empty row is named in the singular, many are cut short") {
    CHECK(parse("text,author\n,Ann\nHi,Bo\n").warnings ==
          std::vector<std::string>{"skipped 1 row with empty text (line 2)"});
    std::string many = "text,author\nHi,Ann\n";
    for (int i = 0; i < 25; ++i) many += ",Bo\n";
    const auto csv = parse(many);
    REQUIRE(csv.warnings.size() == 1);
    CHECK(csv.warnings[0] ==
          "skipped 25 rows with empty text (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, "
          "16, 17, 18, 19, 20, 21, 22 and 5 more)");
}

TEST_CASE("notes csv: a header with no rows imports nothing and says so") {
    const auto csv = parse("text,author\n\n");
    CHECK(csv.notes.empty());
    CHECK(csv.warnings == std::vector<std::string>{"the file has no notes below its header row"});
}

TEST_CASE("notes csv: an unknown colour names the value, the line and the choices") {
    const Error e = parse_error("text,colour\nOne,yellow\n\"Two\nlines\",green\nThree,teal\n");
    CHECK(e.line() == 5);
    CHECK(std::string(e.what()) ==
          "notes.csv line 5: unknown colour \"teal\" (use yellow, orange, pink, red, sky, "
          "blue, green, grey or #RRGGBB)");
    CHECK(parse_error("text,colour\nOne,#12345\n").line() == 2);
}

TEST_CASE("notes csv: a misplaced quote is an error on the line where parsing stopped") {
    Error e = parse_error("text,author\nOne,Ann\nTwo \"quoted\" words,Bo\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(),
               Catch::Contains("double quote (\") is in the wrong place, here: Two \""));
    // Text after a closing quote, on the line after a multi-line field.
    e = parse_error("text,author\n\"a\nb\",Ann\n\"closed\"then more,Bo\n");
    CHECK(e.line() == 4);
    // RFC 4180: a space before an opening quote makes the quote part of an unquoted field.
    CHECK(parse_error("text,author\r\nOne,Ann\r\nTwo, \"Bo\"\r\n").line() == 3);
}

TEST_CASE("notes csv: an unterminated quote names the line where the field opened") {
    Error e = parse_error("text,author\nOne,Ann\n\"never closed,Bo\nmore\nand more\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(), Catch::Contains("never closed"));
    // In a later field of a row that began on an earlier line.
    e = parse_error("text,author\n\"a\nb\",\"Ann\n\nBo\n");
    CHECK(e.line() == 3);
    CHECK(parse_error("text,author\nOne,\"Ann").line() == 2);
}

TEST_CASE("notes csv: text that is not UTF-8 is read as Windows-1252, with a warning") {
    const auto csv = parse(
        "text,author\nOne,Ann\nCaf\xE9 \x80"
        "5,Bo\n");
    REQUIRE(csv.notes.size() == 2);
    CHECK(csv.notes[1].text == "Café €5");
    REQUIRE(csv.warnings.size() == 1);
    CHECK_THAT(csv.warnings[0], Catch::StartsWith("notes.csv is not UTF-8 text, so it was read "
                                                  "as Windows-1252"));
}

TEST_CASE("notes csv: bytes that are no text in UTF-8 or Windows-1252 name the physical line") {
    Error e = parse_error("text,author\n\"ok\nstill ok\nbad \x81\",Ann\n");
    CHECK(e.line() == 4);
    CHECK_THAT(e.reason(), Catch::StartsWith("the byte 0x81 is neither UTF-8 nor Windows-1252"));
    // UTF-8 on line 2, a stray Windows-1252 byte on line 3: a mix is refused, not guessed.
    e = parse_error("text,author\nCafé crème,Ann\nCaf\xE9,Bo\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(), Catch::Contains("mixes two encodings"));
    CHECK(parse_error("\xFF\xFEt\0e\0").line() == 1);  // UTF-16 "te": no text column
}

TEST_CASE("notes csv: a file without a text column is refused") {
    Error e = parse_error("note,author\nHello,Ann\n");
    CHECK(e.line() == 1);
    CHECK_THAT(e.reason(),
               Catch::StartsWith("there is no \"text\" column (found \"note\", \"author\")"));
    // Semicolons or tabs do not help either: the message says which separators were tried.
    e = parse_error("note;author\nHello;Ann\n");
    CHECK_THAT(e.reason(), Catch::Contains("separated by commas, semicolons or tabs"));
    // The header is the first row that is not blank.
    CHECK(parse_error("\n\r\nauthor\nAnn\n").line() == 3);
}

TEST_CASE("notes csv: a column named twice is refused") {
    Error e = parse_error("text,colour,author,Color\nHi,red,Ann,blue\n");
    CHECK(e.line() == 1);
    CHECK(e.reason() ==
          "columns 2 (\"colour\") and 4 (\"Color\") name the same thing; keep only one");
    CHECK(parse_error("\ntext,TEXT\n").line() == 2);
}

TEST_CASE("notes csv: an empty file is refused") {
    for (const char* text : {"", "\n", "\r\n\n  \n", "\xEF\xBB\xBF"}) {
        const Error e = parse_error(text);
        CHECK(e.line() == 1);
        CHECK_THAT(e.reason(), Catch::StartsWith("the file is empty"));
    }
}

TEST_CASE("notes csv: a row with more fields than the header is refused") {
    const Error e =
        parse_error("text,author,organisation,group,colour\nOne,,,,\n\"a\nb\",1,2,3,4,5,6\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(), Catch::StartsWith("row has 7 fields, header has 5"));
}

TEST_CASE("notes csv: the sample file") {
    const auto csv = parse_notes_csv(read_data("notes-sample.csv"), "notes-sample.csv");
    REQUIRE(csv.notes.size() == 8);
    CHECK(csv.warnings.empty());
    std::vector<std::string> groups;
    for (const auto& note : csv.notes) groups.push_back(note.group);
    CHECK(groups == std::vector<std::string>{"Ways of working", "Voice", "Conflict",
                                             "Ways of working", "Young people", "Voice",
                                             "Joined-up care", "Ways of working"});
    CHECK(csv.notes[0].text == "Hold meetings out in the community, not in our offices");
    CHECK(csv.notes[2].text == "'Bristling': name the tension and move on together");
    CHECK(csv.notes[5].text == "Ask \"what matters to you?\" before \"what's the matter?\"");
    CHECK(csv.notes[7].text == "Multi-line note:\nfirst thought\nsecond thought");
    CHECK(csv.notes[7].line == 9);
    CHECK(csv.notes[7].author == "Participant H");
    CHECK(csv.notes[7].organisation == "Police");
    CHECK(csv.notes[7].colour == "purple");
}

TEST_CASE("notes csv: a spreadsheet export with BOM, CRLF and US spellings") {
    const auto csv = parse_notes_csv(read_data("notes-excel-bom-crlf.csv"), "excel.csv");
    REQUIRE(csv.notes.size() == 3);
    CHECK(csv.notes[0].text == "Caf\xC3\xA9 culture: more small tables");
    CHECK(csv.notes[0].colour == "yellow");
    CHECK(csv.notes[1].text == "Line one\nLine two");
    CHECK(csv.notes[1].organisation == "City Council");
    CHECK(csv.notes[1].colour == "#ffaa00");
    CHECK(csv.notes[2].text == "Say \"yes, and\"");
    CHECK(csv.notes[2].line == 5);
}

TEST_CASE("notes csv: Windows-1252 saved by a spreadsheet (LibreOffice, comma)") {
    const auto csv = parse_notes_csv(read_data("notes-excel-1252.csv"), "notes-excel-1252.csv");
    REQUIRE(csv.notes.size() == 5);
    REQUIRE(csv.warnings.size() == 1);
    CHECK_THAT(csv.warnings[0], Catch::Contains("read as Windows-1252"));
    CHECK(csv.notes[0].text == "Café culture: more small tables");
    CHECK(csv.notes[0].author == "Zoë Dupré");
    CHECK(csv.notes[0].organisation == "Conseil départemental");
    CHECK(csv.notes[1].text == "Ask “what matters to you?” – then listen");
    CHECK(csv.notes[1].author == "Siân O’Brien");
    CHECK(csv.notes[1].colour == "sky");
    CHECK(csv.notes[2].text == "Budget: €5,000 for the youth forum");
    CHECK(csv.notes[2].author == "Jürgen Groß");
    CHECK(csv.notes[3].text == "Naïve questions welcome… really");
    CHECK(csv.notes[3].author == "François Œuvray");
    CHECK(csv.notes[4].text == "Two lines:\nfirst, then second");
    CHECK(csv.notes[4].author == "Åsa Ståhl");
    CHECK(csv.notes[4].line == 6);
}

TEST_CASE("notes csv: semicolons saved by a spreadsheet, fields holding commas and semicolons") {
    const auto csv = parse_notes_csv(read_data("notes-semicolon.csv"), "notes-semicolon.csv");
    REQUIRE(csv.notes.size() == 4);
    CHECK(csv.warnings.empty());
    CHECK(csv.notes[0].text == "Listen first; then act, together");
    CHECK(csv.notes[0].author == "Lee, Ann");
    CHECK(csv.notes[0].colour == "blue");
    CHECK(csv.notes[1].organisation == "Council;Housing");
    CHECK(csv.notes[1].group == "Ways of working");
    CHECK(csv.notes[2].text == "Zeit für Gespräche; „Kaffee“ inklusive");
    CHECK(csv.notes[2].author == "Jörg Weiß");
    CHECK(csv.notes[3].text == "Say \"yes, and\"; then build");
}

TEST_CASE("notes csv: tabs saved by a spreadsheet, fields holding tabs and line breaks") {
    const auto csv = parse_notes_csv(read_data("notes-tab.csv"), "notes-tab.csv");
    REQUIRE(csv.notes.size() == 3);
    CHECK(csv.warnings.empty());
    CHECK(csv.notes[0].text == "Hold meetings out there, not here; in schools too");
    CHECK(csv.notes[0].colour == "orange");
    CHECK(csv.notes[1].text == "A tab\tinside this note");
    CHECK(csv.notes[2].text == "Three\nlines\nhere");
    CHECK(csv.notes[2].organisation == "Police; Fire");
    CHECK(csv.notes[2].line == 4);
}

TEST_CASE("notes csv: UTF-16 \"Unicode Text\" saved by a spreadsheet") {
    const auto csv = parse_notes_csv(read_data("notes-unicode-text.txt"), "notes.txt");
    REQUIRE(csv.notes.size() == 3);
    CHECK(csv.warnings.empty());
    CHECK(csv.notes[0].text == "Łódź youth council joins in");
    CHECK(csv.notes[0].author == "Łukasz Nowak");
    CHECK(csv.notes[1].author == "Ελένη Παπαδοπούλου");
    CHECK(csv.notes[1].colour == "sky");
    CHECK(csv.notes[2].text == "倾听年轻人");
    CHECK(csv.notes[2].group == "Voice");
}

TEST_CASE("notes csv: a semicolon file with a bad colour names the line") {
    const Error e = parse_error("text;colour\n\"a, b\";red\nc;teal\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(), Catch::StartsWith("unknown colour \"teal\""));
}

TEST_CASE("notes import plan: each group is created once, in order of first appearance") {
    const auto csv = parse("text,group,colour\nA,One,\nB,Two,pink\nC,One,\nD,,\nE,Two,\n");
    const auto ops = plan_notes_import(Session{}, csv, counting_ids());
    REQUIRE(ops.size() == 2 + 5);
    const auto& one = std::get<AddGroup>(ops[0]);
    const auto& two = std::get<AddGroup>(ops[1]);
    CHECK(one.id == "id-1");
    CHECK(one.title == "One");
    CHECK(two.id == "id-2");
    CHECK(two.title == "Two");
    CHECK(one.position == Vec2{0, 0});  // an empty board starts at the origin
    const std::vector<std::string> expected_groups = {"id-1", "id-2", "id-1", "", "id-2"};
    for (std::size_t i = 0; i < 5; ++i) {
        const auto& note = std::get<AddNote>(ops[2 + i]);
        CHECK(note.id == "id-" + std::to_string(3 + i));
        CHECK(note.text == csv.notes[i].text);
        CHECK(note.group_id == expected_groups[i]);
    }
    CHECK(std::get<AddNote>(ops[2]).colour == default_note_colour());
    CHECK(std::get<AddNote>(ops[3]).colour == "pink");
}

TEST_CASE("notes import plan: an existing live group is reused by title") {
    const Session session = fold({
        make_op(kDeviceA, 1, 1, AddGroup{"voice", "Voice", "blue", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddGroup{"old", "Old", "", {300, 0}}),
        make_op(kDeviceA, 3, 3, DeleteGroup{"old"}),
    });
    const auto csv = parse("text,group\nA,Voice\nB,Old\nC,Voice\n");
    const auto ops = plan_notes_import(session, csv, counting_ids());
    REQUIRE(ops.size() == 1 + 3);
    const auto& created = std::get<AddGroup>(ops[0]);
    CHECK(created.title == "Old");  // a deleted group does not count
    CHECK(created.id == "id-1");
    CHECK(std::get<AddNote>(ops[1]).group_id == "voice");
    CHECK(std::get<AddNote>(ops[2]).group_id == "id-1");
    CHECK(std::get<AddNote>(ops[3]).group_id == "voice");
}

TEST_CASE("notes import plan: new notes overlap nothing already on the board, nor each other") {
    std::vector<Op> base = {
        make_op(kDeviceA, 1, 1, AddGroup{"g", "Voice", "", {900, -100}}),
        make_op(kDeviceA, 2, 2, AddNote{"n1", "a", "", "", "", "g", {0, 0}}),
        make_op(kDeviceA, 3, 3, AddNote{"n2", "b", "", "", "", "", {500, 300}}),
        make_op(kDeviceA, 4, 4, AddNote{"n3", "c", "", "", "", "", {-200, 1000}}),
        make_op(kDeviceA, 5, 5, AddNote{"n4", "d", "", "", "", "", {5000, 40}}),
        make_op(kDeviceA, 6, 6, DeleteNote{"n4"}),
    };
    const Session session = fold(base);
    std::string text = "text,group\n";
    for (int i = 0; i < 40; ++i)
        text += "note " + std::to_string(i) + ",G" + std::to_string(i % 3) + "\n";
    for (int i = 0; i < 5; ++i) text += "loose " + std::to_string(i) + ",\n";
    for (int i = 0; i < 4; ++i) text += "more voice,Voice\n";
    const auto ops = plan_notes_import(session, parse(text), counting_ids());

    std::vector<Vec2> placed;
    for (const auto& op : ops) {
        if (const auto* add = std::get_if<AddNote>(&op)) placed.push_back(add->position);
    }
    REQUIRE(placed.size() == 49);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (const auto& old : session.board.notes) {
            if (old.deleted.value) continue;
            CHECK_FALSE(overlaps(placed[i], kNote, old.position.value, kNote));
        }
        for (std::size_t j = 0; j < i; ++j)
            CHECK_FALSE(overlaps(placed[i], kNote, placed[j], kNote));
        CHECK_FALSE(overlaps(placed[i], kNote, Vec2{900, -100}, kNote));  // the group's title
    }
    // Tidy: a group of 14 fills 8 rows in 2 columns, to the right of the existing content.
    CHECK(placed[0].x > 900 + kNoteWidth);
    CHECK(placed[0].x < 5000);  // the deleted note does not push the import away
    CHECK(placed[0].y == placed[1 * 3].y - (kNoteHeight + 20));
    CHECK(placed[24].x > placed[0].x);  // the ninth note of G0 starts its second column
    CHECK(placed[24].y == placed[0].y);
    // The existing group's new notes sit under its notes (n1 at 0,0 and its title at 900,-100).
    for (std::size_t i = 45; i < 49; ++i) {
        CHECK(placed[i].y >= kNoteHeight);
        CHECK(placed[i].x >= 0);
        CHECK(placed[i].x + kNoteWidth <= 900 + kNoteWidth);
    }
}

TEST_CASE("notes import plan: new notes of an existing group go under its notes") {
    const Session session = fold({
        make_op(kDeviceA, 1, 1, AddGroup{"voice", "Voice", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddNote{"v1", "old", "", "", "", "voice", {0, 50}}),
        make_op(kDeviceA, 3, 3, AddNote{"x", "in the way", "", "", "", "", {0, 250}}),
        make_op(kDeviceA, 4, 4, AddGroup{"trust", "Trust", "", {400, 0}}),
    });
    const auto ops = plan_notes_import(session, parse("text,group\nA,Voice\nB,Voice\nC,Voice\n"),
                                       counting_ids());
    REQUIRE(ops.size() == 3);
    // One column, as wide as the group, pushed below the note in the way (bottom 370 + gap).
    CHECK(std::get<AddNote>(ops[0]).position == Vec2{0, 390});
    CHECK(std::get<AddNote>(ops[1]).position == Vec2{0, 530});
    CHECK(std::get<AddNote>(ops[2]).position == Vec2{0, 670});
}

TEST_CASE("notes import plan: two existing groups one above the other share the space") {
    const Session session = fold({
        make_op(kDeviceA, 1, 1, AddGroup{"top", "Top", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddGroup{"low", "Low", "", {0, 300}}),
    });
    const auto ops = plan_notes_import(
        session, parse("text,group\nA,Top\nB,Top\nC,Top\nD,Low\nE,Low\n"), counting_ids());
    REQUIRE(ops.size() == 5);
    std::vector<Vec2> placed;
    for (const auto& op : ops) placed.push_back(std::get<AddNote>(op).position);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        CHECK_FALSE(overlaps(placed[i], kNote, Vec2{0, 300}, Vec2{kNoteWidth, 50}));
        for (std::size_t j = 0; j < i; ++j)
            CHECK_FALSE(overlaps(placed[i], kNote, placed[j], kNote));
    }
    CHECK(placed[3].y > placed[2].y);  // Low's notes come under Top's, which pass Low's title
}

TEST_CASE("notes import plan: folding the planned ops gives the expected board") {
    const std::vector<Op> base = {
        make_op(kDeviceA, 1, 1, AddGroup{"voice", "Voice", "blue", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddNote{"n1", "Old note", "", "", "yellow", "voice", {0, 50}}),
    };
    const auto csv = parse_notes_csv(read_data("notes-sample.csv"), "notes-sample.csv");
    const auto ops = plan_notes_import(fold(base), csv, counting_ids());
    CHECK(ops.size() == 4 + 8);  // Voice exists: four new groups and eight notes

    const Session after = fold_with(base, ops);
    const Board& board = after.board;
    CHECK(board.live_note_count() == 9);
    REQUIRE(board.groups.size() == 5);
    CHECK(board.groups[1].title.value == "Ways of working");
    CHECK(board.groups[4].title.value == "Joined-up care");
    const Note* multi = board.find_note("id-12");
    REQUIRE(multi);
    CHECK(multi->text.value == "Multi-line note:\nfirst thought\nsecond thought");
    CHECK(multi->author.value == "Participant H");
    CHECK(multi->colour.value == "purple");
    CHECK(multi->group_id.value == board.find_group_by_title("Ways of working")->id);
    const Note* voice = board.find_note("id-6");
    REQUIRE(voice);
    CHECK(voice->group_id.value == "voice");
    CHECK(voice->organisation.value == "Voluntary Action Sheffield");
}

TEST_CASE("notes import plan: committed as one change, one undo removes it all") {
    hostspace::test::TempDir dir;
    Document doc = Document::create(dir / "s.hostspace", "Board", hostspace::test::fixed_options());
    const auto csv = parse_notes_csv(read_data("notes-sample.csv"), "notes-sample.csv");
    doc.commit(plan_notes_import(doc.state(), csv, counting_ids()));
    CHECK(doc.state().board.live_note_count() == 8);
    CHECK(doc.state().board.groups.size() == 5);
    REQUIRE(doc.undo());
    CHECK(doc.state().board.live_note_count() == 0);
    CHECK(doc.state().board.find_group_by_title("Voice") == nullptr);
}
