// Helper for the crash test: appends ops to a session as fast as it can and, after each commit
// returns (the change is fsynced), prints "saved SEQ NOTE_ID". The test SIGKILLs it at random.
#include <cstdio>
#include <string>
#include <vector>

#include "core/storage/document.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer SESSION DEVICE_ID\n");
        return 2;
    }
    try {
        std::vector<std::string> warnings;
        const std::filesystem::path folder = argv[1];
        DocumentOptions options{argv[2]};
        // A kill while the session was being created may leave its folder without a journal:
        // nothing was reported saved, and creating it again is what the app does.
        Document doc = std::filesystem::exists(folder / journal_file_name())
                           ? Document::open(folder, options, warnings)
                           : Document::create(folder, "crash test", options);
        for (int i = 0;; ++i) {
            const std::string id = new_uuid();
            std::vector<OpPayload> change = {
                AddNote{id, "note " + std::to_string(i), "", "", "yellow", "", {float(i), 0}}};
            if (i % 7 == 0) change.push_back(MoveNote{id, {float(i), 10}});  // a batch line
            doc.commit(change);
            std::printf("saved %llu %s\n", static_cast<unsigned long long>(doc.saved_seq()),
                        id.c_str());
            std::fflush(stdout);
            doc.compact_if_needed(40);  // snapshots get killed mid-write too
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 1;
    }
}
