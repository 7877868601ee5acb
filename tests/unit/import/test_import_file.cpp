#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>

#include "core/import/import_file.hpp"
#include "core/import/notes_csv.hpp"
#include "core/import/participants_csv.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

std::function<std::string()> counting_ids() {
    auto n = std::make_shared<int>(0);
    return [n] { return "id-" + std::to_string(++*n); };
}

std::filesystem::path data(const std::string& name) {
    return std::filesystem::path(HOSTSPACE_TEST_DATA) / name;
}

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

Error read_error(const std::filesystem::path& file) {
    try {
        read_import_file(file);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error for " << file);
    return Error("unreachable");
}

}  // namespace

TEST_CASE("import file: the bytes of a file, unchanged") {
    TempDir dir;
    write(dir / "a.csv", std::string("text\r\nCaf\xE9\0x", 11));
    CHECK(read_import_file(dir / "a.csv") == std::string("text\r\nCaf\xE9\0x", 11));
}

TEST_CASE("import file: a missing file, a folder, an empty file and a pipe are refused clearly") {
    TempDir dir;
    Error e = read_error(dir / "nope.csv");
    CHECK(e.file() == (dir / "nope.csv").string());
    CHECK(e.line() == 0);
    CHECK_THAT(e.reason(), Catch::StartsWith("there is no such file"));
    CHECK_THAT(read_error(dir / "nope" / "a.csv").reason(), Catch::StartsWith("there is no such"));
    CHECK_THAT(read_error(dir.path()).reason(), Catch::StartsWith("this is a folder"));
    write(dir / "empty.csv", "");
    CHECK_THAT(read_error(dir / "empty.csv").reason(), Catch::StartsWith("the file is empty"));
    REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
    CHECK_THAT(read_error(dir / "pipe").reason(), Catch::StartsWith("this is not a regular file"));
    CHECK_THAT(read_error("").reason(), Catch::StartsWith("no file was named"));
}

TEST_CASE("import file: a file the user may not read is refused as such") {
    if (::geteuid() == 0) return;  // root reads anything: nothing to check
    TempDir dir;
    write(dir / "locked.csv", "text\nHi\n");
    ::chmod((dir / "locked.csv").c_str(), 0);
    CHECK_THAT(read_error(dir / "locked.csv").reason(), Catch::Contains("permission denied"));
}

TEST_CASE("import file: a file over the size limit is refused before it is read") {
    TempDir dir;
    { std::ofstream(dir / "huge.csv", std::ios::binary) << "text\n"; }
    std::filesystem::resize_file(dir / "huge.csv", kMaxImportFileBytes + 1);  // sparse: instant
    const Error e = read_error(dir / "huge.csv");
    CHECK(e.reason() ==
          "the file is 50.1 MB, more than the 50 MB an import reads (a list of notes or people "
          "is far smaller); check that this is the right file");
    std::filesystem::resize_file(dir / "huge.csv", kMaxImportFileBytes);
    CHECK(read_import_file(dir / "huge.csv").size() == kMaxImportFileBytes);
}

TEST_CASE("import file: notes planned from a Windows-1252 file, with counts and warnings") {
    const Session session = fold({make_op(kDeviceA, 1, 1, AddGroup{"v", "Voice", "", {0, 0}})});
    const ImportPlan plan = plan_notes_file(session, data("notes-excel-1252.csv"), counting_ids());
    CHECK(plan.count == 5);
    CHECK(plan.new_groups == 2);  // Spaces and Young people; Voice exists
    CHECK(plan.ops.size() == 2 + 5);
    REQUIRE(plan.warnings.size() == 1);
    CHECK_THAT(plan.warnings[0],
               Catch::StartsWith(data("notes-excel-1252.csv").string() + " is not UTF-8 text"));
    CHECK(std::get<AddNote>(plan.ops[2]).text == "Café culture: more small tables");
    CHECK(import_summary(plan, ImportKind::notes) == "imported 5 notes (2 new themes)");
}

