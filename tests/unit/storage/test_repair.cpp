#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/journal.hpp"
#include "core/storage/repair.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::fixed_options;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

std::string op_line(std::uint64_t seq, OpPayload payload) {
    return encode_op_line({make_op(kDeviceA, seq, seq, std::move(payload))});
}

// Every file in the folder, by name, with its bytes.
std::map<std::string, std::string> files_of(const std::filesystem::path& folder) {
    std::map<std::string, std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        out[entry.path().filename().string()] = read_whole_file(entry.path());
    }
    return out;
}

std::vector<std::string> lines_of(const std::string& bytes) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::size_t end = std::min(bytes.find('\n', pos), bytes.size());
        out.push_back(bytes.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Replaces line `number` (from 1) of the session's journal with `text`.
void damage_line(const std::filesystem::path& folder, std::size_t number, const std::string& text) {
    const auto file = folder / journal_file_name();
    auto lines = lines_of(read_whole_file(file));
    REQUIRE(number <= lines.size());
    lines[number - 1] = text;
    std::string bytes;
    for (const auto& line : lines) bytes += line + "\n";
    write_bytes(file, bytes);
}

Document open_session(const std::filesystem::path& folder,
                      std::vector<std::string>* warnings = nullptr) {
    std::vector<std::string> local;
    return Document::open(folder, fixed_options(), warnings ? *warnings : local);
}

// A session whose journal is: 1 the title, then one note a line ("n1" "first", ...).
std::filesystem::path session_with_notes(const TempDir& dir, int notes, int snapshot_after = 0) {
    const auto folder = dir / "s.hostspace";
    Document doc = Document::create(folder, "Repair test", fixed_options());
    for (int i = 1; i <= notes; ++i) {
        doc.commit({note("n" + std::to_string(i), "note " + std::to_string(i))});
        if (i == snapshot_after) doc.write_snapshot();
    }
    return folder;
}

bool has_note(const Document& doc, const std::string& id) {
    const Note* n = doc.state().board.find_note(id);
    return n && !n->deleted.value;
}

RepairOptions at_fixed_time() {
    RepairOptions options;
    options.clock = [] { return std::int64_t{1'773'483'300'000}; };  // 2026-03-14 10:15:00 UTC
    return options;
}

const char* kCopyName = "journal.damaged-20260314T101500Z.jsonl";

}  // namespace

TEST_CASE("planning reads on past bad lines and says why each was dropped", "[repair]") {
    const std::string good1 = op_line(1, note("a", "first"));
    const std::string good2 = op_line(2, note("b", "second"));
    std::string unknown = good2;
    unknown.replace(unknown.find("add_note"), 8, "teleport_note");
    std::string newer_version = good1;
    newer_version.replace(newer_version.find("\"v\":1"), 5, "\"v\":7");
    std::string missing_field = good1;
    missing_field.replace(missing_field.find("\"dev\""), 5, "\"dvv\"");
    const std::string bytes = good1 + "\n" + "garbage {\n" + missing_field + "\n" + unknown + "\n" +
                              newer_version + "\n" + "\n" + good2 + "\n";

    const JournalRepairPlan plan = plan_journal_repair(bytes);
    REQUIRE(plan.kept.size() == 2);
    CHECK(plan.kept[0].number == 1);
    CHECK(plan.kept[1].number == 7);
    CHECK_FALSE(plan.torn);
    REQUIRE(plan.dropped.size() == 5);
    CHECK(plan.dropped[0].number == 2);
    CHECK_THAT(plan.dropped[0].reason, Catch::Contains("not valid JSON"));
    CHECK_FALSE(plan.dropped[0].newer);
    CHECK(plan.dropped[1].number == 3);
    CHECK_THAT(plan.dropped[1].reason, Catch::Contains("missing field \"dev\""));
    CHECK_FALSE(plan.dropped[1].newer);
    CHECK(plan.dropped[2].number == 4);
    CHECK_THAT(plan.dropped[2].reason, Catch::Contains("unknown operation type \"teleport_note\""));
    CHECK(plan.dropped[2].newer);  // not damage: a newer hostspace reads it
    CHECK(plan.dropped[3].number == 5);
    CHECK(plan.dropped[3].newer);
    CHECK(plan.dropped[4].number == 6);  // an empty line
    CHECK_FALSE(plan.dropped[4].newer);
    REQUIRE(plan.first_newer() != nullptr);
    CHECK(plan.first_newer()->number == 4);
    CHECK(plan.changes_journal());
    CHECK(rebuilt_journal(bytes, plan) == good1 + "\n" + good2 + "\n");
}

