#include <catch2/catch.hpp>

#include "core/session/op_json.hpp"
#include "core/util/error.hpp"
#include "harvest_op_samples.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::every_harvest_op;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

OpPayload back(const OpPayload& payload) {
    return decode_op_line(encode_op_line({make_op(kDeviceA, 1, 1, payload)}))[0].payload;
}

std::string reason(const std::string& fields) {
    try {
        decode_op_line("{\"v\":1,\"dev\":\"d\",\"seq\":1,\"lam\":1,\"at\":0," + fields + "}");
    } catch (const Error& e) {
        return e.reason();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("every harvest op comes back from its JSON line as it was", "[harvest][op_json]") {
    for (const OpPayload& payload : every_harvest_op()) {
        const std::string line = encode_op_line({make_op(kDeviceA, 1, 1, payload)});
        INFO(line);
        CHECK(line.find(std::string("\"type\":\"") + op_tag(payload) + "\"") != std::string::npos);
        const OpPayload read = back(payload);
        CHECK(read.index() == payload.index());
        CHECK(encode_op_line({make_op(kDeviceA, 1, 1, read)}) == line);
    }
}

TEST_CASE("harvest ops keep every field through JSON", "[harvest][op_json]") {
    const auto draft = std::get<AddDraft>(
        back(AddDraft{"d", "Table 1", {"g1", "n1"}, "v", "We listen", "Amira", 0.1 + 0.2}));
    CHECK(draft.id == "d");
    CHECK(draft.label == "Table 1");
    CHECK(draft.sources == std::vector<std::string>{"g1", "n1"});
    CHECK(draft.version_id == "v");
    CHECK(draft.text == "We listen");
    CHECK(draft.author == "Amira");
    CHECK(draft.rank == 0.1 + 0.2);
    const auto version =
        std::get<AddDraftVersion>(back(AddDraftVersion{"d", "v2", "t", "Bo", {"v", "w"}}));
    CHECK(version.based_on == std::vector<std::string>{"v", "w"});
    const auto restore =
        std::get<RestoreDraftVersion>(back(RestoreDraftVersion{"d", "v3", "v", "Ann", {"v2"}}));
    CHECK(restore.from_version_id == "v");
    CHECK(restore.based_on == std::vector<std::string>{"v2"});
    const auto open = std::get<OpenConsentRound>(
        back(OpenConsentRound{"c", ConsentSubject::principles, "", "", ConsentMode::counted}));
    CHECK(open.subject == ConsentSubject::principles);
    CHECK(open.mode == ConsentMode::counted);
    const auto response = std::get<SetConsentResponse>(
        back(SetConsentResponse{"c", "Tom", {ConsentKind::stand_aside, "Not my area"}}));
    CHECK(response.person == "Tom");
    CHECK(response.answer == ConsentAnswer{ConsentKind::stand_aside, "Not my area"});
    CHECK(std::get<AdjustConsentCount>(back(AdjustConsentCount{"c", ConsentKind::object, -1}))
              .delta == -1);
    const auto resolved = std::get<ResolveObjection>(
        back(ResolveObjection{"c", "o", {ObjectionOutcome::held_to_review, "In May"}}));
    CHECK(resolved.resolution == ObjectionResolution{ObjectionOutcome::held_to_review, "In May"});
    const auto agreed = std::get<SetConsentAgreement>(
        back(SetConsentAgreement{"c", {true, "2026-11-26", "2027-05-01"}}));
    CHECK(agreed.agreement == Agreement{true, "2026-11-26", "2027-05-01"});
    const auto line = std::get<MovePrincipleLine>(
        back(MovePrincipleLine{"l", {"pr", LineKind::accountability, -2.5}}));
    CHECK(line.place == LinePlace{"pr", LineKind::accountability, -2.5});
    const auto champion = std::get<EditPrinciple>(
        back(EditPrinciple{"pr", std::nullopt, std::nullopt, Assignee{"p1", "Helen"}}));
    CHECK_FALSE(champion.title);
    CHECK_FALSE(champion.statement);
    CHECK(champion.champion == std::optional<Assignee>(Assignee{"p1", "Helen"}));
    // Fields an edit leaves out stay out, so they are not overwritten on other devices.
    const auto status = std::get<EditAction>(
        back(EditAction{"a", std::nullopt, std::nullopt, std::nullopt, ActionStatus::done}));
    CHECK_FALSE(status.what);
    CHECK_FALSE(status.who);
    CHECK_FALSE(status.due);
    CHECK(status.status == std::optional<ActionStatus>(ActionStatus::done));
    CHECK_FALSE(status.principle_id);
    const auto cleared = std::get<EditAction>(back(EditAction{"a", std::nullopt, Assignee{}, ""}));
    CHECK(cleared.who == std::optional<Assignee>(Assignee{}));  // cleared, not unset
    CHECK(cleared.due == std::optional<std::string>(""));
    const auto focus =
        std::get<EditFocusItem>(back(EditFocusItem{"f", std::nullopt, std::nullopt, "May"}));
    CHECK_FALSE(focus.question);
    CHECK(focus.when == std::optional<std::string>("May"));
    CHECK_FALSE(
        std::get<LinkPrincipleSources>(back(LinkPrincipleSources{"pr", {"n"}, false})).linked);
}

TEST_CASE("damaged harvest lines are refused with a reason", "[harvest][op_json]") {
    CHECK_THAT(reason(R"("type":"set_consent_response","round":"c","person":"T",)"
                      R"("response":"maybe","reason":"")"),
               Catch::Contains("unknown consent response \"maybe\" (expected none, agree, "
                               "live_with, stand_aside or object)"));
    CHECK_THAT(reason(R"("type":"add_principle_line","id":"l","principle":"p","kind":"idea",)"
                      R"("rank":0,"text":"")"),
               Catch::Contains("unknown line kind \"idea\""));
    CHECK_THAT(reason(R"("type":"add_draft","id":"d","label":"","sources":"n1","version":"v",)"
                      R"("text":"t","author":"","rank":0)"),
               Catch::Contains("\"sources\" is not a list"));
    CHECK_THAT(reason(R"("type":"open_consent_round","id":"c","subject":"budget","draft":"",)"
                      R"("version":"","mode":"named")"),
               Catch::Contains("unknown consent subject"));
    CHECK_THAT(reason(R"("type":"edit_action","id":"a","status":"late")"),
               Catch::Contains("unknown action status \"late\""));
    CHECK_THAT(reason(R"("type":"resolve_objection","round":"c","id":"o","outcome":"ignored",)"
                      R"("note":"")"),
               Catch::Contains("unknown objection outcome"));
    CHECK_THAT(reason(R"("type":"set_consent_agreement","round":"c","agreed":"yes","date":"",)"
                      R"("review_date":"")"),
               Catch::Contains("\"agreed\" is not true or false"));
}
