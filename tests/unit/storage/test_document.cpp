#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/document.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::fixed_options;
using hostspace::test::TempDir;

namespace {

Document reopen(const std::filesystem::path& folder, std::vector<std::string>* warnings = nullptr) {
    std::vector<std::string> local;
    return Document::open(folder, fixed_options(), warnings ? *warnings : local);
}

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

}  // namespace

TEST_CASE("session folder names get the .hostspace suffix once", "[document]") {
    CHECK(session_folder_for("board") == std::filesystem::path("board.hostspace"));
    CHECK(session_folder_for("a/board.hostspace") == std::filesystem::path("a/board.hostspace"));
    CHECK(session_folder_for("a/board.hostspace/") == std::filesystem::path("a/board.hostspace"));
}

TEST_CASE("create, commit and reopen give the same state", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "Our purpose", fixed_options());
        doc.commit({note("n1", "first")});
        doc.commit({note("n2", "second"), MoveNote{"n2", {5, 5}}});
        CHECK(doc.saved_seq() == 4);
        CHECK(doc.tail_lines() == 3);
    }
    CHECK(std::filesystem::exists(folder / "journal.jsonl"));
    CHECK(std::filesystem::exists(folder / "snapshot.json"));
    Document doc = reopen(folder);
    CHECK(doc.state().meta.title.value == "Our purpose");
    CHECK(doc.state().board.live_note_count() == 2);
    CHECK(doc.state().board.find_note("n2")->position.value == Vec2{5, 5});
    CHECK(doc.saved_seq() == 4);
    CHECK(doc.state().board.find_note("n1")->created_ms > 1'700'000'000'000);
}

TEST_CASE("creating over an existing session is refused", "[document]") {
    TempDir dir;
    Document::create(dir / "s.hostspace", "x", fixed_options());
    CHECK_THROWS_WITH(Document::create(dir / "s.hostspace", "y", fixed_options()),
                      Catch::Contains("already exists"));
    CHECK_THROWS_WITH(reopen(dir / "none.hostspace"), Catch::Contains("no session here"));
}

TEST_CASE("a snapshot makes the next open replay only the tail", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "t", fixed_options());
        doc.commit({note("n1", "a")});
        doc.write_snapshot();
        CHECK(doc.tail_lines() == 0);
        doc.commit({EditNoteText{"n1", "b"}});
        doc.compact_if_needed(5);
        CHECK(doc.tail_lines() == 1);
    }
    Document doc = reopen(folder);
    CHECK(doc.tail_lines() == 1);
    CHECK(doc.state().board.find_note("n1")->text.value == "b");
    doc.compact_if_needed(0);
    CHECK(doc.tail_lines() == 0);
}

TEST_CASE("undo and redo append inverse ops and survive a reopen", "[document][undo]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "t", fixed_options());
        doc.commit({note("n1", "a")});
        doc.commit({EditNoteText{"n1", "b"}});
        REQUIRE(doc.undo());
        CHECK(doc.state().board.find_note("n1")->text.value == "a");
        REQUIRE(doc.redo());
        CHECK(doc.state().board.find_note("n1")->text.value == "b");
        REQUIRE(doc.undo());
        REQUIRE(doc.undo());
        CHECK(doc.state().board.live_note_count() == 0);
        REQUIRE(doc.undo());  // the title set at creation
        CHECK(doc.state().meta.title.value.empty());
        CHECK_FALSE(doc.undo());
        REQUIRE(doc.redo());
        REQUIRE(doc.redo());
        CHECK(doc.state().board.find_note("n1")->text.value == "a");
        CHECK(doc.can_redo());
        doc.commit({SetNoteColour{"n1", "blue"}});
        CHECK_FALSE(doc.can_redo());
    }
    Document doc = reopen(folder);
    CHECK(doc.state().board.find_note("n1")->text.value == "a");
    CHECK(doc.state().board.find_note("n1")->colour.value == "blue");
    CHECK_FALSE(doc.can_undo());  // history belongs to the run that made it
}

TEST_CASE("a thousand steps undo back to the start and redo forward again", "[document][undo]") {
    TempDir dir;
    Document doc = Document::create(dir / "s.hostspace", "", fixed_options());
    doc.commit({note("n", "0")});
    for (int i = 1; i <= 1000; ++i) doc.commit({EditNoteText{"n", std::to_string(i)}});
    for (int i = 0; i < 1000; ++i) REQUIRE(doc.undo());
    CHECK(doc.state().board.find_note("n")->text.value == "0");
    for (int i = 0; i < 1000; ++i) REQUIRE(doc.redo());
    CHECK(doc.state().board.find_note("n")->text.value == "1000");
}

TEST_CASE("a batch undoes as one step", "[document][undo]") {
    TempDir dir;
    Document doc = Document::create(dir / "s.hostspace", "", fixed_options());
    doc.commit({AddGroup{"g", "Voice", "blue", {0, 0}}, note("a", "1"), note("b", "2"),
                AssignNoteToGroup{"a", "g"}});
    CHECK(doc.state().board.live_note_count() == 2);
    REQUIRE(doc.undo());
    CHECK(doc.state().board.live_note_count() == 0);
    CHECK(doc.state().board.find_group_by_title("Voice") == nullptr);
    REQUIRE(doc.redo());
    CHECK(doc.state().board.find_note("a")->group_id.value == "g");
}

