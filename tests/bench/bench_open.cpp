// Opening a session of 50,000 ops: once replaying the whole journal (no snapshot since
// creation: the worst case) and once from a fresh snapshot (the usual case). Target: < 300 ms.
#include <cstdlib>
#include <fstream>
#include <string>

#include "bench_support.hpp"
#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;
using namespace hostspace::bench;

namespace {

// A realistic mix: every note is added, and later edited, moved, recoloured or grouped.
std::vector<OpPayload> change_number(int i, std::vector<std::string>& ids,
                                     const std::vector<std::string>& groups) {
    if (i % 5 == 0 || ids.empty()) {
        ids.push_back(new_uuid());
        return {AddNote{ids.back(),
                        "Shadow each other for a day: social workers, health visitors, school "
                        "nurses " +
                            std::to_string(i),
                        "Participant",
                        "Organisation",
                        "yellow",
                        "",
                        {float(i % 97), float(i % 89)}}};
    }
    const std::string& id = ids[std::size_t(i * 7919) % ids.size()];
    switch (i % 5) {
        case 1:
            return {EditNoteText{id, "Edited text " + std::to_string(i)}};
        case 2:
            return {MoveNote{id, {float(i % 1000), float(i % 700)}}};
        case 3:
            return {SetNoteColour{id, i % 2 ? "blue" : "pink"}};
        default:
            return {AssignNoteToGroup{id, groups[std::size_t(i) % groups.size()]}};
    }
}

double time_open(const std::filesystem::path& folder, std::size_t& notes) {
    std::vector<std::string> warnings;
    const auto start = Clock::now();
    const Document doc = Document::open(folder, DocumentOptions{new_uuid()}, warnings);
    const double ms = ms_since(start);
    notes = doc.state().board.live_note_count();
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 50000;
    const auto folder = scratch_folder("open");
    const auto session = folder / "big.hostspace";
    {
        // One op per line, as an interactive session writes them. Written straight to the
        // file (no fsync per line) so that building the benchmark takes seconds, not minutes.
        Document::create(session, "bench", DocumentOptions{new_uuid()});
        std::ofstream journal(session / "journal.jsonl", std::ios::app | std::ios::binary);
        const std::string device = new_uuid();
        std::uint64_t seq = 0;
        auto write = [&](const OpPayload& payload) {
            ++seq;
            journal << encode_op_line({Op{OpId{device, seq}, seq + 1, 1'700'000'000'000, payload}})
                    << '\n';
        };
        std::vector<std::string> groups, ids;
        for (int g = 0; g < 10; ++g) {
            groups.push_back(new_uuid());
            write(AddGroup{groups.back(), "Theme " + std::to_string(g), "blue", {0, 0}});
        }
        for (int i = 0; seq + 1 < std::uint64_t(count); ++i) {
            for (const auto& op : change_number(i, ids, groups)) write(op);
        }
        journal.close();
        std::printf("session of %llu ops (one per line), journal %.1f MB\n",
                    static_cast<unsigned long long>(seq + 1),
                    double(std::filesystem::file_size(session / "journal.jsonl")) / 1e6);
    }
    std::size_t notes = 0;
    std::vector<double> replay;
    for (int run = 0; run < 5; ++run) replay.push_back(time_open(session, notes));
    std::printf(
        "open, replaying the whole journal: median %.1f ms, best %.1f ms (%zu notes; target < 300 "
        "ms)\n",
        percentile(replay, 50), percentile(replay, 0), notes);
    {
        std::vector<std::string> warnings;
        Document doc = Document::open(session, DocumentOptions{new_uuid()}, warnings);
        doc.write_snapshot();
        std::printf("snapshot %.1f MB\n",
                    double(std::filesystem::file_size(session / "snapshot.json")) / 1e6);
    }
    std::vector<double> from_snapshot;
    for (int run = 0; run < 5; ++run) from_snapshot.push_back(time_open(session, notes));
    std::printf(
        "open from a fresh snapshot:        median %.1f ms, best %.1f ms (target < 300 ms)\n",
        percentile(from_snapshot, 50), percentile(from_snapshot, 0));
    std::filesystem::remove_all(folder);
    return 0;
}
