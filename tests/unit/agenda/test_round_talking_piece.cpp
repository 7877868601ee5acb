// The talking piece of a round: its op fields, their JSON, undo, the snapshot, the export, and
// rounds added from the method library.
#include <catch2/catch.hpp>
#include <fstream>

#include "core/agenda/rounds_from_method.hpp"
#include "core/export/json_export.hpp"
#include "core/methods/method.hpp"
#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/snapshot.hpp"
#include "core/timer/talking_piece.hpp"
#include "core/util/error.hpp"
#include "core/util/rapidjson.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

// A circle with its own talking piece, a café round with it off, and an older round that has
// no setting of its own; the session-wide option is on at 100 s.
Session three_rounds() {
    AddRound circle{"circle", "Check-in", "", "check-in-circle", 600, {}, 1};
    circle.talking_piece = RoundTalkingPiece::on;
    circle.speaker_s = 90;
    AddRound cafe{"cafe", "Café", "", "world-cafe", 1200, {}, 2};
    cafe.talking_piece = RoundTalkingPiece::off;
    return fold({
        make_op(kDeviceA, 1, 1, circle),
        make_op(kDeviceA, 2, 2, cafe),
        make_op(kDeviceA, 3, 3, AddRound{"old", "Older round", "", "", 300, {}, 3}),
        make_op(kDeviceA, 4, 4, SetTimerOptions{std::nullopt, std::nullopt, true, 100}),
    });
}

TalkingPieceSetting piece_of(const Session& s, const std::string& id) {
    return talking_piece_for(*s.agenda.find_round(id), s.timer);
}

EditRound piece_edit(const std::string& id, std::optional<RoundTalkingPiece> piece,
                     std::optional<int> speaker_s = std::nullopt) {
    EditRound edit{id, std::nullopt, std::nullopt, std::nullopt};
    edit.talking_piece = piece;
    edit.speaker_s = speaker_s;
    return edit;
}

OpPayload round_trip(const OpPayload& payload) {
    const auto ops = decode_op_line(encode_op_line({make_op(kDeviceA, 1, 1, payload)}));
    REQUIRE(ops.size() == 1);
    return ops[0].payload;
}

}  // namespace

TEST_CASE("a round's own talking piece wins over the session's; an older round follows it",
          "[agenda][talking-piece]") {
    const Session s = three_rounds();
    CHECK(piece_of(s, "circle").on);
    CHECK(piece_of(s, "circle").own);
    CHECK(piece_of(s, "circle").speaker_s == 90);
    CHECK_FALSE(piece_of(s, "cafe").on);  // the session's option is on, the round's is off
    CHECK(piece_of(s, "cafe").own);
    CHECK(piece_of(s, "old").on);  // no setting of its own: the session's, as before
    CHECK_FALSE(piece_of(s, "old").own);
    CHECK(piece_of(s, "old").speaker_s == 100);
    CHECK(piece_of(s, "cafe").speaker_s == 100);  // no time of its own: the session's
}

TEST_CASE("edit_round sets the talking piece and the time per speaker field by field",
          "[agenda][talking-piece][ops]") {
    Session s = three_rounds();
    // Two co-hosts at once: one switches it off, the other changes the time. Both stay.
    apply(s, make_op(kDeviceA, 5, 10, piece_edit("circle", RoundTalkingPiece::off)));
    apply(s, make_op(kDeviceB, 1, 10, piece_edit("circle", std::nullopt, 60)));
    const Round& circle = *s.agenda.find_round("circle");
    CHECK(circle.talking_piece.value == RoundTalkingPiece::off);
    CHECK(circle.speaker_s.value == 60);
    CHECK(circle.title.value == "Check-in");  // untouched
    // An older write loses, whatever order it arrives in.
    apply(s, make_op(kDeviceB, 2, 9, piece_edit("circle", RoundTalkingPiece::on, 30)));
    CHECK(circle.talking_piece.value == RoundTalkingPiece::off);
    CHECK(circle.speaker_s.value == 60);
    // Back to following the session's option.
    apply(s, make_op(kDeviceA, 6, 11, piece_edit("circle", RoundTalkingPiece::session, 0)));
    CHECK(piece_of(s, "circle").on);
    CHECK_FALSE(piece_of(s, "circle").own);
    CHECK(piece_of(s, "circle").speaker_s == 100);
}

