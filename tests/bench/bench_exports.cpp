// Times each harvest document for a session of 10,000 notes in 10 themes, and the peak
// memory of the whole run. Targets from issue 13: Markdown,
// HTML, CSV and JSON under 200 ms each; Word under 500 ms; PDF and PNG under 2 s; peak memory
// under 300 MB. Prints figures; it is not a timed test and gates nothing.
#include <sys/resource.h>

#include <iostream>
#include <string>

#include "bench_support.hpp"
#include "core/export/board_png.hpp"
#include "core/export/csv_writer.hpp"
#include "core/export/docx_writer.hpp"
#include "core/export/harvest_files.hpp"
#include "core/export/html_writer.hpp"
#include "core/export/json_export.hpp"
#include "core/export/markdown_writer.hpp"
#include "core/export/pdf_writer.hpp"

using namespace hostspace;
using namespace hostspace::doc;

namespace {

constexpr int kNotes = 10'000;
constexpr int kThemes = 10;

// Notes as the import lays them out: each theme a column of its notes.
Session big_session() {
    std::vector<Op> ops;
    std::uint64_t seq = 0;
    const std::string device = "bbbbbbbb-0000-4000-8000-000000000009";
    const auto add = [&](OpPayload payload) {
        ++seq;
        ops.push_back(Op{OpId{device, seq}, seq, 1'795'341'600'000 + static_cast<std::int64_t>(seq),
                         std::move(payload)});
    };
    add(SetMeta{MetaField::title, "Benchmark board"});
    for (int t = 0; t < kThemes; ++t) {
        add(AddGroup{
            "g" + std::to_string(t), "Theme " + std::to_string(t), "blue", {t * 260.0f, 0}});
    }
    for (int n = 0; n < kNotes; ++n) {
        const int t = n % kThemes;
        add(AddNote{"n" + std::to_string(n),
                    "Hold meetings out in the community, not in our offices #" + std::to_string(n),
                    "Participant " + std::to_string(n % 40),
                    "Trust " + std::to_string(n % 7),
                    "yellow",
                    "g" + std::to_string(t),
                    {t * 260.0f, 60.0f + 140.0f * static_cast<float>(n / kThemes)}});
    }
    return fold(std::move(ops));
}

double peak_mb() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

template <typename F>
void time_it(const char* name, int target_ms, F&& make) {
    const auto start = bench::Clock::now();
    const std::string bytes = make();
    const double ms = bench::ms_since(start);
    std::printf("  %-34s %8.1f ms  (target < %d ms)  %9zu bytes\n", name, ms, target_ms,
                bytes.size());
}

}  // namespace

int main() {
    std::printf("bench_exports: %d notes in %d themes\n", kNotes, kThemes);
    auto start = bench::Clock::now();
    const Session session = big_session();
    std::printf("  %-34s %8.1f ms\n", "fold the session (setup)", bench::ms_since(start));
    start = bench::Clock::now();
    const HarvestDocument d = build_harvest_document(session, {});
    std::printf("  %-34s %8.1f ms\n", "build the document", bench::ms_since(start));
    std::string png;
    time_it("Markdown (document + writer)", 200,
            [&] { return render_harvest_markdown(build_harvest_document(session, {})); });
    time_it("CSV (document + writer)", 200,
            [&] { return render_harvest_csv(build_harvest_document(session, {})); });
    time_it("JSON", 200, [&] { return export_session_json(session); });
    time_it("PNG: the board picture", 2000, [&] { return png = render_board_png(d.board); });
    // The worst case for the picture: every note loose in a grid 38 across, too tall for cards,
    // drawn as small cards after the cards mode is turned down.
    BoardPicture grid = d.board;
    grid.themes.clear();
    for (std::size_t i = 0; i < grid.notes.size(); ++i) {
        grid.notes[i].theme_id.clear();
        grid.notes[i].x = static_cast<double>(i % 38) * 200.0;
        grid.notes[i].y = static_cast<double>(i / 38) * 140.0;
    }
    time_it("PNG: 10,000 loose notes in a grid", 2000, [&] { return render_board_png(grid); });
    time_it("HTML (document + writer, picture in)", 200,
            [&] { return render_harvest_html(build_harvest_document(session, {}), png); });
    time_it("Word (document + writer, picture in)", 500,
            [&] { return render_harvest_docx(build_harvest_document(session, {}), png); });
    time_it("PDF (document + writer, picture in)", 2000,
            [&] { return render_harvest_pdf(build_harvest_document(session, {}), png); });
    std::printf("  %-34s %8.1f MB  (target < 300 MB)\n", "peak memory (ru_maxrss)", peak_mb());
    return 0;
}
