#include <catch2/catch.hpp>

#include "core/export/csv_writer.hpp"
#include "core/util/error.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::doc;

namespace {

rapidjson::Document python_csv(const std::string& csv, test::TempDir& dir) {
    const auto file = dir / "harvest.csv";
    write_file_atomically(file, csv);
    return test::read_with("csv_rows.py", file.string());
}

}  // namespace

TEST_CASE("a text cell is quoted and a formula is neutralised", "[documents][csv]") {
    CHECK(csv_text_cell("plain") == "\"plain\"");
    CHECK(csv_text_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    for (const char* formula : {"=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"}) {
        INFO(formula);
        CHECK(csv_text_cell(formula).substr(0, 2) == "\"'");
    }
    CHECK(csv_text_cell("a=1") == "\"a=1\"");
    CHECK(csv_text_cell("two\nlines") == "\"two\r\nlines\"");
}

TEST_CASE("the notes CSV opens in Python's csv module as one row per note", "[documents][csv]") {
    test::TempDir dir;
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const auto read = python_csv(render_harvest_csv(d), dir);
    REQUIRE(read.IsObject());
    CHECK(read["bom"].GetBool());
    CHECK(read["crlf"].GetBool());
    const auto& rows = read["rows"];
    REQUIRE(rows.Size() == 19);  // the header and 18 notes
    CHECK(test::str(rows[0][0]) == "text");
    CHECK(test::str(rows[0][6]) == "created_at");
    const DataTable& notes = *d.find_table("notes");
    for (rapidjson::SizeType r = 1; r < rows.Size(); ++r) {
        const auto& row = rows[r];
        REQUIRE(row.Size() == 7);
        const std::string typed = notes.rows[r - 1][0].text;
        const std::string read_text = test::str(row[0]);
        INFO(typed);
        // Whole, with a leading apostrophe only where a spreadsheet would run a formula.
        const bool formula = std::string("=+-@\t\r").find(typed.front()) != std::string::npos;
        CHECK(read_text == (formula ? "'" : "") + typed);
        CHECK(test::str(row[5]) == notes.rows[r - 1][5].text);  // the dots, a plain number
    }
    const std::string all = test::joined(rows[3]) + test::joined(rows[4]);
    CHECK_THAT(all, Catch::Contains("\xE6\x9D\x8E\xE4\xBC\x9F"));
}

TEST_CASE("the other tables as CSV, and a table the document lacks", "[documents][csv]") {
    test::TempDir dir;
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const auto actions = python_csv(render_harvest_csv(d, "actions"), dir);
    REQUIRE(actions.IsObject());
    REQUIRE(actions["rows"].Size() == 3);
    CHECK(test::str(actions["rows"][2][0]) == "'=SUM(A1:A9) check the budget");
    const auto votes = python_csv(render_harvest_csv(d, "votes"), dir);
    REQUIRE(votes.IsObject());
    CHECK(votes["rows"].Size() > 2);
    CHECK(python_csv(render_harvest_csv(d, "principles"), dir)["rows"].Size() == 3);
    CHECK_THROWS_WITH(render_harvest_csv(d, "themes"),
                      Catch::Contains("\"themes\"") && Catch::Contains("actions, votes, notes"));
}

TEST_CASE("random text with separators, quotes and formulas survives a CSV whole", "[documents][csv][property]") {
    const std::vector<std::string> pieces = {",", ";", "\"", "\"\"", "'", "\n", "\r\n", "=", "+", "-", "@", "\t",
                                             " ", "x", "1", "\xC3\xA9", "\xE6\x9D\x8E", "\xD9\x84", "\xE2\x80\x8F",
                                             "=cmd|' /C calc'!A0", "<script>", "|"};
    std::uint32_t seed = 4242;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    HarvestDocument d;
    DataTable table{"notes", {"text", "dots"}, {}};
    for (int row = 0; row < 60; ++row) {
        std::string text;
        const int n = static_cast<int>(next() % 10) + 1;
        for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
        table.rows.push_back({Cell{text}, Cell{std::to_string(row), true}});
    }
    d.tables.push_back(table);
    test::TempDir dir;
    const auto read = python_csv(render_harvest_csv(d), dir);
    REQUIRE(read.IsObject());
    REQUIRE(read["rows"].Size() == table.rows.size() + 1);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = read["rows"][static_cast<rapidjson::SizeType>(r + 1)];
        std::string typed = table.rows[r][0].text;
        INFO(typed);
        REQUIRE(row.Size() == 2);
        // Line ends come back as the file wrote them (CRLF inside a cell); compare them as LF.
        std::string got = test::str(row[0]);
        for (std::string* s : {&typed, &got}) {
            std::string::size_type at;
            while ((at = s->find("\r\n")) != std::string::npos) s->replace(at, 2, "\n");
        }
        const bool formula = std::string("=+-@\t\r").find(table.rows[r][0].text.front()) != std::string::npos;
        CHECK(got == (formula ? "'" : "") + typed);
        CHECK(test::str(row[1]) == std::to_string(r));
    }
}
