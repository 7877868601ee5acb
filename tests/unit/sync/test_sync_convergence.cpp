// A seeded multi-device fuzz test of convergence: random ops on several laptops, random sync
// order, random offline periods and lost answers; after the faults stop and a final round of
// syncs, every laptop's state equals the fold of all ops, whatever order they arrived in.
#include <catch2/catch.hpp>
#include <random>

#include "core/export/json_export.hpp"
#include "core/session/op_json.hpp"
#include "core/sync/sync_pass.hpp"
#include "memory_dav_server.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::fixed_options;
using hostspace::test::MemoryDavServer;
using hostspace::test::MemoryTransport;
using hostspace::test::TempDir;

namespace {

struct Device {
    Device(const TempDir& dir, int index, MemoryDavServer& server)
        : id("dddddddd-0000-4000-8000-00000000000" + std::to_string(index)),
          doc(Document::create(dir / ("d" + std::to_string(index) + ".hostspace"), "",
                               fixed_options(id))),
          transport(server),
          target{"http://dav.test/dav/", "fuzz", id} {}

    void sync() {
        const SyncOutcome outcome =
            run_sync_pass(transport, target, sync_input_from(doc, memory), memory);
        doc.merge_foreign(outcome.fetched);
    }

    std::string id;
    Document doc;
    MemoryTransport transport;
    SyncTarget target;
    SyncMemory memory;
    bool offline = false;
};

// A random change that fits what this device sees now.
std::vector<OpPayload> random_change(const Session& state, std::mt19937_64& rng, int& counter) {
    std::vector<std::string> notes;
    for (const auto& note : state.board.notes) {
        if (!note.deleted.value) notes.push_back(note.id);
    }
    const auto pick = [&](const std::vector<std::string>& from) {
        return from[rng() % from.size()];
    };
    const int kind = static_cast<int>(rng() % 10);
    const std::string fresh = "x" + std::to_string(++counter);
    if (notes.empty() || kind < 3) {
        return {AddNote{fresh, "note " + fresh, "", "", "yellow", "", {float(rng() % 500), 0}}};
    }
    if (kind < 5) return {EditNoteText{pick(notes), "edited " + fresh}};
    if (kind < 6) return {MoveNote{pick(notes), {float(rng() % 900), float(rng() % 900)}}};
    if (kind < 7) return {DeleteNote{pick(notes)}};
    if (state.voting.find_round("vote") == nullptr) {
        VotingRules rules;
        rules.dots_per_person = 2;
        rules.per_item_max = 1;
        return {OpenVotingRound{"vote", "Which matter most?", rules}};
    }
    const std::vector<std::string> voters = {"Amira", "李伟", "Olek"};
    return {CastDot{fresh, "vote", pick(notes), pick(voters)}};
}

}  // namespace

TEST_CASE("random ops, sync order and outages on three laptops converge to one fold",
          "[sync][fuzz]") {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        INFO("seed " << seed);
        TempDir dir;
        MemoryDavServer server;
        server.folder_etags = seed % 2 == 0;  // Apache-like, then nginx-like
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 1; i <= 3; ++i) devices.push_back(std::make_unique<Device>(dir, i, server));
        std::mt19937_64 rng(seed);
        int counter = 0;
        for (auto& device : devices) {
            // A lost answer now and then: the request reaches the server, its answer does not.
            device->transport.fault = [&rng, &device](
                                          const std::string& method, const std::string& url,
                                          MemoryDavServer& on,
                                          const std::string& body) -> std::optional<DavResponse> {
                DavResponse failed;
                failed.failure = NetFailure::broken;
                if (device->offline) {
                    failed.failure = NetFailure::cannot_connect;
                    return failed;
                }
                if (rng() % 12 == 0) {
                    on.handle(method, url, body);
                    return failed;
                }
                return std::nullopt;
            };
        }
        for (int step = 0; step < 240; ++step) {
            Device& device = *devices[rng() % devices.size()];
            const int action = static_cast<int>(rng() % 10);
            if (action < 6) {
                device.doc.commit(random_change(device.doc.state(), rng, counter));
            } else if (action < 9) {
                device.sync();
            } else {
                device.offline = !device.offline;
            }
        }
        for (auto& device : devices) {
            device->offline = false;
            device->transport.fault = nullptr;
        }
        for (int round = 0; round < 2; ++round) {
            for (auto& device : devices) device->sync();
        }

        // The fold of every op every laptop made, in fold order, from nothing.
        std::vector<Op> all;
        for (auto& device : devices) {
            for (const auto& line : device->doc.own_lines_after(0)) {
                for (auto& op : decode_op_line(line.text)) all.push_back(std::move(op));
            }
        }
        const std::string expected = export_session_json(fold(all));
        for (auto& device : devices) {
            CHECK(export_session_json(device->doc.state()) == expected);
        }
        // Some runs must have met the rules that are decided in fold order.
        CHECK(counter > 100);
    }
}