TEST_CASE("a torn journal opens with a warning and the next change repairs it", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    { Document::create(folder, "t", fixed_options()).commit({note("n1", "kept")}); }
    std::ofstream(folder / "journal.jsonl", std::ios::app) << "{\"v\":1,\"type\":\"add_no";
    std::vector<std::string> warnings;
    Document doc = reopen(folder, &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("line 3"));
    CHECK(doc.state().board.live_note_count() == 1);
    doc.commit({note("n2", "after")});
    std::vector<std::string> none;
    Document again = reopen(folder, &none);
    CHECK(none.empty());
    CHECK(again.state().board.live_note_count() == 2);
}

TEST_CASE("a failed open reports the damage and leaves every byte as it was", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    { Document::create(folder, "t", fixed_options()).commit({note("n1", "x")}); }
    const auto journal = folder / "journal.jsonl";
    const auto snapshot = folder / "snapshot.json";

    SECTION("garbage in the middle of the journal") {
        std::string bytes = read_whole_file(journal);
        bytes.insert(0, "not json\n");
        std::ofstream(journal, std::ios::binary | std::ios::trunc) << bytes;
        CHECK_THROWS_WITH(reopen(folder), Catch::Contains("journal.jsonl line 1"));
        CHECK(read_whole_file(journal) == bytes);
    }
    SECTION("a missing snapshot") {
        std::filesystem::remove(snapshot);
        const std::string bytes = read_whole_file(journal);
        CHECK_THROWS_WITH(reopen(folder), Catch::Contains("snapshot is missing"));
        CHECK(read_whole_file(journal) == bytes);
        CHECK_FALSE(std::filesystem::exists(snapshot));
    }
    SECTION("a snapshot from a newer hostspace") {
        std::ofstream(snapshot, std::ios::trunc) << "{\"schema_version\": 99}";
        CHECK_THROWS_WITH(reopen(folder), Catch::Contains("schema version 99"));
        CHECK(read_whole_file(snapshot) == "{\"schema_version\": 99}");
    }
    SECTION("a missing journal") {
        std::filesystem::remove(journal);
        CHECK_THROWS_WITH(reopen(folder), Catch::Contains("journal is missing"));
        CHECK_FALSE(std::filesystem::exists(journal));
    }
}

TEST_CASE("a change that cannot be saved leaves the state as it was", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    Document doc = Document::create(folder, "t", fixed_options());
    Document second = reopen(folder);
    // The first document holds the journal lock, so the second cannot save.
    CHECK_THROWS_WITH(second.commit({note("n", "x")}), Catch::Contains("open in another"));
    CHECK(second.state().board.notes.empty());
    CHECK_FALSE(second.can_undo());
}

TEST_CASE("the system clock gives Unix milliseconds", "[document]") {
    CHECK(system_clock_ms() > 1'700'000'000'000);
    CHECK(std::string(journal_file_name()) == "journal.jsonl");
    CHECK(std::string(snapshot_file_name()) == "snapshot.json");
}

TEST_CASE("a window that saves after another one folds in the other's changes first",
          "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    { Document::create(folder, "t", fixed_options()); }
    Document first = reopen(folder);
    Document second = reopen(folder);  // same device: two windows on one laptop
    first.commit({note("a", "from the first")});
    first.commit({note("b", "also first")});
    { Document released = std::move(first); }  // closing the first window frees the lock
    second.commit({note("c", "from the second")});
    CHECK(second.state().board.live_note_count() == 3);
    CHECK(second.saved_seq() == 4);  // numbered after the first window's ops, never reused

    Document again = reopen(folder);
    CHECK(again.state().board.live_note_count() == 3);
    CHECK(again.state().op_count() == 4);
}

TEST_CASE("a journal line changed under the snapshot stops the open with its line", "[document]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "t", fixed_options());
        doc.commit({note("n1", "x")});
        doc.write_snapshot();
    }
    const auto journal = folder / "journal.jsonl";
    std::string bytes = read_whole_file(journal);
    bytes.replace(0, 5, "#####");
    std::ofstream(journal, std::ios::binary | std::ios::trunc) << bytes;
    CHECK_THROWS_WITH(reopen(folder), Catch::Contains("journal.jsonl line 1"));
    CHECK(read_whole_file(journal) == bytes);
}

TEST_CASE("a change made without undo is saved but is not an undo step", "[document][undo]") {
    TempDir dir;
    const auto folder = dir / "s.hostspace";
    {
        Document doc = Document::create(folder, "t", fixed_options());
        doc.commit({AddRound{"r", "Check-in", "", "", 0, {{"Alone", 60}, {"Pairs", 120}}, 1}});
        doc.commit({StartRound{"r", 0, 1'000}});
        doc.commit({note("n1", "typed by hand")});
        // The timer advancing by itself at zero.
        doc.commit_without_undo({NextStep{61'000, "r", 0}});
        CHECK(doc.state().timer.run.value.step_index == 1);
        // Ctrl+Z undoes the note, the facilitator's own last change, and leaves the step.
        REQUIRE(doc.undo());
        CHECK(doc.state().board.live_note_count() == 0);
        CHECK(doc.state().timer.run.value.step_index == 1);
        REQUIRE(doc.redo());
        CHECK(doc.state().board.live_note_count() == 1);
    }
    Document doc = reopen(folder);  // and it is on disk
    CHECK(doc.state().timer.run.value.step_index == 1);
    CHECK(doc.state().board.live_note_count() == 1);
}
