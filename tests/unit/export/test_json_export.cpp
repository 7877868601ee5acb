#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/util/rapidjson.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

TEST_CASE("the JSON export holds the session, live notes and groups", "[export]") {
    const std::string text = "Ask \"what matters to you?\"\nCaf\xC3\xA9 \xE2\x80\x93 \x01";
    const Session s = fold({
        make_op(kDeviceA, 1, 1, SetMeta{MetaField::title, "Board purpose"}),
        make_op(kDeviceA, 2, 2, AddGroup{"g1", "Voice", "blue", {0, 0}}),
        make_op(kDeviceA, 3, 3, AddGroup{"g2", "Gone", "red", {0, 0}}),
        make_op(kDeviceA, 4, 4, AddNote{"n1", text, "Ann", "NHS", "green", "g1", {1, 2}}),
        make_op(kDeviceA, 5, 5, AddNote{"n2", "loose", "", "", "yellow", "", {0, 0}}),
        make_op(kDeviceA, 6, 6, AddNote{"n3", "deleted", "", "", "yellow", "g1", {0, 0}}),
        make_op(kDeviceA, 7, 7, DeleteNote{"n3"}),
        make_op(kDeviceA, 8, 8, AddNote{"n4", "orphan", "", "", "yellow", "g2", {0, 0}}),
        make_op(kDeviceA, 9, 9, DeleteGroup{"g2"}),
        make_op(kDeviceA, 10, 10, AddParticipant{"p", "Ann", "NHS", "Chair"}),
    });
    const std::string json = export_session_json(s);
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["format"].GetString()) == "hostspace-export");
    CHECK(std::string(doc["session"]["title"].GetString()) == "Board purpose");
    CHECK(doc["session"]["participants"].Size() == 1);
    const auto& notes = doc["notes"];
    REQUIRE(notes.Size() == 3);
    CHECK(std::string(notes[0]["text"].GetString(), notes[0]["text"].GetStringLength()) == text);
    CHECK(std::string(notes[0]["group"].GetString()) == "Voice");
    CHECK(std::string(notes[0]["author"].GetString()) == "Ann");
    CHECK(std::string(notes[0]["organisation"].GetString()) == "NHS");
    CHECK(std::string(notes[0]["colour"].GetString()) == "green");
    CHECK(std::string(notes[0]["id"].GetString()) == "n1");
    CHECK(notes[1]["group"].IsNull());
    CHECK(notes[2]["group"].IsNull());  // its group was deleted
    REQUIRE(doc["groups"].Size() == 1);
    CHECK(std::string(doc["groups"][0]["title"].GetString()) == "Voice");
    CHECK(doc["groups"][0]["note_count"].GetUint() == 1);
    // Non-ASCII text is written as UTF-8, not escaped, so a reader sees it as typed.
    CHECK(json.find("Caf\xC3\xA9") != std::string::npos);
}
