// The text formats (and the JSON export) of the fixed sample session against golden files, checked
// by eye once and committed (tests/documents/golden/). A change to a writer shows here as a diff to
// read. HOSTSPACE_UPDATE_GOLDEN=1 writes the files afresh instead of comparing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>

#include "core/export/csv_writer.hpp"
#include "core/export/html_writer.hpp"
#include "core/export/json_export.hpp"
#include "core/export/markdown_writer.hpp"
#include "core/storage/durable_file.hpp"
#include "sample_session.hpp"

using namespace hostspace;
using namespace hostspace::doc;

namespace {

void check_golden(const std::string& name, const std::string& made) {
    const std::string file = std::string(HOSTSPACE_GOLDEN_DIR) + "/" + name;
    if (std::getenv("HOSTSPACE_UPDATE_GOLDEN")) {
        write_file_atomically(file, made);
        WARN("wrote " << file);
        return;
    }
    const std::string golden = read_whole_file(file);
    INFO(name << ": run with HOSTSPACE_UPDATE_GOLDEN=1 and read the diff if the change is meant");
    CHECK(made == golden);
}

}  // namespace

TEST_CASE("the sample session's Markdown, HTML, CSV and JSON match their golden files",
          "[documents][golden]") {
    // The planned times are local clock times: fix the zone so the files are the same anywhere.
    ::setenv("TZ", "UTC", 1);
    ::tzset();
    const Session session = test::sample_session();
    const HarvestDocument d = build_harvest_document(session, {});
    check_golden("sample.md", render_harvest_markdown(d));
    // Without the board picture: its pixels depend on the fonts installed, its place does not.
    check_golden("sample.html", render_harvest_html(d));
    check_golden("sample.csv", render_harvest_csv(d));
    check_golden("sample-votes.csv", render_harvest_csv(d, "votes"));
    check_golden("sample.json", export_session_json(session));
    ExportOptions anonymous;
    anonymous.anonymous = true;
    check_golden("sample-anonymous.md",
                 render_harvest_markdown(build_harvest_document(session, anonymous)));
}
