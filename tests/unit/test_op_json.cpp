#include <catch2/catch.hpp>

#include "core/session/op_json.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

std::vector<OpPayload> one_of_each() {
    return {SetMeta{MetaField::venue, "Town Hall"},
            AddParticipant{"p", "Ann", "NHS", "Chair"},
            EditParticipant{"p", "Ann", "ICB", "Chair"},
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
            RestoreGroup{"g"}};
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
}
