// Sync against real WebDAV servers that tests/sync/run_sync_tests.sh starts on 127.0.0.1:
// HOSTSPACE_DAV_URL (a WebDAV folder), HOSTSPACE_DAV_USER and HOSTSPACE_DAV_PASSWORD, and for
// the fault tests HOSTSPACE_PROXY_URL (the fault proxy in front of the server) and
// HOSTSPACE_PROXY_DIR (its control folder). A test whose server is not given is skipped
// with a message, never passed.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <thread>

#include "core/export/json_export.hpp"
#include "core/harvest/drafts.hpp"
#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/sync/sync_pass.hpp"
#include "core/util/uuid.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::fixed_options;
using hostspace::test::TempDir;

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

TransportSettings server_login() {
    TransportSettings settings;
    settings.user = env("HOSTSPACE_DAV_USER");
    settings.password = env("HOSTSPACE_DAV_PASSWORD");
    settings.connect_timeout = std::chrono::seconds(3);
    settings.stall_timeout = std::chrono::seconds(5);
    return settings;
}

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

struct Laptop {
    Laptop(const TempDir& dir, const std::string& name, const std::string& url,
           const std::string& event)
        : device(new_uuid()),
          doc(Document::create(dir / (name + ".hostspace"), "", fixed_options(device))),
          transport(server_login()),
          target{url, event, device} {}

    SyncOutcome sync() {
        SyncOutcome outcome =
            run_sync_pass(transport, target, sync_input_from(doc, memory), memory);
        doc.merge_foreign(outcome.fetched);
        return outcome;
    }
    std::string json() const { return export_session_json(doc.state()); }

    std::string device;
    Document doc;
    CurlTransport transport;
    SyncTarget target;
    SyncMemory memory;
};

// Syncs every laptop in turn, twice: enough for every op to reach every laptop.
void settle(std::vector<Laptop*> laptops) {
    for (int round = 0; round < 2; ++round) {
        for (Laptop* laptop : laptops) {
            const auto outcome = laptop->sync();
            INFO(outcome.message);
            REQUIRE(outcome.problem == SyncProblem::none);
        }
    }
}

std::string journal_of(const Laptop& laptop) {
    return read_whole_file(laptop.doc.folder() / "journal.jsonl");
}

}  // namespace

TEST_CASE("three laptops on a real server converge, concurrent edits resolve the same way",
          "[real-server]") {
    const std::string url = env("HOSTSPACE_DAV_URL");
    if (url.empty()) {
        WARN("skipped: HOSTSPACE_DAV_URL is not set (tests/sync/run_sync_tests.sh sets it)");
        return;
    }
    TempDir dir;
    const std::string event = "converge-" + new_uuid();
    Laptop a(dir, "a", url, event), b(dir, "b", url, event), c(dir, "c", url, event);

    VotingRules rules;
    rules.dots_per_person = 2;
    a.doc.commit({SetMeta{MetaField::title, "CYP board: purpose and principles"},
                  note("n1", "Children's voices first"), note("n2", "Kindness"),
                  OpenVotingRound{"vote", "What matters most?", rules},
                  AddDraft{"draft", "Table 1", {}, "v1", "We exist so that", "Amira", 1}});
    settle({&a, &b, &c});
    REQUIRE(b.doc.state().board.find_note("n1") != nullptr);

    // Offline on every laptop: the same note and the same draft changed on two of them, and
    // Priya's three dots cast on three laptops against a budget of two.
    a.doc.commit({EditNoteText{"n1", "Children's and young people's voices first"}});
    b.doc.commit({EditNoteText{"n1", "Young people's voices first"}});
    a.doc.commit(
        {AddDraftVersion{"draft", "va", "We exist so that every child thrives", "A", {"v1"}}});
    b.doc.commit(
        {AddDraftVersion{"draft", "vb", "We exist so that young people lead", "B", {"v1"}}});
    a.doc.commit({CastDot{"d1", "vote", "n1", "Priya"}});
    b.doc.commit({CastDot{"d2", "vote", "n2", "Priya"}});
    c.doc.commit({CastDot{"d3", "vote", "n1", "Priya"}, note("n3", "李伟: ختم الجلسة")});
    settle({&a, &b, &c});

    CHECK(a.json() == b.json());
    CHECK(b.json() == c.json());
    const auto* round = a.doc.state().voting.find_round("vote");
    REQUIRE(round != nullptr);
    CHECK(round->dots_used("Priya") == 2);
    // Both wordings of the draft are kept: one shown, the other marked as concurrent.
    const auto* draft = a.doc.state().harvest.find_draft("draft");
    REQUIRE(draft != nullptr);
    CHECK(has_concurrent_version(*draft));
    // Neither note text is lost: the log on every laptop holds both.
    for (const Laptop* laptop : {&a, &b, &c}) {
        const std::string journal = journal_of(*laptop);
        CHECK(journal.find("Young people's voices first") != std::string::npos);
        CHECK(journal.find("Children's and young people's voices first") != std::string::npos);
    }
}

