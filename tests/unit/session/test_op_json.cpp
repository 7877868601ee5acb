#include <catch2/catch.hpp>

#include "core/session/op_json.hpp"
#include "core/util/error.hpp"
#include "harvest/harvest_op_samples.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

std::vector<OpPayload> board_agenda_timer_and_voting_ops() {
    return {SetMeta{MetaField::venue, "Town Hall"},
            AddParticipant{"p", "Ann", "NHS", "Chair"},
            EditParticipant{"p", "Ann", "ICB", "Chair"},
            EditParticipant{"p", {}, {}, "Vice chair"},
            RemoveParticipant{"p"},
            RestoreParticipant{"p"},
            AddNote{"n", "text", "Ann", "NHS", "#ffaa00", "g", {1.5f, -2}},
            EditNoteText{"n", "new"},
            SetNoteAuthor{"n", "Bo", "Police"},
            MoveNote{"n", {3, 4}},
            SetNoteColour{"n", "green"},
            AssignNoteToGroup{"n", ""},
            DeleteNote{"n"},
            RestoreNote{"n"},
            AddGroup{"g", "Voice", "blue", {0, 0}},
            RenameGroup{"g", "Voices"},
            MoveGroup{"g", {9, 9}},
            SetGroupColour{"g", "grey"},
            DeleteGroup{"g"},
            RestoreGroup{"g"},
            SetGroupCollapsed{"g", true},
            SetBoardAnonymous{true},
            AddRound{"r",
                     "Café round 1",
                     "What matters?",
                     "world-cafe",
                     1200,
                     {{"Host recap", 180}, {"Talk", 1020}},
                     0.1},
            EditRound{"r", "Round one", std::nullopt, 900},
            SetRoundSteps{"r", {{"Alone", 60}}},
            MoveRound{"r", -2.5},
            RemoveRound{"r"},
            RestoreRound{"r"},
            SetAgendaStart{1'795'341'600'000},
            StartRound{"r", 1, 1'795'341'600'001},
            PauseTimer{1'795'341'660'000},
            ResumeTimer{1'795'341'720'000},
            AdjustTimer{-60},
            RestartStep{1'795'341'780'000},
            NextStep{1'795'341'840'000, "r", 1},
            StopTimer{},
            SetTimerOptions{true, 45, std::nullopt, 90},
            NextSpeaker{1'795'341'900'000},
            RestoreTimer{
                TimerRun{"r", 2, 1'795'341'600'000, true, 1'795'341'700'000, 5000, -60, 3, 40'000}},
            OpenVotingRound{"v", "Which matter most?",
                            VotingRules{VoteTarget::groups, 5, 2, true, true, {"g", "h"}, "v0"}},
            RenameVotingRound{"v", "Top themes"},
            CloseVoting{"v"},
            ReopenVoting{"v"},
            RevealVotes{"v", false},
            DeleteVotingRound{"v"},
            RestoreVotingRound{"v"},
            CastDot{"d", "v", "g", "Priya"},
            WithdrawDot{"d", "v"},
            AdjustTally{"v", "g", -1}};
}

// One of each op: the ones above and the harvest's (harvest_op_samples.hpp).
std::vector<OpPayload> one_of_each() {
    std::vector<OpPayload> ops = board_agenda_timer_and_voting_ops();
    for (OpPayload& harvest : test::every_harvest_op()) ops.push_back(std::move(harvest));
    return ops;
}

}  // namespace

TEST_CASE("every op survives a round trip through its JSON line", "[op_json]") {
    std::uint64_t seq = 1;
    for (const auto& payload : one_of_each()) {
        const Op op = make_op(kDeviceA, seq, seq + 10, payload, 1'700'000'000'123);
        const std::string line = encode_op_line({op});
        INFO(line);
        CHECK(line.find('\n') == std::string::npos);
        CHECK(line.find(std::string("\"type\":\"") + op_tag(payload) + "\"") != std::string::npos);
        const auto back = decode_op_line(line);
        REQUIRE(back.size() == 1);
        CHECK(back[0].id == op.id);
        CHECK(back[0].lamport == op.lamport);
        CHECK(back[0].at_ms == op.at_ms);
        CHECK(back[0].payload.index() == payload.index());
        CHECK(encode_op_line(back) == line);
        ++seq;
    }
}

TEST_CASE("every op type is in the round-trip list", "[op_json]") {
    std::vector<bool> seen(std::variant_size_v<OpPayload::Variant>, false);
    for (const auto& payload : one_of_each()) seen[payload.index()] = true;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        INFO("variant index " << i);
        CHECK(seen[i]);
    }
}

