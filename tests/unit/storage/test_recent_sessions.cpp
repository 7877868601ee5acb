#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/durable_file.hpp"
#include "core/storage/recent_sessions.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::TempDir;

namespace {

std::vector<std::filesystem::path> paths(std::initializer_list<const char*> names) {
    std::vector<std::filesystem::path> out;
    for (const char* name : names) out.emplace_back(name);
    return out;
}

}  // namespace

TEST_CASE("remembering a session puts it first and drops its older entry", "[recent]") {
    auto list = paths({"/s/a.hostspace", "/s/b.hostspace", "/s/c.hostspace"});
    list = remember_session(list, "/s/c.hostspace");
    CHECK(list == paths({"/s/c.hostspace", "/s/a.hostspace", "/s/b.hostspace"}));
    list = remember_session(list, "/s/d.hostspace");
    CHECK(list == paths({"/s/d.hostspace", "/s/c.hostspace", "/s/a.hostspace", "/s/b.hostspace"}));
}

TEST_CASE("one folder written two ways is one entry", "[recent]") {
    auto list = remember_session({}, "/s/x/../a.hostspace/");
    list = remember_session(list, "/s/a.hostspace");
    CHECK(list == paths({"/s/a.hostspace"}));
}

TEST_CASE("relative paths are stored absolute", "[recent]") {
    const auto list = remember_session({}, "rel.hostspace");
    REQUIRE(list.size() == 1);
    CHECK(list.front().is_absolute());
    CHECK(list.front().filename() == "rel.hostspace");
}

TEST_CASE("the list keeps the ten newest", "[recent]") {
    std::vector<std::filesystem::path> list;
    for (int i = 0; i < 15; ++i) {
        list = remember_session(list, "/s/" + std::to_string(i) + ".hostspace");
    }
    REQUIRE(list.size() == kMaxRecentSessions);
    CHECK(list.front() == "/s/14.hostspace");
    CHECK(list.back() == "/s/5.hostspace");
}

TEST_CASE("a path with a line break is not stored", "[recent]") {
    const auto list = remember_session(paths({"/s/a.hostspace"}), "/s/bad\nname");
    CHECK(list == paths({"/s/a.hostspace"}));
}

TEST_CASE("the file format round-trips and tolerates comments, blanks, CRLF, duplicates",
          "[recent]") {
    const auto list = paths({"/s/café – ünï.hostspace", "/s/b.hostspace"});
    CHECK(parse_recent_sessions(format_recent_sessions(list)) == list);
    CHECK(parse_recent_sessions("# c\r\n\r\n/s/a.hostspace\r\n/s/b.hostspace\n/s/a.hostspace") ==
          paths({"/s/a.hostspace", "/s/b.hostspace"}));
    CHECK(parse_recent_sessions("").empty());
    std::string many;
    for (int i = 0; i < 20; ++i) many += "/s/" + std::to_string(i) + "\n";
    CHECK(parse_recent_sessions(many).size() == kMaxRecentSessions);
}

TEST_CASE("recording writes the file newest first and loading skips missing folders", "[recent]") {
    TempDir dir;
    const auto file = recent_sessions_file(dir / "config");  // folder does not exist yet
    CHECK(load_recent_sessions(file).empty());

    const auto a = dir / "a.hostspace";
    const auto b = dir / "b.hostspace";
    const auto gone = dir / "gone.hostspace";
    std::filesystem::create_directories(a);
    std::filesystem::create_directories(b);
    record_recent_session(gone, file);
    record_recent_session(a, file);
    record_recent_session(b, file);
    record_recent_session(a, file);

    CHECK(load_recent_sessions(file) == std::vector<std::filesystem::path>{a, b});
    // The stored list still has the missing folder: a USB stick may come back.
    CHECK(parse_recent_sessions(read_whole_file(file)) ==
          std::vector<std::filesystem::path>{a, b, gone});
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
}

TEST_CASE("an unreadable list is treated as empty and replaced", "[recent]") {
    TempDir dir;
    const auto file = dir / "recent-sessions.txt";
    std::filesystem::create_directories(file);  // a folder where the file should be
    CHECK(load_recent_sessions(file).empty());
    std::filesystem::remove(file);
    std::ofstream(file) << "garbage that is not a path we know\n";
    const auto a = dir / "a.hostspace";
    std::filesystem::create_directories(a);
    record_recent_session(a, file);
    CHECK(load_recent_sessions(file) == std::vector<std::filesystem::path>{a});
}