TEST_CASE("a sync with nothing new only lists, and sends little", "[real-server]") {
    const std::string url = env("HOSTSPACE_DAV_URL");
    if (url.empty()) {
        WARN("skipped: HOSTSPACE_DAV_URL is not set");
        return;
    }
    TempDir dir;
    const std::string event = "quiet-" + new_uuid();
    Laptop a(dir, "a", url, event), b(dir, "b", url, event);
    a.doc.commit({note("n1", "x")});
    b.doc.commit({note("n2", "y")});
    settle({&a, &b});
    // Apache's folder ETags turn strong a second after a change; before that it lists them.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    a.sync();
    const auto quiet = a.sync();
    CHECK(quiet.problem == SyncProblem::none);
    CHECK(quiet.fetched.empty());
    CHECK(quiet.uploaded_ops == 0);
    const bool folder_etags = env("HOSTSPACE_DAV_FOLDER_ETAGS") == "1";
    CHECK(quiet.requests == (folder_etags ? 1u : 3u));
    std::printf("nothing new: %zu requests, %llu bytes sent\n", quiet.requests,
                static_cast<unsigned long long>(quiet.bytes_sent));
}

TEST_CASE(
    "through dropped connections, delays, 500s, 503s, cut and garbage answers, nothing "
    "is lost",
    "[real-server][faults]") {
    const std::string proxy = env("HOSTSPACE_PROXY_URL");
    const std::string control = env("HOSTSPACE_PROXY_DIR");
    if (proxy.empty() || control.empty()) {
        WARN("skipped: HOSTSPACE_PROXY_URL is not set (the fault proxy)");
        return;
    }
    const auto set_fault = [&](const std::string& json) {
        write_file_atomically(std::filesystem::path(control) / "control.json", json + "\n");
    };
    const std::vector<std::string> faults = {
        R"({"mode":"drop","probability":0.3,"seed":1})",
        R"({"mode":"drop","phase":"after","probability":0.3,"seed":2})",
        R"({"mode":"delay","ms":300,"probability":0.3,"seed":3})",
        R"({"mode":"status","code":500,"probability":0.3,"seed":4})",
        R"({"mode":"status","code":503,"retry_after":"1","probability":0.3,"seed":5})",
        R"({"mode":"truncate","probability":0.3,"seed":6})",
        R"({"mode":"garbage","probability":0.3,"seed":7})",
    };
    TempDir dir;
    const std::string event = "faults-" + new_uuid();
    Laptop a(dir, "a", proxy, event), b(dir, "b", proxy, event), c(dir, "c", proxy, event);
    std::vector<Laptop*> laptops = {&a, &b, &c};
    std::mt19937_64 rng(20261205);
    int counter = 0;
    std::size_t failed_passes = 0;
    for (int step = 0; step < 90; ++step) {
        if (step % 12 == 0) set_fault(faults[(step / 12) % faults.size()]);
        Laptop& laptop = *laptops[rng() % laptops.size()];
        if (rng() % 3 != 0) {
            const std::string id = "n" + std::to_string(++counter);
            laptop.doc.commit({note(id, "note " + id + " 🌱 ملاحظة")});
        } else {
            failed_passes += laptop.sync().problem != SyncProblem::none ? 1 : 0;
        }
    }
    set_fault(R"({"mode":"pass"})");
    settle(laptops);
    CHECK(failed_passes > 0);  // the faults did reach the laptops
    for (Laptop* laptop : laptops) {
        CHECK(laptop->doc.state().board.live_note_count() == static_cast<std::size_t>(counter));
        CHECK(laptop->json() == a.json());
    }
}