TEST_CASE("import file: an error names the file and the line, from the file's path") {
    TempDir dir;
    write(dir / "bad.csv", "text;colour\nfine;red\nbad;teal\n");
    try {
        plan_notes_file(Session{}, dir / "bad.csv", counting_ids());
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.file() == (dir / "bad.csv").string());
        CHECK(e.line() == 3);
        CHECK_THAT(e.reason(), Catch::StartsWith("unknown colour \"teal\""));
    }
    CHECK_THROWS_AS(plan_participants_file(Session{}, dir / "missing.csv", counting_ids()), Error);
}

TEST_CASE("import file: participants planned from a file, repeats skipped") {
    const ImportPlan plan =
        plan_participants_file(Session{}, data("participants.csv"), counting_ids());
    CHECK(plan.count == 4);
    CHECK(plan.ops.size() == 4);
    CHECK(plan.new_groups == 0);
    CHECK(plan.warnings.size() == 3);  // Email ignored, a row without a name, a repeat
    CHECK(import_summary(plan, ImportKind::participants, "board.hostspace") ==
          "imported 4 participants into board.hostspace");
}

TEST_CASE("import file: the summary counts in words a facilitator reads") {
    ImportPlan plan;
    CHECK(import_summary(plan, ImportKind::notes) == "imported no notes");
    CHECK(import_summary(plan, ImportKind::participants) == "imported no participants");
    plan.count = 1;
    plan.new_groups = 1;
    CHECK(import_summary(plan, ImportKind::notes, "a.hostspace") ==
          "imported 1 note into a.hostspace (1 new theme)");
    CHECK(import_summary(plan, ImportKind::participants) == "imported 1 participant");
    plan.count = 8;
    plan.new_groups = 0;
    CHECK(import_summary(plan, ImportKind::notes) == "imported 8 notes");
}

TEST_CASE("import file: the amount alone, for the window's own sentence") {
    ImportPlan plan;
    CHECK(import_amount(plan, ImportKind::participants) == "no participants");
    plan.count = 8;
    plan.new_groups = 2;
    CHECK(import_amount(plan, ImportKind::notes) == "8 notes (2 new themes)");
    CHECK(import_amount(plan, ImportKind::participants) == "8 participants");
}

TEST_CASE("import file: a dropped file's name says what it most likely holds") {
    CHECK(guess_import_kind("/home/a/Participants.csv") == ImportKind::participants);
    CHECK(guess_import_kind("Attendees 2026.csv") == ImportKind::participants);
    CHECK(guess_import_kind("board-members.csv") == ImportKind::participants);
    CHECK(guess_import_kind("cafe-notes.csv") == ImportKind::notes);
    CHECK(guess_import_kind("Ideas.CSV") == ImportKind::notes);
    CHECK_FALSE(guess_import_kind("export.csv").has_value());
}

TEST_CASE("import file: a dropped file's header says what it holds before its name does") {
    TempDir dir;
    write(dir / "notes.csv", "\"Name\";\"Organisation\"\nAnn;NHS\n");
    CHECK(guess_import_kind(dir / "notes.csv") == ImportKind::participants);
    write(dir / "people.csv", "author,TEXT\nAnn,Listen\n");
    CHECK(guess_import_kind(dir / "people.csv") == ImportKind::notes);
    CHECK(guess_import_kind(data("participants-excel-1252-semicolon.csv")) ==
          ImportKind::participants);
    write(dir / "export.csv", "a,b\n1,2\n");
    CHECK_FALSE(guess_import_kind(dir / "export.csv").has_value());
}

TEST_CASE("import file: a notes file's header must name text, a participants file's a name") {
    const CsvColumns& notes = notes_columns();
    const CsvColumns& people = participant_columns();
    CHECK(notes.names[notes.required].front() == "text");
    CHECK(people.names[people.required].front() == "name");
    CHECK(csv_column_index(notes, " Organization ") == csv_column_index(notes, "organisation"));
    CHECK(csv_column_index(people, "ROLE") != std::string_view::npos);
    CHECK(csv_column_index(people, "text") == std::string_view::npos);
}
