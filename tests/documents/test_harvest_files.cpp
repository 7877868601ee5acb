#include <catch2/catch.hpp>

#include "core/export/harvest_files.hpp"
#include "core/util/error.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::doc;

TEST_CASE("format names read back and a list of them is parsed", "[documents][files]") {
    for (const Format f : kAllFormats) CHECK(format_from_name(format_name(f)) == f);
    CHECK(parse_formats("md, pdf,md") == std::vector<Format>{Format::md, Format::pdf});
    CHECK_THROWS_WITH(parse_formats("md,doc"),
                      Catch::Contains("\"doc\"") && Catch::Contains("docx"));
    CHECK(is_text_format(Format::csv));
    CHECK_FALSE(is_text_format(Format::pdf));
}

TEST_CASE("the chosen formats are written whole, named from the title and date",
          "[documents][files]") {
    test::TempDir dir;
    const Session session = test::sample_session();
    ExportRequest request;
    request.formats = {Format::md, Format::html, Format::csv, Format::json};
    std::vector<std::string> seen;
    const auto written = write_harvest_files(session, request, dir.path(),
                                             [&](const std::string& what, int done, int total) {
                                                 CHECK(total == 4);
                                                 seen.push_back(what + ":" + std::to_string(done));
                                             });
    const std::string stem = "children-young-people-s-board-our-purpose-2026-11-26";
    REQUIRE(written.size() == 4);
    CHECK(written[0] == dir / (stem + ".md"));
    CHECK(written[3] == dir / (stem + ".json"));
    CHECK(seen == std::vector<std::string>{stem + ".md:0", stem + ".html:1", stem + ".csv:2",
                                           stem + ".json:3", ":4"});
    for (const auto& file : written) {
        CHECK(std::filesystem::file_size(file) > 100);
        CHECK(read_whole_file(file) ==
              render_format(session, *format_from_name(file.extension().string().substr(1)),
                            request));
    }
    // Nothing else was left in the folder (no temporary files).
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 4);
}

TEST_CASE("an export into a folder that is not there says so and writes nothing",
          "[documents][files]") {
    test::TempDir dir;
    ExportRequest request;
    request.formats = {Format::md};
    CHECK_THROWS_WITH(write_harvest_files(test::sample_session(), request, dir / "missing"),
                      Catch::Contains("missing") && Catch::Contains("folder"));
    CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}

TEST_CASE("a failed write names the file and leaves no partial file", "[documents][files]") {
    test::TempDir dir;
    const Session session = test::sample_session();
    ExportRequest request;
    request.formats = {Format::csv};
    const auto csv = write_harvest_files(session, request, dir.path()).front();
    const std::string before = read_whole_file(csv);
    // A folder where the HTML file should go: the rename over it fails, even for root.
    const auto blocked = dir / (file_stem_for(session) + ".html");
    std::filesystem::create_directory(blocked);
    request.formats = {Format::html, Format::csv};
    CHECK_THROWS_WITH(write_harvest_files(session, request, dir.path()), Catch::Contains(".html"));
    CHECK(read_whole_file(csv) == before);  // never reached: as it was
    CHECK(std::filesystem::is_directory(blocked));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) ==
          2);  // no temporary file
}
