// Times the notes CSV import end to end: parse, plan, and the one journal commit that saves it.
// Prints figures; it is not a timed test and gates nothing.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "core/import/notes_csv.hpp"
#include "core/storage/document.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

namespace {

constexpr int kRows = 10'000;
constexpr int kTargetMs = 1000;

std::string quoted(const std::string& field) {
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Notes like a room writes them: commas, quotes, the odd second line, accents; fixed seed.
std::string make_csv() {
    const std::vector<std::string> openings = {
        "Hold meetings out in the community, not in our offices",
        "Ask \"what matters to you?\" before \"what's the matter?\"",
        "Shadow each other: OTs, nurses, community support",
        "Invite service users into the room from the start",
        "Name the tension, then move on together",
        "Caf\xC3\xA9-style tables, no top table",
        "Benefits advice alongside stroke rehab",
    };
    const std::vector<std::string> endings = {
        "",
        " - and keep doing it",
        ", even when it is hard",
        "\nsecond thought: fund it",
        " (said \"twice\")",
    };
    const std::vector<std::string> colours = {"yellow", "Orange", "pink", "green", "#8CC8F2", ""};
    std::mt19937 random(42);
    auto pick = [&](const std::vector<std::string>& from) {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    std::string csv = "text,author,organisation,group,colour\r\n";
    for (int row = 0; row < kRows; ++row) {
        const std::string text = pick(openings) + pick(endings) + " #" + std::to_string(row);
        csv += quoted(text) + ",Participant " + std::to_string(row % 40) + "," +
               quoted("Trust " + std::to_string(row % 7) + ", Sheffield") + ",Theme " +
               std::to_string(row % 10) + "," + pick(colours) + "\r\n";
    }
    return csv;
}

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

int main() {
    using Clock = std::chrono::steady_clock;
    const std::string csv = make_csv();
    const auto dir =
        std::filesystem::temp_directory_path() / ("hostspace-bench-" + hostspace::new_uuid());
    try {
        auto start = Clock::now();
        const hostspace::NotesCsv notes = hostspace::parse_notes_csv(csv, "bench.csv");
        const double parse_ms = ms_since(start);
        if (notes.notes.size() != static_cast<std::size_t>(kRows)) {
            std::cerr << "bench_import: parsed " << notes.notes.size() << " notes, expected "
                      << kRows << "\n";
            return 1;
        }

        hostspace::Document doc = hostspace::Document::create(
            dir / "bench.hostspace", "Bench", hostspace::DocumentOptions{hostspace::new_uuid()});
        start = Clock::now();
        const auto ops = hostspace::plan_notes_import(doc.state(), notes, hostspace::new_uuid);
        const double plan_ms = ms_since(start);

        start = Clock::now();
        doc.commit(ops);
        const double save_ms = ms_since(start);

        start = Clock::now();
        doc.write_snapshot();
        const double snapshot_ms = ms_since(start);

        const double total_ms = parse_ms + plan_ms + save_ms;
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << "import " << kRows << " rows (" << csv.size() / 1024 << " KiB, "
                  << doc.state().board.groups.size() << " groups, " << ops.size() << " ops)\n";
        std::cout << "import " << kRows << " rows: parse " << parse_ms << " ms, plan " << plan_ms
                  << " ms, save " << save_ms << " ms, total " << total_ms << " ms (target < "
                  << kTargetMs << " ms)\n";
        std::cout << "snapshot after import: " << snapshot_ms << " ms (not in the total)\n";
    } catch (const std::exception& e) {
        std::cerr << "bench_import: " << e.what() << "\n";
        std::filesystem::remove_all(dir);
        return 1;
    }
    std::filesystem::remove_all(dir);
    return 0;
}
