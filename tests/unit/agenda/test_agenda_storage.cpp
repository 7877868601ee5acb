// The agenda and the timer on disk (the snapshot) and in the JSON export.
#include <catch2/catch.hpp>
#include <fstream>

#include "core/export/json_export.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/snapshot.hpp"
#include "core/timer/timer_reading.hpp"
#include "core/util/error.hpp"
#include "core/util/rapidjson.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

constexpr std::int64_t kTen = 1'795'341'600'000;

Session planned_and_running() {
    return fold({
        make_op(kDeviceA, 1, 1, AddParticipant{"p1", "Ann", "NHS", ""}),
        make_op(kDeviceA, 2, 2,
                AddRound{"r1", "Check-in", "What brings you?", "check-in-circle", 600, {}, 1}),
        make_op(kDeviceA, 3, 3,
                AddRound{"r2", "Café", "", "world-cafe", 0, {{"Recap", 180}, {"Talk", 1020}}, 2}),
        make_op(kDeviceA, 4, 4, AddRound{"r3", "Gone", "", "", 300, {}, 3}),
        make_op(kDeviceB, 1, 5, RemoveRound{"r3"}),
        make_op(kDeviceB, 2, 6, MoveRound{"r2", 0.1 + 0.2}),  // a rank that is not round in binary
        make_op(kDeviceA, 5, 7, SetAgendaStart{kTen}),
        make_op(kDeviceA, 6, 8, SetTimerOptions{true, 45, true, 90}),
        make_op(kDeviceA, 7, 9, StartRound{"r2", 1, kTen + 60'000}),
        make_op(kDeviceB, 3, 10, NextSpeaker{kTen + 100'000}),
        make_op(kDeviceA, 8, 11, AdjustTimer{60}),
        make_op(kDeviceA, 9, 12, PauseTimer{kTen + 200'000}),
    });
}

// Rewrites a saved snapshot without the named top-level keys, as an older build wrote it.
void drop_keys(const std::filesystem::path& file, std::initializer_list<const char*> keys) {
    const std::string text = read_whole_file(file);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    for (const char* key : keys) REQUIRE(doc.RemoveMember(key));
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    doc.Accept(writer);
    std::ofstream(file, std::ios::binary) << out.GetString();
}

}  // namespace

TEST_CASE("a snapshot round-trips the agenda and the timer with their stamps",
          "[storage][snapshot][agenda][timer]") {
    TempDir dir;
    Snapshot snap;
    snap.session = planned_and_running();
    save_snapshot(dir / "snapshot.json", snap);
    const Session back = load_snapshot(dir / "snapshot.json").session;
    const Session& s = snap.session;

    REQUIRE(back.agenda.rounds.size() == 3);
    for (std::size_t i = 0; i < s.agenda.rounds.size(); ++i) {
        const Round& a = s.agenda.rounds[i];
        const Round& b = back.agenda.rounds[i];
        INFO(a.id);
        CHECK(b.id == a.id);
        CHECK(b.method_id == a.method_id);
        CHECK(b.title.value == a.title.value);
        CHECK(b.title.stamp == a.title.stamp);
        CHECK(b.question.value == a.question.value);
        CHECK(b.duration_s.value == a.duration_s.value);
        CHECK(b.steps.value == a.steps.value);
        CHECK(b.steps.stamp == a.steps.stamp);
        CHECK(b.rank.value == a.rank.value);  // exactly
        CHECK(b.rank.stamp == a.rank.stamp);
        CHECK(b.removed.value == a.removed.value);
        CHECK(b.removed.stamp == a.removed.stamp);
    }
    CHECK(back.agenda.start_ms.value == kTen);
    CHECK(back.agenda.start_ms.stamp == s.agenda.start_ms.stamp);
    CHECK(back.timer.run.value == s.timer.run.value);
    CHECK(back.timer.run.stamp == s.timer.run.stamp);
    CHECK(back.timer.auto_advance.value);
    CHECK(back.timer.warning_s.value == 45);
    CHECK(back.timer.talking_piece.value);
    CHECK(back.timer.speaker_s.value == 90);
    CHECK(back.timer.speaker_s.stamp == s.timer.speaker_s.stamp);

    const TimerReading before = read_timer(s, kTen + 3'600'000);
    const TimerReading after = read_timer(back, kTen + 3'600'000);
    CHECK(after.phase == TimerPhase::paused);
    CHECK(after.remaining_ms == before.remaining_ms);
    CHECK(after.speaker_remaining_ms == before.speaker_remaining_ms);
    CHECK(export_session_json(back) == export_session_json(s));

    // Stamps keep working after a reload: an older write still loses.
    Session later = back;
    apply(later, make_op(kDeviceB, 9, 1, EditRound{"r1", "Stale", std::nullopt, std::nullopt}));
    CHECK(later.agenda.find_round("r1")->title.value == "Check-in");
}

TEST_CASE("a snapshot from before the agenda existed still opens", "[storage][snapshot]") {
    TempDir dir;
    const auto file = dir / "snapshot.json";
    Snapshot snap;
    snap.session = planned_and_running();
    save_snapshot(file, snap);
    drop_keys(file, {"agenda", "timer"});
    const Snapshot back = load_snapshot(file);
    CHECK(back.session.agenda.rounds.empty());
    CHECK(back.session.timer.run.value.idle());
    CHECK(back.session.timer.warning_s.value == kDefaultWarningS);
    CHECK(back.session.find_participant("p1") != nullptr);  // the rest is all there
}

TEST_CASE("damage inside the agenda or timer is still an error", "[storage][snapshot]") {
    TempDir dir;
    const auto file = dir / "snapshot.json";
    Snapshot snap;
    snap.session = planned_and_running();
    save_snapshot(file, snap);
    const std::string good = read_whole_file(file);

    std::string text = good;
    const auto at = text.find("\"start_ms\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 10, "\"start_mx\"");
    std::ofstream(file, std::ios::binary) << text;
    CHECK_THROWS_AS(load_snapshot(file), Error);

    // Two rounds with one id cannot come from a fold.
    Snapshot twice = snap;
    twice.session.agenda.rounds.push_back(twice.session.agenda.rounds.front());
    save_snapshot(file, twice);
    CHECK_THROWS_WITH(load_snapshot(file), Catch::Contains("round id r1 appears twice"));
}

TEST_CASE("the JSON export lists the agenda in order with planned times", "[export][agenda]") {
    const Session s = planned_and_running();
    const std::string json = export_session_json(s);
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["session"]["planned_start_ms"].GetInt64() == kTen);
    CHECK(doc["session"]["planned_end_ms"].GetInt64() == kTen + 1'800'000);
    const auto& agenda = doc["agenda"];
    REQUIRE(agenda.Size() == 2);                              // the removed round is not exported
    CHECK(std::string(agenda[0]["id"].GetString()) == "r2");  // moved first
    CHECK(std::string(agenda[0]["title"].GetString()) == "Café");
    CHECK(std::string(agenda[0]["method"].GetString()) == "world-cafe");
    CHECK(agenda[0]["duration_s"].GetInt() == 1200);
    REQUIRE(agenda[0]["steps"].Size() == 2);
    CHECK(std::string(agenda[0]["steps"][1]["title"].GetString()) == "Talk");
    CHECK(agenda[0]["steps"][1]["duration_s"].GetInt() == 1020);
    CHECK(agenda[0]["planned_start_ms"].GetInt64() == kTen);
    CHECK(agenda[0]["planned_end_ms"].GetInt64() == kTen + 1'200'000);
    CHECK(std::string(agenda[1]["question"].GetString()) == "What brings you?");
    CHECK(agenda[1]["steps"].Size() == 0);
    CHECK(agenda[1]["planned_start_ms"].GetInt64() == kTen + 1'200'000);
    CHECK(agenda[1]["planned_end_ms"].GetInt64() == kTen + 1'800'000);
    // As it ran: the café is running since its start; the check-in never ran.
    CHECK(agenda[0]["actual_start_ms"].GetInt64() == kTen + 60'000);
    CHECK(agenda[0]["actual_length_ms"].GetInt64() == 0);
    CHECK(agenda[0]["running_now"].GetBool());
    CHECK(agenda[1]["actual_start_ms"].IsNull());
    CHECK_FALSE(agenda[1]["running_now"].GetBool());

    // Without a start time, planned times are null; the lengths are still there.
    Session unplanned = s;
    apply(unplanned, make_op(kDeviceA, 20, 20, SetAgendaStart{0}));
    const std::string bare = export_session_json(unplanned);
    doc.Parse(bare.c_str(), bare.size());
    CHECK(doc["session"]["planned_start_ms"].IsNull());
    CHECK(doc["session"]["planned_end_ms"].IsNull());
    CHECK(doc["agenda"][0]["planned_start_ms"].IsNull());
    CHECK(doc["agenda"][0]["duration_s"].GetInt() == 1200);
    CHECK(export_session_json(Session{}).find("\"agenda\": []") != std::string::npos);
}

TEST_CASE("the JSON export holds the timer as stored", "[export][timer]") {
    const std::string json = export_session_json(planned_and_running());
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    const auto& timer = doc["timer"];
    CHECK(timer["running"].GetBool());
    CHECK(std::string(timer["round_id"].GetString()) == "r2");
    CHECK(timer["step_index"].GetInt() == 1);
    CHECK(timer["paused"].GetBool());
    CHECK(timer["step_started_ms"].GetInt64() == kTen + 60'000);
    CHECK(timer["paused_at_ms"].GetInt64() == kTen + 200'000);
    CHECK(timer["paused_total_ms"].GetInt64() == 0);
    CHECK(timer["adjust_s"].GetInt() == 60);
    CHECK(timer["speaker_index"].GetInt() == 1);
    CHECK(timer["auto_advance"].GetBool());
    CHECK(timer["warning_s"].GetInt() == 45);
    CHECK(timer["talking_piece"].GetBool());
    CHECK(timer["speaker_s"].GetInt() == 90);

    const std::string idle = export_session_json(Session{});
    doc.Parse(idle.c_str(), idle.size());
    CHECK_FALSE(doc["timer"]["running"].GetBool());
    CHECK(doc["timer"]["round_id"].IsNull());
    CHECK(doc["timer"]["warning_s"].GetInt() == 60);
    CHECK(doc["timer"]["speaker_s"].GetInt() == 120);
}
