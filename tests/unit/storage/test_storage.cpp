#include <catch2/catch.hpp>
#include <fstream>

#include "core/session/op_json.hpp"
#include "core/storage/device_identity.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/journal.hpp"
#include "core/storage/snapshot.hpp"
#include "core/util/error.hpp"
#include "core/util/fnv1a.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

std::string line_for(std::uint64_t seq) {
    return encode_op_line({make_op(kDeviceA, seq, seq, MoveNote{"n", {float(seq), 0}})});
}

void write_raw(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("atomic writes replace the whole file and leave no temp file", "[storage]") {
    TempDir dir;
    write_file_atomically(dir / "f.txt", "first");
    write_file_atomically(dir / "f.txt", "second");
    CHECK(read_whole_file(dir / "f.txt") == "second");
    CHECK_FALSE(std::filesystem::exists(dir / "f.txt.tmp"));
    CHECK_THROWS_AS(read_whole_file(dir / "missing"), Error);
    CHECK_THROWS_AS(write_file_atomically(dir / "no" / "such" / "f", "x"), Error);
    fsync_directory(dir.path());
}

TEST_CASE("a streamed atomic write puts every byte in order", "[storage]") {
    TempDir dir;
    std::string expected;
    write_file_atomically(dir / "big.txt", [&expected](std::ostream& out) {
        // Small pieces and pieces larger than the 64 KiB buffer, interleaved.
        for (int i = 0; i < 50; ++i) {
            const std::string piece(i % 7 == 0 ? 100'000 + i : 37 + i, char('a' + i % 26));
            out << piece << i;
            expected += piece + std::to_string(i);
        }
    });
    CHECK(read_whole_file(dir / "big.txt") == expected);
    CHECK_FALSE(std::filesystem::exists(dir / "big.txt.tmp"));
}

TEST_CASE("a streamed atomic write that fails leaves the old file", "[storage]") {
    TempDir dir;
    write_file_atomically(dir / "f.txt", "kept");
    CHECK_THROWS_WITH(write_file_atomically(dir / "f.txt",
                                            [](std::ostream& out) {
                                                out << std::string(200'000, 'x');
                                                throw Error("the writer gave up");
                                            }),
                      Catch::Contains("the writer gave up"));
    CHECK(read_whole_file(dir / "f.txt") == "kept");
    CHECK_FALSE(std::filesystem::exists(dir / "f.txt.tmp"));
}

TEST_CASE("journal lines appended are read back with their line count", "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    {
        JournalWriter writer(file);
        for (std::uint64_t i = 1; i <= 3; ++i) writer.append(line_for(i));
        CHECK(writer.size() == std::filesystem::file_size(file));
    }
    const auto tail = read_journal(file, 0, 0);
    CHECK(tail.ops.size() == 3);
    CHECK(tail.line_count == 3);
    CHECK(tail.good_end == std::filesystem::file_size(file));
    CHECK_FALSE(tail.torn_warning);

    // Reading from an offset continues the line numbering.
    const auto first_line = line_for(1).size() + 1;
    const auto rest = read_journal(file, first_line, 1);
    CHECK(rest.ops.size() == 2);
    CHECK(rest.line_count == 3);
}

TEST_CASE("a torn last line is dropped with a warning, and cut before the next append",
          "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    const std::string good = line_for(1) + "\n" + line_for(2) + "\n";
    write_raw(file, good + line_for(3).substr(0, 20));
    const auto tail = read_journal(file, 0, 0);
    CHECK(tail.ops.size() == 2);
    CHECK(tail.good_end == good.size());
    REQUIRE(tail.torn_warning);
    CHECK_THAT(*tail.torn_warning, Catch::Contains("line 3") && Catch::Contains("incomplete"));
    CHECK(std::filesystem::file_size(file) == good.size() + 20);  // reading changed nothing

    JournalWriter writer(file);
    writer.drop_incomplete_tail(tail.good_end);
    writer.append(line_for(3));
    const auto after = read_journal(file, 0, 0);
    CHECK(after.ops.size() == 3);
    CHECK_FALSE(after.torn_warning);
}

TEST_CASE("a complete last line without its newline is still treated as torn",
          "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    write_raw(file, line_for(1) + "\n" + line_for(2));
    const auto tail = read_journal(file, 0, 0);
    CHECK(tail.ops.size() == 1);
    CHECK(tail.torn_warning);
}

TEST_CASE("damage before the last line names the file and line and changes nothing",
          "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    const std::string bytes = line_for(1) + "\n{\"v\":1,garbage\n" + line_for(3) + "\n";
    write_raw(file, bytes);
    try {
        read_journal(file, 0, 0);
        FAIL("damaged journal was accepted");
    } catch (const Error& e) {
        CHECK(e.line() == 2);
        CHECK(e.file() == file.string());
        CHECK_THAT(e.reason(), Catch::Contains("not valid JSON"));
    }
    CHECK(read_whole_file(file) == bytes);
}

TEST_CASE("a newer schema version or an unknown op type is reported, not skipped",
          "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    write_raw(file, "{\"v\":9,\"type\":\"add_note\"}\n" + line_for(2) + "\n");
    CHECK_THROWS_WITH(read_journal(file, 0, 0), Catch::Contains("line 1: schema version 9"));
}

TEST_CASE("an offset past the end or off a line boundary is an error", "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    write_raw(file, line_for(1) + "\n");
    CHECK_THROWS_WITH(read_journal(file, 10'000, 5), Catch::Contains("shorter"));
    CHECK_THROWS_WITH(read_journal(file, 3, 0), Catch::Contains("line boundary"));
}

TEST_CASE("a second writer on the same journal is refused", "[storage][journal]") {
    TempDir dir;
    JournalWriter first(dir / "journal.jsonl");
    CHECK_THROWS_WITH(JournalWriter(dir / "journal.jsonl"),
                      Catch::Contains("open in another hostspace"));
}

TEST_CASE("a snapshot round-trips the state with its stamps", "[storage][snapshot]") {
    TempDir dir;
    Snapshot snap;
    snap.journal_offset = 123;
    snap.journal_lines = 4;
    snap.session =
        fold({make_op(kDeviceA, 1, 1, SetMeta{MetaField::title, "Caf\xC3\xA9"}),
              make_op(kDeviceA, 2, 2, AddGroup{"g", "Voice", "blue", {1, 2}}),
              make_op(kDeviceA, 3, 3, AddNote{"n", "hi\n", "A", "O", "red", "g", {3, 4}}),
              make_op(kDeviceA, 4, 4, AddParticipant{"p", "Ann", "NHS", "Chair"})});
    save_snapshot(dir / "snapshot.json", snap);
    const Snapshot back = load_snapshot(dir / "snapshot.json");
    CHECK(back.journal_offset == 123);
    CHECK(back.journal_lines == 4);
    CHECK(back.session.meta.title.value == "Caf\xC3\xA9");
    REQUIRE(back.session.board.find_note("n"));
    CHECK(back.session.board.find_note("n")->text.value == "hi\n");
    CHECK(back.session.board.find_note("n")->text.stamp ==
          snap.session.board.find_note("n")->text.stamp);
    CHECK(back.session.board.find_group("g")->position.value == Vec2{1, 2});
    CHECK(back.session.find_participant("p")->role.value == "Chair");
    CHECK(back.session.device_seq.at(kDeviceA) == 4);
    CHECK(back.session.max_lamport == 4);
}

TEST_CASE("a snapshot keeps the timer's log of how the session ran", "[storage][snapshot]") {
    TempDir dir;
    Snapshot snap;
    snap.session = fold({make_op(kDeviceA, 1, 1, AddRound{"r", "Check-in", "", "", 600, {}, 1}),
                         make_op(kDeviceA, 2, 2, StartRound{"r", 0, 1000}, 1000),
                         make_op(kDeviceA, 3, 3, StopTimer{}, 61000)});
    REQUIRE(snap.session.timer.ran.size() == 1);
    save_snapshot(dir / "snapshot.json", snap);
    CHECK(load_snapshot(dir / "snapshot.json").session.timer.ran == snap.session.timer.ran);
}

TEST_CASE("a missing, damaged or newer snapshot is reported with the file", "[storage][snapshot]") {
    TempDir dir;
    const auto file = dir / "snapshot.json";
    CHECK_THROWS_WITH(load_snapshot(file), Catch::Contains("snapshot is missing"));
    write_raw(file, "{\"schema_version\":1,\"journal_offset\":");
    CHECK_THROWS_WITH(load_snapshot(file),
                      Catch::Contains(file.string()) && Catch::Contains("damaged"));
    write_raw(file, "{\"schema_version\":7}");
    CHECK_THROWS_WITH(load_snapshot(file), Catch::Contains("schema version 7"));
}

TEST_CASE("the device id is made once and kept", "[storage][device]") {
    TempDir dir;
    const auto folder = dir / "config" / "hostspace";
    const std::string first = load_or_create_device_id(folder);
    CHECK(first.size() == 36);
    CHECK(load_or_create_device_id(folder) == first);
    write_raw(folder / "device-id", "garbage\n");
    CHECK_THROWS_WITH(load_or_create_device_id(folder), Catch::Contains("device UUID"));
}

TEST_CASE("the config folder follows XDG_CONFIG_HOME", "[storage][device]") {
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
    CHECK(config_folder() == std::filesystem::path("/tmp/xdg-test/hostspace"));
    if (old)
        ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else
        ::unsetenv("XDG_CONFIG_HOME");
}

TEST_CASE("the writer only ever cuts an incomplete line", "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    const std::string whole = line_for(1) + "\n";
    write_raw(file, whole + line_for(2) + "\n");
    JournalWriter writer(file);
    CHECK(writer.size() == std::filesystem::file_size(file));
    CHECK_THROWS_WITH(writer.drop_incomplete_tail(whole.size()), Catch::Contains("complete lines"));
    CHECK(std::filesystem::file_size(file) == whole.size() + line_for(2).size() + 1);
    writer.drop_incomplete_tail(writer.size());  // nothing past the end: nothing to do
}

TEST_CASE("fnv1a continues across pieces", "[storage][hash]") {
    CHECK(fnv1a("") == kFnv1aSeed);
    CHECK(fnv1a("world", fnv1a("hello ")) == fnv1a("hello world"));
    CHECK(fnv1a("a") != fnv1a("b"));
}

TEST_CASE("a changed prefix under a snapshot is found: the bad line, or that it changed",
          "[storage][journal]") {
    TempDir dir;
    const auto file = dir / "journal.jsonl";
    const std::string prefix = line_for(1) + "\n" + line_for(2) + "\n";
    write_raw(file, prefix + line_for(3) + "\n");
    const auto hash = fnv1a(prefix);
    CHECK(read_journal(file, prefix.size(), 2, hash).ops.size() == 1);
    CHECK(read_journal(file, prefix.size(), 2, hash).hash == fnv1a(read_whole_file(file)));

    std::string damaged = prefix;
    damaged[line_for(1).size() + 3] = '#';  // inside line 2
    write_raw(file, damaged + line_for(3) + "\n");
    try {
        read_journal(file, prefix.size(), 2, hash);
        FAIL("a damaged prefix was accepted");
    } catch (const Error& e) {
        CHECK(e.line() == 2);
    }
    // Valid lines, but not the ones the snapshot folded.
    write_raw(file, line_for(7) + "\n" + line_for(8) + "\n" + line_for(3) + "\n");
    CHECK_THROWS_WITH(read_journal(file, prefix.size(), 2, hash),
                      Catch::Contains("changed after hostspace wrote them"));
}