TEST_CASE("planning a torn last line: kept when it reads whole, else dropped", "[repair]") {
    const std::string good1 = op_line(1, note("a", "first"));
    const std::string good2 = op_line(2, note("b", "second"));

    const auto whole = plan_journal_repair(good1 + "\n" + good2);  // only its line end lost
    CHECK(whole.torn);
    CHECK(whole.torn_kept);
    CHECK(whole.dropped.empty());
    CHECK(whole.changes_journal());
    CHECK(rebuilt_journal(good1 + "\n" + good2, whole) == good1 + "\n" + good2 + "\n");

    const std::string cut = good2.substr(0, good2.size() / 2);
    const auto torn = plan_journal_repair(good1 + "\n" + cut);
    CHECK(torn.torn);
    CHECK_FALSE(torn.torn_kept);
    REQUIRE(torn.dropped.size() == 1);
    CHECK(torn.dropped[0].number == 2);
    CHECK_THAT(torn.dropped[0].reason, Catch::Contains("incomplete last line"));
    CHECK(rebuilt_journal(good1 + "\n" + cut, torn) == good1 + "\n");

    const auto healthy = plan_journal_repair(good1 + "\n" + good2 + "\n");
    CHECK_FALSE(healthy.changes_journal());
    CHECK(healthy.kept.size() == 2);
    CHECK(plan_journal_repair("").kept.empty());
}

TEST_CASE("the kept copies are named by the UTC time", "[repair]") {
    CHECK(repair_time_stamp(0) == "19700101T000000Z");
    CHECK(repair_time_stamp(1'773'483'300'999) == "20260314T101500Z");
}

TEST_CASE("a healthy session is left byte for byte as it was", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 3, 2);
    const auto before = files_of(folder);
    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK_FALSE(report.needed);
    CHECK(report.lines_kept == 4);
    CHECK(files_of(folder) == before);
    CHECK_THAT(describe_repair(report), Catch::Contains("nothing needed repair"));
}

TEST_CASE("a line damaged mid-file: the others are kept, the damaged journal kept aside",
          "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 4);  // the snapshot holds nothing of them
    damage_line(folder, 3, "{\"v\":1,\"type\":\"add_note\", garbled");  // note n2
    const std::string damaged = read_whole_file(folder / journal_file_name());
    CHECK_THROWS_WITH(open_session(folder), Catch::Contains("journal.jsonl line 3"));

    const RepairReport planned = plan_session_repair(folder, at_fixed_time());
    CHECK(planned.needed);
    CHECK(planned.journal_copy.empty());
    CHECK(read_whole_file(folder / journal_file_name()) == damaged);  // planning writes nothing

    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK(report.needed);
    CHECK(report.lines_kept == 4);
    REQUIRE(report.dropped.size() == 1);
    CHECK(report.dropped[0].number == 3);
    CHECK_THAT(report.dropped[0].reason, Catch::Contains("not valid JSON"));
    CHECK_FALSE(report.dropped[0].in_snapshot);
    CHECK(report.journal_copy == folder / kCopyName);
    CHECK(read_whole_file(report.journal_copy) == damaged);

    const auto lines = lines_of(read_whole_file(folder / journal_file_name()));
    const auto old_lines = lines_of(damaged);
    CHECK(lines ==
          std::vector<std::string>{old_lines[0], old_lines[1], old_lines[3], old_lines[4]});
    std::vector<std::string> warnings;
    Document doc = open_session(folder, &warnings);
    CHECK(warnings.empty());
    CHECK(doc.state().meta.title.value == "Repair test");
    CHECK(has_note(doc, "n1"));
    CHECK_FALSE(has_note(doc, "n2"));
    CHECK(has_note(doc, "n3"));
    CHECK(has_note(doc, "n4"));
    CHECK(doc.tail_lines() == 0);  // the snapshot matches the repaired journal

    const std::string text = describe_repair(report);
    CHECK_THAT(text, Catch::Contains("kept 4 of 5 lines") && Catch::Contains("line 3: not valid") &&
                         Catch::Contains(kCopyName));
}

TEST_CASE("a repaired session takes new changes and reopens with them", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 3);
    damage_line(folder, 2, "not json at all");
    repair_session(folder, at_fixed_time());
    {
        Document doc = open_session(folder);
        doc.commit({note("n9", "after the repair")});
        CHECK(doc.saved_seq() == 5);  // numbering goes on past every op saved before
    }
    Document doc = open_session(folder);
    CHECK(has_note(doc, "n9"));
    CHECK_FALSE(has_note(doc, "n1"));
    CHECK(has_note(doc, "n3"));
}