TEST_CASE("agenda and timer ops keep every field through JSON", "[op_json]") {
    auto back = [](const OpPayload& payload) {
        return decode_op_line(encode_op_line({make_op(kDeviceA, 1, 1, payload)}))[0].payload;
    };
    const auto add = std::get<AddRound>(
        back(AddRound{"r", "T", "Q?", "m", 1200, {{"a", 60}, {"b", 1140}}, 0.1 + 0.2}));
    CHECK(add.id == "r");
    CHECK(add.title == "T");
    CHECK(add.question == "Q?");
    CHECK(add.method_id == "m");
    CHECK(add.duration_s == 1200);
    CHECK(add.steps == std::vector<RoundStep>{{"a", 60}, {"b", 1140}});
    CHECK(add.rank == 0.1 + 0.2);  // exactly: ranks are compared, not shown

    // Fields an edit leaves out stay out, so they are not overwritten on other devices.
    const auto edit = std::get<EditRound>(back(EditRound{"r", std::nullopt, "Only this", {}}));
    CHECK_FALSE(edit.title);
    CHECK(edit.question == std::optional<std::string>("Only this"));
    CHECK_FALSE(edit.duration_s);
    const auto options =
        std::get<SetTimerOptions>(back(SetTimerOptions{std::nullopt, std::nullopt, true, {}}));
    CHECK_FALSE(options.auto_advance);
    CHECK_FALSE(options.warning_s);
    CHECK(options.talking_piece == std::optional<bool>(true));
    CHECK_FALSE(options.speaker_s);

    const TimerRun run{"r", 2, 1'795'341'600'000, true, 1'795'341'700'000, 5000, -60, 3, 40'000};
    CHECK(std::get<RestoreTimer>(back(RestoreTimer{run})).run == run);
    const auto start = std::get<StartRound>(back(StartRound{"r", 2, 1'795'341'600'001}));
    CHECK(start.round_id == "r");
    CHECK(start.step_index == 2);
    CHECK(start.at_ms == 1'795'341'600'001);
    CHECK(std::get<AdjustTimer>(back(AdjustTimer{-60})).delta_s == -60);
    CHECK(std::get<SetAgendaStart>(back(SetAgendaStart{42})).start_ms == 42);
    CHECK(std::get<MoveRound>(back(MoveRound{"r", -1e-300})).rank == -1e-300);
}

TEST_CASE("voting ops keep every field through JSON", "[op_json][voting]") {
    auto back = [](const OpPayload& payload) {
        return decode_op_line(encode_op_line({make_op(kDeviceA, 1, 1, payload)}))[0].payload;
    };
    const VotingRules rules{VoteTarget::groups, 5, 2, true, true, {"g", "h"}, "v0"};
    const auto open = std::get<OpenVotingRound>(back(OpenVotingRound{"v", "Top?", rules}));
    CHECK(open.id == "v");
    CHECK(open.title == "Top?");
    CHECK(open.rules == rules);
    const auto dot = std::get<CastDot>(back(CastDot{"d", "v", "n", "Priya"}));
    CHECK(dot.id == "d");
    CHECK(dot.round_id == "v");
    CHECK(dot.item_id == "n");
    CHECK(dot.voter == "Priya");
    const auto tally = std::get<AdjustTally>(back(AdjustTally{"v", "n", -1}));
    CHECK(tally.round_id == "v");
    CHECK(tally.item_id == "n");
    CHECK(tally.delta == -1);
    CHECK_FALSE(std::get<RevealVotes>(back(RevealVotes{"v", false})).revealed);
    CHECK(std::get<SetGroupCollapsed>(back(SetGroupCollapsed{"g", true})).collapsed);
    CHECK(std::get<SetBoardAnonymous>(back(SetBoardAnonymous{true})).anonymous);
    CHECK_THROWS_WITH(
        decode_op_line(R"({"v":1,"type":"open_voting_round","dev":"d","seq":1,"lam":1,"at":0,)"
                       R"("id":"v","title":"","target":"people","dots_per_person":3,)"
                       R"("per_item_max":0,"anonymous":false,"live_results":false,"items":[],)"
                       R"("runoff_of":""})"),
        Catch::Contains("unknown vote target \"people\""));
}

TEST_CASE("a participant edit keeps which fields it sets through JSON", "[op_json]") {
    auto back = [](const OpPayload& payload) {
        return std::get<EditParticipant>(
            decode_op_line(encode_op_line({make_op(kDeviceA, 1, 1, payload)}))[0].payload);
    };
    const auto role = back(EditParticipant{"p", {}, {}, "Chair"});
    CHECK(role.id == "p");
    CHECK_FALSE(role.name);
    CHECK_FALSE(role.organisation);
    CHECK(role.role == std::optional<std::string>("Chair"));
    const auto emptied = back(EditParticipant{"p", {}, "", {}});  // cleared, not unset
    CHECK(emptied.organisation == std::optional<std::string>(""));
    // A line written before the fields were optional sets all three.
    const auto old = std::get<EditParticipant>(
        decode_op_line(R"({"v":1,"type":"edit_participant","dev":"d","seq":1,"lam":1,"at":0,)"
                       R"("id":"p","name":"Ann","organisation":"NHS","role":"Chair"})")[0]
            .payload);
    CHECK(old.name == std::optional<std::string>("Ann"));
    CHECK(old.organisation == std::optional<std::string>("NHS"));
    CHECK(old.role == std::optional<std::string>("Chair"));
}

TEST_CASE("a batch is one line and keeps its ops in order", "[op_json]") {
    std::vector<Op> ops;
    std::uint64_t seq = 1;
    for (const auto& payload : one_of_each()) {
        ops.push_back(make_op(kDeviceA, seq, seq, payload));
        ++seq;
    }
    const std::string line = encode_op_line(ops);
    CHECK(line.find("\"type\":\"batch\"") != std::string::npos);
    const auto back = decode_op_line(line);
    REQUIRE(back.size() == ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) CHECK(back[i].id.seq == i + 1);
}

TEST_CASE("text comes back byte for byte", "[op_json]") {
    const std::string tricky =
        "\"quoted\", back\\slash\nnew line\ttab \x01 Caf\xC3\xA9 \xE2\x80\x9Csmart\xE2\x80\x9D "
        "\xF0\x9F\x8C\xB1 \xE2\x82\xAC";
    const Op op = make_op(kDeviceA, 1, 1, EditNoteText{"n", tricky});
    const auto back = decode_op_line(encode_op_line({op}));
    CHECK(std::get<EditNoteText>(back[0].payload).text == tricky);
}

TEST_CASE("damaged lines are refused with a reason", "[op_json]") {
    auto reason = [](const std::string& line) {
        try {
            decode_op_line(line);
        } catch (const Error& e) {
            return e.reason();
        }
        return std::string("accepted");
    };
    CHECK_THAT(reason("{\"v\":1,\"type\":\"add_"), Catch::Contains("not valid JSON"));
    CHECK_THAT(reason("[]"), Catch::Contains("not a JSON object"));
    CHECK_THAT(reason("{\"type\":\"delete_note\"}"), Catch::Contains("schema version"));
    CHECK_THAT(reason("{\"v\":2,\"type\":\"delete_note\",\"dev\":\"d\",\"seq\":1,\"lam\":1,"
                      "\"at\":0,\"id\":\"n\"}"),
               Catch::Contains("schema version 2 is not supported"));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"teleport_note\",\"dev\":\"d\",\"seq\":1,\"lam\":1,"
                      "\"at\":0}"),
               Catch::Contains("unknown operation type \"teleport_note\""));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"delete_note\",\"dev\":\"d\",\"seq\":1,\"lam\":1,"
                      "\"at\":0}"),
               Catch::Contains("missing field \"id\""));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"delete_note\",\"dev\":\"d\",\"seq\":\"1\",\"lam\":1,"
                      "\"at\":0,\"id\":\"n\"}"),
               Catch::Contains("\"seq\" is not a non-negative integer"));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"delete_note\",\"dev\":\"d\",\"seq\":0,\"lam\":1,"
                      "\"at\":0,\"id\":\"n\"}"),
               Catch::Contains("\"seq\" must be 1 or more"));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"move_note\",\"dev\":\"d\",\"seq\":1,\"lam\":1,"
                      "\"at\":0,\"id\":\"n\",\"x\":\"a\",\"y\":1}"),
               Catch::Contains("\"x\" is not a number"));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"set_meta\",\"dev\":\"d\",\"seq\":1,\"lam\":1,"
                      "\"at\":0,\"field\":\"colour\",\"value\":\"x\"}"),
               Catch::Contains("unknown session field"));
    CHECK_THAT(reason("{\"v\":1,\"type\":\"batch\",\"ops\":[]}"),
               Catch::Contains("non-empty list"));
    const std::string head = "{\"v\":1,\"dev\":\"d\",\"seq\":1,\"lam\":1,\"at\":0,";
    CHECK_THAT(reason(head + "\"type\":\"move_round\",\"id\":\"r\",\"rank\":\"1\"}"),
               Catch::Contains("\"rank\" is not a number"));
    CHECK_THAT(reason(head + "\"type\":\"set_round_steps\",\"id\":\"r\",\"steps\":{}}"),
               Catch::Contains("\"steps\" is not a list"));
    CHECK_THAT(reason(head + "\"type\":\"set_round_steps\",\"id\":\"r\",\"steps\":[1]}"),
               Catch::Contains("not a JSON object"));
    CHECK_THAT(reason(head + "\"type\":\"set_timer_options\",\"auto_advance\":1}"),
               Catch::Contains("\"auto_advance\" is not true or false"));
    CHECK_THAT(reason(head + "\"type\":\"adjust_timer\",\"delta_s\":1.5}"),
               Catch::Contains("\"delta_s\" is not an integer"));
    CHECK_THAT(reason(head + "\"type\":\"edit_round\",\"id\":\"r\",\"title\":null}"),
               Catch::Contains("\"title\" is not a string"));
    CHECK_THAT(reason(head + "\"type\":\"start_round\",\"round\":\"r\",\"step\":0}"),
               Catch::Contains("missing field \"at_ms\""));
}