TEST_CASE("undo of a talking-piece edit restores only what it changed, even 'follow the session'",
          "[agenda][talking-piece][ops]") {
    const Session s = three_rounds();
    auto undo = invert(s, piece_edit("old", RoundTalkingPiece::off, 45));
    REQUIRE(undo.size() == 1);
    auto back = std::get<EditRound>(undo[0]);
    CHECK(back.talking_piece == std::optional<RoundTalkingPiece>(RoundTalkingPiece::session));
    CHECK(back.speaker_s == std::optional<int>(0));
    CHECK_FALSE(back.title);

    // Applied and undone, the older round follows the session again.
    Session edited = s;
    apply(edited, make_op(kDeviceA, 5, 5, piece_edit("old", RoundTalkingPiece::off, 45)));
    CHECK_FALSE(piece_of(edited, "old").on);
    apply(edited, make_op(kDeviceA, 6, 6, back));
    CHECK(piece_of(edited, "old").on);
    CHECK_FALSE(piece_of(edited, "old").own);
    CHECK(piece_of(edited, "old").speaker_s == 100);

    undo = invert(s, piece_edit("circle", RoundTalkingPiece::off, 90));  // the time is the same
    REQUIRE(undo.size() == 1);
    back = std::get<EditRound>(undo[0]);
    CHECK(back.talking_piece == std::optional<RoundTalkingPiece>(RoundTalkingPiece::on));
    CHECK_FALSE(back.speaker_s);
    CHECK(invert(s, piece_edit("circle", RoundTalkingPiece::on, 90)).empty());
    CHECK(invert(s, piece_edit("gone", RoundTalkingPiece::on)).empty());
}

TEST_CASE("the talking piece's fields read back from a journal line; null follows the session",
          "[agenda][talking-piece][json]") {
    AddRound add{"r", "Circle", "", "check-in-circle", 600, {}, 1};
    add.talking_piece = RoundTalkingPiece::on;
    add.speaker_s = 90;
    const auto added = std::get<AddRound>(round_trip(add));
    CHECK(added.talking_piece == RoundTalkingPiece::on);
    CHECK(added.speaker_s == 90);

    for (auto piece : {RoundTalkingPiece::session, RoundTalkingPiece::off, RoundTalkingPiece::on}) {
        const auto edit = std::get<EditRound>(round_trip(piece_edit("r", piece, 45)));
        CHECK(edit.talking_piece == std::optional<RoundTalkingPiece>(piece));
        CHECK(edit.speaker_s == std::optional<int>(45));
    }
    const auto title_only = std::get<EditRound>(round_trip(EditRound{"r", "T", {}, {}}));
    CHECK_FALSE(title_only.talking_piece);
    CHECK_FALSE(title_only.speaker_s);

    // As written: true/false/null, and nothing at all for a round without a setting.
    const std::string line = encode_op_line({make_op(kDeviceA, 1, 1, piece_edit("r", {}, {}))});
    CHECK(line.find("talking_piece") == std::string::npos);
    CHECK(encode_op_line({make_op(kDeviceA, 1, 1, piece_edit("r", RoundTalkingPiece::session))})
              .find("\"talking_piece\":null") != std::string::npos);
    CHECK(encode_op_line({make_op(kDeviceA, 1, 1, AddRound{"r", "x", "", "", 1, {}, 1})})
              .find("talking_piece") == std::string::npos);

    // A line written before rounds had a talking piece: the round follows the session.
    const auto old = decode_op_line(
        R"({"v":1,"type":"add_round","dev":"d","seq":1,"lam":1,"at":0,"id":"r","title":"t",)"
        R"("question":"","method":"","duration_s":60,"steps":[],"rank":1})");
    CHECK(std::get<AddRound>(old[0].payload).talking_piece == RoundTalkingPiece::session);
    CHECK(std::get<AddRound>(old[0].payload).speaker_s == 0);

    CHECK_THROWS_WITH(
        decode_op_line(R"({"v":1,"type":"edit_round","dev":"d","seq":1,"lam":1,"at":0,"id":"r",)"
                       R"("talking_piece":"yes"})"),
        Catch::Contains("talking_piece") && Catch::Contains("true, false or null"));
}