TEST_CASE("a damaged line the snapshot already folded keeps its change", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 4, 3);          // snapshot after n3 (line 4)
    damage_line(folder, 2, "{\"v\":1,\"type\":\"add_note\"}");  // n1: fields missing
    CHECK_THROWS_WITH(open_session(folder), Catch::Contains("journal.jsonl line 2"));

    const RepairReport report = repair_session(folder, at_fixed_time());
    REQUIRE(report.dropped.size() == 1);
    CHECK(report.dropped[0].number == 2);
    CHECK(report.dropped[0].in_snapshot);
    CHECK(report.snapshot == SnapshotRepair::caught_up);
    CHECK_THAT(describe_repair(report), Catch::Contains("the snapshot held it"));
    Document doc = open_session(folder);
    for (const char* id : {"n1", "n2", "n3", "n4"}) {
        INFO(id);
        CHECK(has_note(doc, id));
    }
    CHECK(lines_of(read_whole_file(folder / journal_file_name())).size() == 4);
}

TEST_CASE("a journal cut short keeps what the snapshot held", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 3, 3);
    const auto lines = lines_of(read_whole_file(folder / journal_file_name()));
    write_bytes(folder / journal_file_name(), lines[0] + "\n" + lines[1] + "\n");  // n2, n3 gone
    CHECK_THROWS_WITH(open_session(folder), Catch::Contains("shorter"));

    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK(report.needed);
    CHECK(report.dropped.empty());
    CHECK_FALSE(report.journal_rewritten);
    CHECK(report.journal_copy.empty());
    CHECK_THAT(report.snapshot_problem, Catch::Contains("shorter"));
    Document doc = open_session(folder);
    CHECK(has_note(doc, "n2"));
    CHECK(has_note(doc, "n3"));
    CHECK(doc.saved_seq() == 4);
}

TEST_CASE("a torn last line is repaired: dropped when cut, kept when only its end is lost",
          "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 2);
    const auto journal = folder / journal_file_name();
    const std::string healthy = read_whole_file(journal);
    const std::string extra = op_line(4, note("n3", "typed as the battery died"));

    SECTION("cut mid-line") {
        write_bytes(journal, healthy + extra.substr(0, 20));
        std::vector<std::string> warnings;
        open_session(folder, &warnings);  // opens, with a warning
        CHECK(warnings.size() == 1);
        const RepairReport report = repair_session(folder, at_fixed_time());
        CHECK(report.needed);
        REQUIRE(report.dropped.size() == 1);
        CHECK(report.dropped[0].number == 4);
        CHECK(read_whole_file(journal) == healthy);
        CHECK(read_whole_file(folder / kCopyName) == healthy + extra.substr(0, 20));
        warnings.clear();
        Document doc = open_session(folder, &warnings);
        CHECK(warnings.empty());
        CHECK_FALSE(has_note(doc, "n3"));
    }
    SECTION("whole but for its line end") {
        write_bytes(journal, healthy + extra);
        const RepairReport report = repair_session(folder, at_fixed_time());
        CHECK(report.torn_kept);
        CHECK(report.dropped.empty());
        CHECK(read_whole_file(journal) == healthy + extra + "\n");
        CHECK_THAT(describe_repair(report), Catch::Contains("lost its line end"));
        CHECK(has_note(open_session(folder), "n3"));
    }
}

TEST_CASE("a damaged snapshot is kept aside and rebuilt from the journal", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 3, 2);
    const auto snapshot = folder / snapshot_file_name();
    const std::string journal = read_whole_file(folder / journal_file_name());
    std::string bytes = read_whole_file(snapshot);
    bytes.resize(bytes.size() / 2);  // half written, say, by a disk that lied about fsync
    write_bytes(snapshot, bytes);
    CHECK_THROWS_WITH(open_session(folder), Catch::Contains("snapshot.json"));

    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK(report.snapshot == SnapshotRepair::rebuilt);
    CHECK_THAT(report.snapshot_problem, Catch::Contains("damaged snapshot"));
    CHECK(report.snapshot_copy == folder / "snapshot.damaged-20260314T101500Z.json");
    CHECK(read_whole_file(report.snapshot_copy) == bytes);
    CHECK(report.journal_copy.empty());
    CHECK(read_whole_file(folder / journal_file_name()) == journal);  // the journal was fine
    Document doc = open_session(folder);
    CHECK(has_note(doc, "n1"));
    CHECK(has_note(doc, "n3"));
    CHECK(doc.state().meta.title.value == "Repair test");
    CHECK_THAT(describe_repair(report), Catch::Contains("rebuilt from the journal"));
}

TEST_CASE("a missing snapshot is rebuilt from the journal", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 2);
    std::filesystem::remove(folder / snapshot_file_name());
    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK(report.snapshot == SnapshotRepair::rebuilt);
    CHECK(report.snapshot_copy.empty());
    CHECK(has_note(open_session(folder), "n2"));
}

