// The shared CSV reading: encodings (csv_text), rows (csv_rows) and the header-mapped table
// (csv_table) that both importers stand on.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/import/csv_rows.hpp"
#include "core/import/csv_table.hpp"
#include "core/import/csv_text.hpp"
#include "core/util/error.hpp"

using namespace hostspace;

namespace {

Error decode_error(std::string_view bytes) {
    try {
        decode_csv_bytes(bytes, "list.csv");
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error("unreachable");
}

const CsvColumns kNoteColumns{
    {{"text"}, {"author"}, {"organisation", "organization"}, {"group"}, {"colour", "color"}}, 0};

std::vector<CsvRow> rows_of(std::string_view text, char delimiter) {
    std::vector<CsvRow> rows;
    read_csv_rows(text, delimiter, "t.csv", [&](CsvRow& row) {
        rows.push_back(row);
        return true;
    });
    return rows;
}

Error rows_error(std::string_view text, char delimiter) {
    try {
        rows_of(text, delimiter);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error("unreachable");
}

struct Table {
    CsvTableInfo info;
    std::vector<CsvRow> rows;
};

Table table_of(std::string_view bytes) {
    Table t;
    t.info =
        read_csv_table(bytes, "t.csv", kNoteColumns, [&](CsvRow& row) { t.rows.push_back(row); });
    return t;
}

Error table_error(std::string_view bytes) {
    try {
        table_of(bytes);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error("unreachable");
}

}  // namespace

TEST_CASE("csv text: UTF-8 is read as it is, with or without its byte order mark") {
    const std::string utf8 = "text\nCafé “quoted” €5\n";
    CsvText plain = decode_csv_bytes(utf8, "a.csv");
    CHECK(plain.text == utf8);
    CHECK(plain.encoding == CsvEncoding::utf8);
    CHECK(plain.warnings.empty());
    CsvText marked = decode_csv_bytes("\xEF\xBB\xBF" + utf8, "a.csv");
    CHECK(marked.text == utf8);  // the mark is dropped
    CHECK(marked.encoding == CsvEncoding::utf8);
    CHECK(marked.warnings.empty());
    CHECK(decode_csv_bytes("", "a.csv").text.empty());
}

TEST_CASE("csv text: Windows-1252 is transcoded, with a warning naming the file") {
    // € 0x80, é 0xE9, curly quotes 0x93 0x94, apostrophe 0x92, en dash 0x96, Š 0x8A, Ÿ 0x9F,
    // œ 0x9C, ß 0xDF, non-breaking space 0xA0.
    const CsvText out = decode_csv_bytes(
        "text,author\r\nCaf\xE9 \x93small tables\x94 \x80"
        "5 \x96 it\x92s \x8A\x9F\x9C\xDF\xA0!,Zo\xEB\r\n",
        "Notes/excel.csv");
    CHECK(out.encoding == CsvEncoding::windows_1252);
    CHECK(out.text == "text,author\r\nCafé “small tables” €5 – it’s ŠŸœß\u00A0!,Zoë\r\n");
    REQUIRE(out.warnings.size() == 1);
    CHECK_THAT(out.warnings[0], Catch::StartsWith("Notes/excel.csv is not UTF-8 text, so it was "
                                                  "read as Windows-1252"));
    CHECK_THAT(out.warnings[0], Catch::Contains("\"CSV UTF-8\""));
}

TEST_CASE("csv text: a byte that is neither UTF-8 nor Windows-1252 names its line and value") {
    for (const char byte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
        const std::string bytes = std::string("text\nCaf\xE9\nfine\r\nbad ") + byte + "\n";
        const Error e = decode_error(bytes);
        CHECK(e.line() == 4);
        CHECK(e.file() == "list.csv");
        CHECK_THAT(e.reason(), Catch::Contains("neither UTF-8 nor Windows-1252"));
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(byte));
        CHECK_THAT(e.reason(), Catch::StartsWith(std::string("the byte ") + hex));
    }
}

TEST_CASE("csv text: a file of UTF-8 with bytes of another encoding is refused") {
    // Lines 2-3 are UTF-8, line 4 Windows-1252: either reading would garble one of them.
    Error e = decode_error("text\nCafé crème\nbrûlée\nCaf\xE9\n");
    CHECK(e.line() == 4);
    CHECK_THAT(e.reason(), Catch::StartsWith("the byte 0xE9 on this line is not UTF-8, but line "
                                             "2 is UTF-8 text: the file mixes two encodings"));
    // A UTF-8 byte order mark says UTF-8, so a later Windows-1252 byte is a mix too.
    e = decode_error("\xEF\xBB\xBFtext\nfine\nna\xEFve\n");
    CHECK(e.line() == 3);
    CHECK_THAT(e.reason(), Catch::Contains("mixes two encodings"));
}

TEST_CASE("csv text: Windows-1252 that happens to hold a UTF-8 sequence is still read") {
    // "Gruß“" is 0xDF 0x93, well-formed UTF-8 (U+07D3), outnumbered by é, ä and ’.
    const CsvText out =
        decode_csv_bytes("text\n\x84Gru\xDF\x93, sagt Andr\xE9\nK\xE4se\x92s\n", "g.csv");
    CHECK(out.encoding == CsvEncoding::windows_1252);
    CHECK(out.text == "text\n„Gruß“, sagt André\nKäse’s\n");
    // One UTF-8 letter against one other byte: not enough to call it UTF-8.
    CHECK(decode_csv_bytes("text\nCafé\nCaf\xE9\n", "g.csv").text == "text\nCafÃ©\nCafé\n");
}

TEST_CASE("csv text: UTF-16 with a byte order mark is read in either byte order") {
    const std::string le("\xFF\xFEt\0e\0x\0t\0\t\0\xE9\0\r\0\n\0\xAC\x20\n\0", 22);
    CsvText out = decode_csv_bytes(le, "u.txt");
    CHECK(out.encoding == CsvEncoding::utf16);
    CHECK(out.text == "text\té\r\n€\n");
    CHECK(out.warnings.empty());  // the mark says what it is: nothing was guessed
    const std::string be("\xFE\xFF\0t\0e\0x\0t\0\n\xD8\x3D\xDE\x00", 16);
    CHECK(decode_csv_bytes(be, "u.txt").text == "text\n\xF0\x9F\x98\x80");  // a surrogate pair
}

TEST_CASE("csv text: damaged UTF-16 names the line") {
    // A lone high surrogate on line 2.
    Error e = decode_error(std::string("\xFF\xFEt\0\n\0\x3D\xD8x\0", 10));
    CHECK(e.line() == 2);
    CHECK_THAT(e.reason(), Catch::Contains("not valid UTF-16"));
    // Cut in the middle of a character.
    e = decode_error(std::string("\xFF\xFEt\0\n\0x", 7));
    CHECK(e.line() == 2);
    CHECK_THAT(e.reason(), Catch::Contains("cut short"));
}

TEST_CASE("csv text: UTF-32, NUL characters and UTF-16 without its mark are refused") {
    CHECK_THAT(decode_error(std::string("\xFF\xFE\0\0t\0\0\0", 8)).reason(),
               Catch::Contains("UTF-32"));
    // UTF-16 without a byte order mark is valid UTF-8 full of NULs.
    const Error e = decode_error(std::string("t\0e\0x\0t\0", 8));
    CHECK(e.line() == 1);
    CHECK_THAT(e.reason(), Catch::Contains("NUL character"));
    CHECK(decode_error(std::string("text\r\none\rtwo\0\n", 15)).line() == 3);
}

TEST_CASE("csv text: error lines count LF, CRLF and a lone CR as one line end each") {
    CHECK(decode_error("a\r\nb\rc\n\nd \x81").line() == 5);
}

TEST_CASE("csv text: a header cell names a column trimmed, in any case, by any of its names") {
    CHECK(csv_column_index(kNoteColumns, "text") == 0);
    CHECK(csv_column_index(kNoteColumns, "  TeXt\t") == 0);
    CHECK(csv_column_index(kNoteColumns, "Organization") == 2);
    CHECK(csv_column_index(kNoteColumns, "COLOR") == 4);
    CHECK(csv_column_index(kNoteColumns, "texts") == std::string::npos);
    CHECK(csv_column_index(kNoteColumns, "") == std::string::npos);
}

TEST_CASE("csv text: the separator is the one that makes the header name the required column") {
    CHECK(detect_csv_delimiter("text,author\nA;B,C\n", kNoteColumns) == ',');
    CHECK(detect_csv_delimiter("text;author\nA,B;C\n", kNoteColumns) == ';');
    CHECK(detect_csv_delimiter("Author\tText\nA;B\tC,D\n", kNoteColumns) == '\t');
    // The header is the first row that holds more than blanks.
    CHECK(detect_csv_delimiter("\n ; \n\r\nauthor;text\n", kNoteColumns) == ';');
    // A one-column file reads the same with any separator: comma.
    CHECK(detect_csv_delimiter("text\nA;B\n", kNoteColumns) == ',');
}

TEST_CASE("csv text: quoted header cells may hold the other separators") {
    // With a comma, "author, name" would break the quoting: not the separator.
    CHECK(detect_csv_delimiter("text;\"author, name\";group\n", kNoteColumns) == ';');
    CHECK(detect_csv_delimiter("\"te;xt\",text,\"a\tb\"\n", kNoteColumns) == ',');
    CHECK(detect_csv_delimiter("\"a,b;c\"\ttext\n", kNoteColumns) == '\t');
    CHECK(detect_csv_delimiter("\"text\";\"group\"\n", kNoteColumns) == ';');
}

TEST_CASE("csv text: when several separators find the required column, the most columns win") {
    // Comma: "text;author;group" and "text" (1 known); semicolon: text, author, "group,text" (2).
    CHECK(detect_csv_delimiter("text;author;group,text\n", kNoteColumns) == ';');
    // A tie keeps the order comma, semicolon, tab.
    CHECK(detect_csv_delimiter("text;group,text\n", kNoteColumns) == ',');
}

TEST_CASE("csv text: no separator that finds the required column gives comma") {
    CHECK(detect_csv_delimiter("note;author\n", kNoteColumns) == ',');
    CHECK(detect_csv_delimiter("", kNoteColumns) == ',');
    CHECK(detect_csv_delimiter("\"text\n", kNoteColumns) == ',');  // never closed
}

TEST_CASE("csv rows: fields split by the chosen separator, quotes respected, lines kept") {
    const auto rows = rows_of(
        "a;\"b; c, d\";e\r\n"  // 1
        "\r\n"                 // 2: blank, skipped
        " ; ;\n"               // 3: blanks only, skipped
        "\"x\ny\";z\n"         // 4-5
        "last;\"say \"\"hi\"\"\"",
        ';');  // 6
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b; c, d", "e"});
    CHECK(rows[0].line == 1);
    CHECK(rows[1].fields == std::vector<std::string>{"x\ny", "z"});
    CHECK(rows[1].line == 4);
    CHECK(rows[2].fields == std::vector<std::string>{"last", "say \"hi\""});
    CHECK(rows[2].line == 6);
    // A tab separator keeps spaces and a comma or semicolon inside a field.
    CHECK(rows_of(" a, b\t\"c\td\"\t;\n", '\t')[0].fields ==
          std::vector<std::string>{" a, b", "c\td", ";"});
}

TEST_CASE("csv rows: reading stops when the row handler says so") {
    int seen = 0;
    // The unclosed quote on line 3 is never reached.
    read_csv_rows("one\ntwo\n\"three\n", ',', "t.csv", [&](CsvRow&) { return ++seen < 2; });
    CHECK(seen == 2);
}

TEST_CASE("csv rows: quote errors name the line and the separator in use") {
    Error e = rows_error("a;b\nc;d \"e\";f\n", ';');
    CHECK(e.line() == 2);
    CHECK(e.file() == "t.csv");
    CHECK_THAT(e.reason(), Catch::Contains("right next to its semicolons"));
    e = rows_error("a\tb\n\"open\tc\nd\n", '\t');
    CHECK(e.line() == 2);
    CHECK_THAT(e.reason(), Catch::Contains("never closed"));
}

TEST_CASE("csv rows: separators are named in words") {
    CHECK(delimiter_name(',') == "comma");
    CHECK(delimiter_name(';') == "semicolon");
    CHECK(delimiter_name('\t') == "tab");
    CHECK(delimiter_name('|') == "\"|\"");
}

TEST_CASE("csv table: rows come by column whatever the header's order and separator") {
    const Table t = table_of("Group;Notes;TEXT\n\"Voice; youth\";ignored;\"Hi, all\"\nG2\n");
    CHECK(t.info.delimiter == ';');
    CHECK(t.info.encoding == CsvEncoding::utf8);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields == std::vector<std::string>{"Hi, all", "", "", "Voice; youth", ""});
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].fields == std::vector<std::string>{"", "", "", "G2", ""});  // a short row
    CHECK(t.info.warnings ==
          std::vector<std::string>{"ignored column \"Notes\" (hostspace reads text, author, "
                                   "organisation, group and colour)"});
}

