#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/durable_file.hpp"
#include "core/storage/recent_sessions.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::TempDir;

namespace {

std::vector<std::filesystem::path> folders_of(const std::vector<RecentSession>& list) {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : list) out.push_back(entry.folder);
    return out;
}

std::vector<std::filesystem::path> paths(std::initializer_list<const char*> names) {
    std::vector<std::filesystem::path> out;
    for (const char* name : names) out.emplace_back(name);
    return out;
}

std::vector<RecentSession> untitled(std::initializer_list<const char*> names) {
    std::vector<RecentSession> out;
    for (const char* name : names) out.push_back(RecentSession{name, ""});
    return out;
}

}  // namespace

TEST_CASE("remembering a session puts it first and drops its older entry", "[recent]") {
    auto list = untitled({"/s/a.hostspace", "/s/b.hostspace", "/s/c.hostspace"});
    list = remember_session(list, "/s/c.hostspace", "C");
    CHECK(folders_of(list) == paths({"/s/c.hostspace", "/s/a.hostspace", "/s/b.hostspace"}));
    CHECK(list.front().title == "C");
    list = remember_session(list, "/s/d.hostspace", "");
    CHECK(folders_of(list) ==
          paths({"/s/d.hostspace", "/s/c.hostspace", "/s/a.hostspace", "/s/b.hostspace"}));
}

TEST_CASE("one folder written two ways is one entry", "[recent]") {
    auto list = remember_session({}, "/s/x/../a.hostspace/", "old");
    list = remember_session(list, "/s/a.hostspace", "new");
    CHECK(list == std::vector<RecentSession>{{"/s/a.hostspace", "new"}});
}

TEST_CASE("relative paths are stored absolute", "[recent]") {
    const auto list = remember_session({}, "rel.hostspace", "");
    REQUIRE(list.size() == 1);
    CHECK(list.front().folder.is_absolute());
    CHECK(list.front().folder.filename() == "rel.hostspace");
}

TEST_CASE("the list keeps the ten newest", "[recent]") {
    std::vector<RecentSession> list;
    for (int i = 0; i < 15; ++i) {
        list = remember_session(list, "/s/" + std::to_string(i) + ".hostspace", "");
    }
    REQUIRE(list.size() == kMaxRecentSessions);
    CHECK(list.front().folder == "/s/14.hostspace");
    CHECK(list.back().folder == "/s/5.hostspace");
}

TEST_CASE("a path with a line break is not stored", "[recent]") {
    const auto list = remember_session(untitled({"/s/a.hostspace"}), "/s/bad\nname", "x");
    CHECK(list == untitled({"/s/a.hostspace"}));
}

TEST_CASE("the file format round-trips and tolerates comments, blanks, CRLF, duplicates",
          "[recent]") {
    const std::vector<RecentSession> list = {{"/s/café – ünï.hostspace", "Café – ünï board"},
                                             {"/s/b.hostspace", ""},
                                             {"/s/c.hostspace", "Łukasz's circle"}};
    CHECK(parse_recent_sessions(format_recent_sessions(list)) == list);
    CHECK(folders_of(parse_recent_sessions(
              "# c\r\n\r\n/s/a.hostspace\r\n/s/b.hostspace\n/s/a.hostspace")) ==
          paths({"/s/a.hostspace", "/s/b.hostspace"}));
    CHECK(parse_recent_sessions("").empty());
    std::string many;
    for (int i = 0; i < 20; ++i) many += "/s/" + std::to_string(i) + "\n\tTitle\n";
    const auto capped = parse_recent_sessions(many);
    CHECK(capped.size() == kMaxRecentSessions);
    CHECK(capped.back().title == "Title");  // the last entry kept still gets its title
}

TEST_CASE("a title line belongs to the path just above it, and a duplicate's title is ignored",
          "[recent]") {
    const auto list = parse_recent_sessions(
        "/s/a.hostspace\n\tFirst\n/s/b.hostspace\n\n\tstray after a blank\n/s/a.hostspace\n\tOld");
    CHECK(list == std::vector<RecentSession>{{"/s/a.hostspace", "First"}, {"/s/b.hostspace", ""}});
}

TEST_CASE("a title is kept on one line of the list", "[recent]") {
    CHECK(recent_title_line("  Board\naway\tday\r\n ") == "Board away day");
    const auto list = remember_session({}, "/s/a.hostspace", "Two\nlines");
    CHECK(list.front().title == "Two lines");
    CHECK(parse_recent_sessions(format_recent_sessions(list)) == list);
}

TEST_CASE("retitling keeps a session's place and leaves a list without it alone", "[recent]") {
    const auto list = untitled({"/s/a.hostspace", "/s/b.hostspace"});
    const auto retitled = retitle_session(list, "/s/b.hostspace/", "Bee");
    CHECK(retitled ==
          std::vector<RecentSession>{{"/s/a.hostspace", ""}, {"/s/b.hostspace", "Bee"}});
    CHECK(retitle_session(list, "/s/z.hostspace", "Zed") == list);
}

TEST_CASE("the start screen shows the title, or the folder's name when none is known", "[recent]") {
    CHECK(recent_display_title({"/s/away-day.hostspace", "Away day"}) == "Away day");
    CHECK(recent_display_title({"/s/away-day.hostspace", ""}) == "away-day");
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
    record_recent_session(gone, "Gone", file);
    record_recent_session(a, "A", file);
    record_recent_session(b, "B", file);
    record_recent_session(a, "A again", file);

    CHECK(load_recent_sessions(file) == std::vector<RecentSession>{{a, "A again"}, {b, "B"}});
    // The stored list still has the missing folder: a USB stick may come back.
    CHECK(folders_of(parse_recent_sessions(read_whole_file(file))) ==
          std::vector<std::filesystem::path>{a, b, gone});
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
}

TEST_CASE("a title changed elsewhere is stored in place; nothing is written for a stranger",
          "[recent]") {
    TempDir dir;
    const auto file = dir / "recent-sessions.txt";
    const auto a = dir / "a.hostspace";
    const auto b = dir / "b.hostspace";
    std::filesystem::create_directories(a);
    std::filesystem::create_directories(b);
    record_recent_session(a, "A", file);
    record_recent_session(b, "B", file);
    update_recent_title(a, "A renamed", file);
    CHECK(load_recent_sessions(file) == std::vector<RecentSession>{{b, "B"}, {a, "A renamed"}});

    const std::string before = read_whole_file(file);
    update_recent_title(dir / "other.hostspace", "Other", file);
    update_recent_title(b, "B", file);
    CHECK(read_whole_file(file) == before);
    update_recent_title(a, "x", dir / "none.txt");  // no list: none is made
    CHECK_FALSE(std::filesystem::exists(dir / "none.txt"));
}

TEST_CASE("a list written before titles reads with empty titles", "[recent]") {
    TempDir dir;
    const auto file = dir / "recent-sessions.txt";
    const auto a = dir / "a.hostspace";
    std::filesystem::create_directories(a);
    std::ofstream(file) << "# hostspace recent sessions, newest first (one folder a line)\n"
                        << a.string() << "\n";
    CHECK(load_recent_sessions(file) == std::vector<RecentSession>{{a, ""}});
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
    record_recent_session(a, "A", file);
    CHECK(load_recent_sessions(file) == std::vector<RecentSession>{{a, "A"}});
}
