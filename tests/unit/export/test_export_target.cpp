#include <catch2/catch.hpp>
#include <fstream>

#include "core/export/export_target.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::TempDir;

TEST_CASE("export target: the file offered first sits beside the session, named after it") {
    CHECK(default_export_path("/home/ann/board.hostspace", "json") == "/home/ann/board.json");
    CHECK(default_export_path("/home/ann/board.hostspace/", "md") == "/home/ann/board.md");
    CHECK(default_export_path("away day.hostspace", "json") ==
          std::filesystem::current_path() / "away day.json");
}

TEST_CASE("export target: a path that cannot take the file says why and what to do") {
    TempDir dir;
    const auto session = dir / "board.hostspace";
    std::filesystem::create_directories(session);
    CHECK(export_path_problem(dir / "board.json", session).empty());
    std::ofstream(dir / "old.json") << "{}";
    CHECK(export_path_problem(dir / "old.json", session).empty());  // replaced whole
    CHECK_THAT(export_path_problem("", session), Catch::Contains("Type where"));
    CHECK_THAT(export_path_problem(dir.path(), session), Catch::Contains("is a folder"));
    CHECK_THAT(export_path_problem(dir / "missing" / "b.json", session),
               Catch::Contains("does not exist"));
    CHECK_THAT(export_path_problem(session / "b.json", session),
               Catch::Contains("session's own folder"));
}