TEST_CASE("csv table: the encoding warning comes first, before the columns'") {
    const Table t = table_of("text\tcolour\tvotes\nCaf\xE9\tred\t2\n");
    CHECK(t.info.delimiter == '\t');
    CHECK(t.info.encoding == CsvEncoding::windows_1252);
    REQUIRE(t.info.warnings.size() == 2);
    CHECK_THAT(t.info.warnings[0], Catch::Contains("read as Windows-1252"));
    CHECK_THAT(t.info.warnings[1], Catch::StartsWith("ignored column \"votes\""));
    CHECK(t.rows.at(0).fields[0] == "Café");
}

TEST_CASE("csv table: a header that names no required column with any separator is refused") {
    const Error e = table_error("\nnote;author|x\nHello;Ann\n");
    CHECK(e.line() == 2);
    CHECK(e.reason() ==
          "there is no \"text\" column (found \"note;author|x\"); the first row must name the "
          "columns, separated by commas, semicolons or tabs, for example "
          "text,author,organisation,group,colour");
}

TEST_CASE("csv table: an empty file, a doubled column and a long row are refused") {
    CHECK_THAT(table_error("\n \n").reason(), Catch::StartsWith("the file is empty"));
    CHECK(table_error("\n \n").line() == 1);
    CHECK(table_error("text;Colour;color\n").reason() ==
          "columns 2 (\"Colour\") and 3 (\"color\") name the same thing; keep only one");
    const Error e = table_error("text;author\nA;B;C\n");
    CHECK(e.line() == 2);
    CHECK(e.reason() ==
          "row has 3 fields, header has 2 (a double quote may be missing around a field that "
          "holds a semicolon)");
}