TEST_CASE("repairing twice changes nothing the second time", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 3);
    damage_line(folder, 2, "xx");
    CHECK(repair_session(folder, at_fixed_time()).needed);
    const auto after_first = files_of(folder);
    const RepairReport second = repair_session(folder, at_fixed_time());
    CHECK_FALSE(second.needed);
    CHECK(files_of(folder) == after_first);
}

TEST_CASE("a kept copy is never overwritten: a second repair picks another name", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 4);
    damage_line(folder, 2, "first damage");
    repair_session(folder, at_fixed_time());
    const std::string first_copy = read_whole_file(folder / kCopyName);

    damage_line(folder, 3, "second damage");
    const RepairReport report = repair_session(folder, at_fixed_time());  // the same second
    CHECK(report.journal_copy == folder / "journal.damaged-20260314T101500Z-2.jsonl");
    CHECK_THAT(read_whole_file(report.journal_copy), Catch::Contains("second damage"));
    CHECK(read_whole_file(folder / kCopyName) == first_copy);
}

TEST_CASE("lines from a newer hostspace are not dropped unless asked", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 2);
    std::string newer = op_line(9, note("n9", "from the future"));
    newer.replace(newer.find("add_note"), 8, "add_hologram");
    damage_line(folder, 2, newer);
    const auto before = files_of(folder);
    CHECK_THROWS_WITH(repair_session(folder, at_fixed_time()),
                      Catch::Contains("line 2") && Catch::Contains("newer hostspace") &&
                          Catch::Contains("Nothing was changed"));
    CHECK_THROWS_WITH(plan_session_repair(folder), Catch::Contains("newer hostspace"));
    CHECK(files_of(folder) == before);

    RepairOptions drop = at_fixed_time();
    drop.drop_newer = true;
    const RepairReport report = repair_session(folder, drop);
    REQUIRE(report.dropped.size() == 1);
    CHECK(report.dropped[0].newer);
    CHECK_THAT(read_whole_file(report.journal_copy), Catch::Contains("add_hologram"));
    CHECK(has_note(open_session(folder), "n2"));
}

TEST_CASE("a snapshot from a newer hostspace is refused", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 1);
    const auto snapshot = folder / snapshot_file_name();
    std::string bytes = read_whole_file(snapshot);
    const auto version = bytes.find("\"schema_version\": 1");
    REQUIRE(version != std::string::npos);
    bytes.replace(version, 19, "\"schema_version\": 9");
    write_bytes(snapshot, bytes);
    const auto before = files_of(folder);
    CHECK_THROWS_WITH(repair_session(folder, at_fixed_time()),
                      Catch::Contains("newer") && Catch::Contains("Nothing was changed"));
    CHECK(files_of(folder) == before);
}

TEST_CASE("a session open in another window is not repaired", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 2);
    damage_line(folder, 2, "garbled");
    const auto before = files_of(folder);
    {
        JournalWriter other_window(folder / journal_file_name());  // holds the session's lock
        CHECK_THROWS_WITH(
            repair_session(folder, at_fixed_time()),
            Catch::Contains("open in another hostspace") && Catch::Contains("Nothing was changed"));
        CHECK_THROWS_WITH(plan_session_repair(folder), Catch::Contains("open in another"));
    }
    CHECK(files_of(folder) == before);
    CHECK(repair_session(folder, at_fixed_time()).needed);  // once it is closed
}

TEST_CASE("no session, nothing to repair", "[repair]") {
    TempDir dir;
    CHECK_THROWS_WITH(repair_session(dir / "none.hostspace"), Catch::Contains("no session here"));
    std::filesystem::create_directories(dir / "empty.hostspace");
    CHECK_THROWS_WITH(repair_session(dir / "empty.hostspace"), Catch::Contains("no session here"));
    CHECK(std::filesystem::is_empty(dir / "empty.hostspace"));
}

TEST_CASE("a missing journal is made again from a snapshot that reads", "[repair]") {
    TempDir dir;
    const auto folder = session_with_notes(dir, 2, 2);
    std::filesystem::remove(folder / journal_file_name());
    const RepairReport report = repair_session(folder, at_fixed_time());
    CHECK(report.journal_missing);
    CHECK(read_whole_file(folder / journal_file_name()).empty());
    Document doc = open_session(folder);
    CHECK(has_note(doc, "n2"));
    doc.commit({note("n5", "more")});
    CHECK(doc.saved_seq() == 4);

    TempDir other;
    const auto lost = session_with_notes(other, 1);
    std::filesystem::remove(lost / journal_file_name());
    write_bytes(lost / snapshot_file_name(), "{");
    CHECK_THROWS_WITH(repair_session(lost), Catch::Contains("nothing to rebuild"));
}