TEST_CASE("a round from a circle method passes the talking piece; a café round after it does not",
          "[agenda][talking-piece][methods]") {
    std::vector<std::string> warnings;
    const auto methods =
        load_method_library({std::filesystem::path(HOSTSPACE_ASSETS_DIR) / "methods"}, warnings);
    const Method* circle = find_method(methods, "check-in-circle");
    const Method* cafe = find_method(methods, "world-cafe");
    REQUIRE(circle);
    REQUIRE(cafe);
    int next = 0;
    auto ids = [&] { return "r" + std::to_string(++next); };
    auto adds = rounds_from_method(*circle, ids, 1);
    const auto cafe_adds = rounds_from_method(*cafe, ids, 2);
    adds.insert(adds.end(), cafe_adds.begin(), cafe_adds.end());
    REQUIRE(adds.size() >= 2);
    CHECK(adds[0].talking_piece == RoundTalkingPiece::on);
    CHECK(adds[0].speaker_s == 90);  // the method file's 1 min 30 s each
    CHECK(adds[1].talking_piece == RoundTalkingPiece::off);

    // Folded into a session whose own option says otherwise, each keeps its method's.
    Session s;
    apply(s, make_op(kDeviceA, 1, 1, SetTimerOptions{std::nullopt, std::nullopt, true, 200}));
    std::uint64_t seq = 2;
    for (const auto& add : adds) {
        apply(s, make_op(kDeviceA, seq, seq, add));
        ++seq;
    }
    CHECK(piece_of(s, "r1").on);
    CHECK(piece_of(s, "r1").speaker_s == 90);
    CHECK_FALSE(piece_of(s, "r2").on);
}

TEST_CASE(
    "a snapshot keeps each round's talking piece; an older snapshot's rounds follow the session",
    "[agenda][talking-piece][storage][snapshot]") {
    TempDir dir;
    const auto file = dir / "snapshot.json";
    Snapshot snap;
    snap.session = three_rounds();
    save_snapshot(file, snap);
    Snapshot back = load_snapshot(file);
    CHECK(piece_of(back.session, "circle").speaker_s == 90);
    CHECK(back.session.agenda.find_round("circle")->talking_piece.stamp ==
          snap.session.agenda.find_round("circle")->talking_piece.stamp);
    CHECK_FALSE(piece_of(back.session, "cafe").on);
    CHECK_FALSE(piece_of(back.session, "old").own);

    // As an older build wrote it: no talking piece in any round.
    rapidjson::Document doc;
    const std::string text = read_whole_file(file);
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    for (auto& round : doc["agenda"]["rounds"].GetArray()) {
        REQUIRE(round.RemoveMember("talking_piece"));
        REQUIRE(round.RemoveMember("speaker_s"));
    }
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    doc.Accept(writer);
    std::ofstream(file, std::ios::binary) << out.GetString();
    back = load_snapshot(file);
    REQUIRE(back.session.agenda.rounds.size() == 3);
    for (const char* id : {"circle", "cafe", "old"}) {
        CHECK_FALSE(piece_of(back.session, id).own);
        CHECK(piece_of(back.session, id).on);  // the session's option, on at 100 s
        CHECK(piece_of(back.session, id).speaker_s == 100);
    }
    CHECK(back.session.agenda.find_round("circle")->title.value == "Check-in");
}

TEST_CASE("the JSON export says what talking piece each round runs with",
          "[export][talking-piece]") {
    const std::string json = export_session_json(three_rounds());
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    const auto& agenda = doc["agenda"];
    REQUIRE(agenda.Size() == 3);
    CHECK(agenda[0]["talking_piece"].GetBool());
    CHECK(agenda[0]["speaker_s"].GetInt() == 90);
    CHECK_FALSE(agenda[1]["talking_piece"].GetBool());
    CHECK(agenda[2]["talking_piece"].GetBool());  // the older round: the session's option
    CHECK(agenda[2]["speaker_s"].GetInt() == 100);
}