TEST_CASE("csv table: an error thrown by the row handler stops the read") {
    int seen = 0;
    CHECK_THROWS_AS(read_csv_table("text\na\nb\nc\n", "t.csv", kNoteColumns,
                                   [&](CsvRow& row) {
                                       ++seen;
                                       if (row.line == 3) throw Error("t.csv", 3, "stop");
                                   }),
                    Error);
    CHECK(seen == 2);
}

TEST_CASE("csv table: message helpers") {
    CHECK(shown_value("teal") == "\"teal\"");
    CHECK(shown_value(std::string(39, 'a') + "é…") == "\"" + std::string(39, 'a') + "...\"");
    CHECK(line_list({4}) == "line 4");
    CHECK(line_list({4, 9}) == "lines 4, 9");
    std::vector<std::size_t> many;
    for (std::size_t i = 1; i <= 23; ++i) many.push_back(i);
    CHECK_THAT(line_list(many), Catch::EndsWith("19, 20 and 3 more"));
    CHECK(trim_blanks(" \t a b \r\n") == "a b");
    CHECK(trim_blanks("  ") == "");
    CHECK(is_blank_text(" \t\r\n"));
    CHECK(is_blank_text(""));
    CHECK_FALSE(is_blank_text(" x "));
}

TEST_CASE("csv text: a header names the required column with any of the separators, or not") {
    CHECK(csv_header_names_required("Text,Author\n", kNoteColumns));
    CHECK(csv_header_names_required("author;\"text\"\n", kNoteColumns));
    CHECK(csv_header_names_required("\n\nauthor\ttext\n", kNoteColumns));
    CHECK_FALSE(csv_header_names_required("author,group\ntext\n", kNoteColumns));
    CHECK_FALSE(csv_header_names_required("", kNoteColumns));
    CHECK_FALSE(csv_header_names_required("\"text,author\n", kNoteColumns));  // broken quotes
}
