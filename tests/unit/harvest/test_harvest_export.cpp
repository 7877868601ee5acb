#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/util/rapidjson.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;

namespace {

std::string str(const rapidjson::Value& v) {
    return std::string(v.GetString(), v.GetStringLength());
}

HarvestRoom harvested() {
    HarvestRoom room;
    room.add(AddDraft{"d", "Table 1", {"g1", "n1"}, "v1", "We listen", "Table 1", 1});
    room.add(AddDraftVersion{"d", "v2", "We listen and act", "Ruth", {"v1"}});
    room.add(AddDraft{"e", "Table 2", {}, "e1", "Children first", "Table 2", 2});
    room.add(OpenVotingRound{"vote", "Which draft?",
                             VotingRules{VoteTarget::drafts, 3, 0, false, true, {}, ""}});
    room.add(CastDot{"dot", "vote", "d", "Helen"});
    room.add(OpenConsentRound{"c1", ConsentSubject::purpose, "d", "v1", ConsentMode::named});
    room.add(SetConsentResponse{"c1", "Tom", {ConsentKind::object, "Too short"}});
    room.add(RecordObjection{"c1", "o", "Tom", "Too short"});
    room.add(ResolveObjection{"c1", "o", {ObjectionOutcome::amended, "Added 'and act'"}});
    room.add(OpenConsentRound{"c2", ConsentSubject::purpose, "d", "v2", ConsentMode::counted});
    room.add(AdjustConsentCount{"c2", ConsentKind::agree, 11});
    room.add(AdjustConsentCount{"c2", ConsentKind::stand_aside, 1});
    room.add(SetConsentAgreement{"c2", {true, "2026-11-26", "2027-11-26"}});
    room.add(AddPrinciple{
        "pr", "Listen first", "We ask before we decide.", {"p2", "Amira Hussain"}, {"g1"}, 1});
    room.add(AddPrincipleLine{"l1", {"pr", LineKind::practice, 1}, "Young people co-chair"});
    room.add(AddPrincipleLine{"l2", {"pr", LineKind::accountability, 1}, "A yearly review"});
    room.add(
        AddAction{"a", "Invite two young people", {"p1", "Helen Marsh"}, "2027-01-31", "pr", 1});
    room.add(AddFocusItem{"f", "How do we fund it?", {"", "Jo"}, "March board", 1});
    room.add(DeleteGroup{"g1"});
    return room;
}

}  // namespace

TEST_CASE("the export holds the harvest and keeps every earlier key", "[harvest][export]") {
    const HarvestRoom room = harvested();
    const std::string json = export_session_json(room.session);
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["version"].GetInt() == 2);
    for (const char* key : {"format", "session", "notes", "groups", "agenda", "timer",
                            "voting_rounds", "purpose", "principles", "actions", "focus"}) {
        INFO(key);
        CHECK(doc.HasMember(key));
    }

    const auto& purpose = doc["purpose"];
    REQUIRE(purpose["drafts"].Size() == 2);
    const auto& draft = purpose["drafts"][0];
    CHECK(str(draft["label"]) == "Table 1");
    CHECK(str(draft["text"]) == "We listen and act");
    CHECK(str(draft["current_version"]) == "v2");
    CHECK_FALSE(draft["has_concurrent_version"].GetBool());
    REQUIRE(draft["versions"].Size() == 2);
    CHECK(str(draft["versions"][0]["text"]) == "We listen");
    CHECK(str(draft["versions"][1]["based_on"][0]) == "v1");
    CHECK(draft["versions"][1]["current"].GetBool());
    REQUIRE(draft["sources"].Size() == 2);
    CHECK(str(draft["sources"][0]["type"]) == "theme");
    CHECK(draft["sources"][0]["deleted"].GetBool());  // deleted since: still named
    CHECK(str(draft["sources"][0]["text"]) == "Young people's voice");
    REQUIRE(draft["votes"].Size() == 1);
    CHECK(draft["votes"][0]["dots"].GetInt() == 1);
    CHECK(str(purpose["voting_rounds"][0]) == "vote");
    CHECK(str(doc["voting_rounds"][0]["target"]) == "drafts");
    CHECK(str(doc["voting_rounds"][0]["results"][0]["label"]) == "We listen and act");
    CHECK_FALSE(doc["voting_rounds"][0]["results"][0]["deleted"].GetBool());

    REQUIRE(purpose["consent_rounds"].Size() == 2);
    const auto& named = purpose["consent_rounds"][0];
    CHECK(str(named["mode"]) == "named");
    CHECK(str(named["responses"][0]["response"]) == "object");
    CHECK(str(named["objections"][0]["resolution"]) == "amended");
    CHECK_FALSE(named["agreed"].GetBool());
    CHECK(purpose["consent_rounds"][1]["responses"].IsNull());
    CHECK(purpose["consent_rounds"][1]["counts"]["agree"].GetInt() == 11);

    const auto& agreed = purpose["agreed"];
    REQUIRE(agreed.IsObject());
    CHECK(str(agreed["text"]) == "We listen and act");
    CHECK(str(agreed["version"]) == "v2");
    CHECK(str(agreed["consent_round"]) == "c2");
    CHECK(str(agreed["date"]) == "2026-11-26");
    CHECK(str(agreed["review_date"]) == "2027-11-26");
    CHECK(agreed["counts"]["stand_aside"].GetInt() == 1);
    REQUIRE(agreed["objections"].Size() == 1);
    CHECK(str(agreed["objections"][0]["reason"]) == "Too short");
    CHECK(str(agreed["objections"][0]["resolution_note"]) == "Added 'and act'");

    const auto& principle = doc["principles"]["items"][0];
    CHECK(str(principle["title"]) == "Listen first");
    CHECK(str(principle["champion"]["name"]) == "Amira Hussain");
    CHECK(str(principle["champion"]["participant_id"]) == "p2");
    CHECK(str(principle["practices"][0]["text"]) == "Young people co-chair");
    CHECK(str(principle["accountability"][0]["text"]) == "A yearly review");
    CHECK(doc["principles"]["agreed"].IsNull());
    CHECK(doc["principles"]["consent_rounds"].Size() == 0);

    const auto& action = doc["actions"][0];
    CHECK(str(action["what"]) == "Invite two young people");
    CHECK(str(action["who"]["name"]) == "Helen Marsh");
    CHECK(str(action["due"]) == "2027-01-31");
    CHECK(str(action["status"]) == "open");
    CHECK(str(action["principle"]["title"]) == "Listen first");
    const auto& focus = doc["focus"][0];
    CHECK(str(focus["question"]) == "How do we fund it?");
    CHECK(focus["who"]["participant_id"].IsNull());
    CHECK(str(focus["who"]["name"]) == "Jo");
    CHECK(str(focus["when"]) == "March board");
}

TEST_CASE("an empty harvest exports empty lists and no agreement", "[harvest][export]") {
    const std::string json = export_session_json(Session{});
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["purpose"]["drafts"].Size() == 0);
    CHECK(doc["purpose"]["agreed"].IsNull());
    CHECK(doc["principles"]["items"].Size() == 0);
    CHECK(doc["actions"].Size() == 0);
    CHECK(doc["focus"].Size() == 0);
}
