#include <catch2/catch.hpp>

#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::counter_ids;
using hostspace::test::HarvestRoom;

namespace {

const Agreement kAgreedToday{true, "2026-11-26", "2027-11-26"};

// A draft "d" (version v1) and a named consent round "c" on it.
HarvestRoom room_with_round(ConsentMode mode = ConsentMode::named) {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "Table 1",
                       "We come together to listen so that children thrive", "Table 1"));
    room.add(ask_consent_on_draft(*room.harvest().find_draft("d"), "c", mode));
    return room;
}

const ConsentRound& round_of(const HarvestRoom& room, const std::string& id = "c") {
    return *room.harvest().find_consent_round(id);
}

void answer(HarvestRoom& room, const std::string& person, ConsentKind kind,
            const std::string& reason = "", const std::string& round = "c") {
    static const NewId ids = counter_ids("obj");
    const ConsentAnswer given{kind, reason};
    REQUIRE_FALSE(response_refusal(room.session, SetConsentResponse{round, person, given}));
    room.add_all(respond(round_of(room, round), person, given, ids));
}

std::optional<std::string> refusal_to_agree(const HarvestRoom& room, const std::string& round = "c",
                                            Agreement agreement = kAgreedToday) {
    return agreement_refusal(room.session, SetConsentAgreement{round, agreement});
}

}  // namespace

TEST_CASE("named responses: one per person, the last one counts", "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    CHECK(round_of(room).version_id == "v1");
    answer(room, "Helen", ConsentKind::agree);
    answer(room, "Amira", ConsentKind::live_with, "Needs young people's words");
    answer(room, "Tom", ConsentKind::stand_aside);
    answer(room, "Helen", ConsentKind::live_with);  // changed her mind
    const ConsentCounts counts = consent_counts(round_of(room));
    CHECK(counts.agree == 0);
    CHECK(counts.live_with == 2);
    CHECK(counts.stand_aside == 1);
    CHECK(counts.object == 0);
    CHECK(counts.total() == 3);
    REQUIRE(named_responses(round_of(room)).size() == 3);
    CHECK(named_responses(round_of(room))[1]->answer.value.reason == "Needs young people's words");
    CHECK(consent_responder(round_of(room), " helen ") == std::optional<std::string>("Helen"));
    CHECK_FALSE(consent_responder(round_of(room), "Jo"));
    // Taking a response back (an undo) leaves the person uncounted.
    room.add(SetConsentResponse{"c", "Tom", {}});
    CHECK(consent_counts(round_of(room)).total() == 2);
    CHECK(named_responses(round_of(room)).size() == 2);
}

TEST_CASE("counted responses add up and never go below zero", "[harvest][consent]") {
    HarvestRoom room = room_with_round(ConsentMode::counted);
    room.add(AdjustConsentCount{"c", ConsentKind::agree, 1});
    room.add(AdjustConsentCount{"c", ConsentKind::agree, 1});
    room.add(AdjustConsentCount{"c", ConsentKind::live_with, 4});
    const auto undo = room.add(AdjustConsentCount{"c", ConsentKind::stand_aside, -3});
    CHECK(undo.empty());  // it changed nothing
    CHECK(consent_counts(round_of(room)).agree == 2);
    CHECK(consent_counts(round_of(room)).live_with == 4);
    CHECK(consent_counts(round_of(room)).stand_aside == 0);
    CHECK(count_refusal(room.session, AdjustConsentCount{"c", ConsentKind::stand_aside, -1}) ==
          std::optional<std::string>("The count is already at zero."));
    CHECK_THAT(*count_refusal(room.session, AdjustConsentCount{"c", ConsentKind::none, 1}),
               Catch::Contains("Choose agree"));
    CHECK_FALSE(count_refusal(room.session, AdjustConsentCount{"c", ConsentKind::object, 1}));
    CHECK_THAT(*response_refusal(room.session, SetConsentResponse{"c", "Helen", {}}),
               Catch::Contains("show of hands"));
    HarvestRoom named = room_with_round();
    CHECK_THAT(*count_refusal(named.session, AdjustConsentCount{"c", ConsentKind::agree, 1}),
               Catch::Contains("named responses"));
}

TEST_CASE("no agreement with an open objection; resolved, it may be agreed", "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    CHECK_THAT(*refusal_to_agree(room), Catch::Contains("Nobody has responded yet"));
    answer(room, "Helen", ConsentKind::agree);
    CHECK_THAT(
        *response_refusal(room.session, SetConsentResponse{"c", "Tom", {ConsentKind::object, " "}}),
        Catch::Contains("An objection needs its reason"));
    answer(room, "Tom", ConsentKind::object, "It leaves families out");
    REQUIRE(live_objections(round_of(room)).size() == 1);
    const Objection& objection = *live_objections(round_of(room))[0];
    CHECK(objection.by == "Tom");
    CHECK(objection.reason == "It leaves families out");
    CHECK(refusal_to_agree(room) ==
          std::optional<std::string>(
              "1 objection is not resolved: Tom (\"It leaves families out\"). Record how each "
              "was resolved, or amend the wording and ask again."));
    // Un-agreeing is always allowed.
    CHECK_FALSE(refusal_to_agree(room, "c", Agreement{}));

    room.add(ResolveObjection{
        "c", objection.id, {ObjectionOutcome::held_to_review, "Reviewed with families in May"}});
    CHECK(open_objections(round_of(room)).total() == 0);
    CHECK_FALSE(refusal_to_agree(room));
    const auto undo = room.add(SetConsentAgreement{"c", kAgreedToday});
    REQUIRE(agreed_purpose(room.harvest()));
    const ConsentRecord record = *agreed_purpose(room.harvest());
    CHECK(record.round->id == "c");
    CHECK(record.version->text == "We come together to listen so that children thrive");
    CHECK(record.date == "2026-11-26");
    CHECK(record.review_date == "2027-11-26");
    CHECK(record.agreed_ms == round_of(room).agreed_ms);
    CHECK(record.agreed_ms > 0);
    CHECK(record.counts.agree == 1);
    CHECK(record.counts.object == 1);
    REQUIRE(record.objections.size() == 1);
    CHECK(record.objections[0]->resolution.value.note == "Reviewed with families in May");
    CHECK_THAT(*response_refusal(room.session, SetConsentResponse{"c", "Jo", {}}),
               Catch::Contains("is agreed"));
    // Un-agreeing is undo.
    room.add_all(undo);
    CHECK_FALSE(agreed_purpose(room.harvest()));
    CHECK(round_of(room).agreed_ms == 0);
}

TEST_CASE("objections given but not recorded also stop an agreement", "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    room.add(SetConsentResponse{"c", "Tom", {ConsentKind::object, "No"}});  // no objection op
    CHECK(open_objections(round_of(room)).unrecorded_people == std::vector<std::string>{"Tom"});
    CHECK_THAT(*refusal_to_agree(room), Catch::Contains("Tom (no objection recorded)"));

    HarvestRoom hands = room_with_round(ConsentMode::counted);
    hands.add(AdjustConsentCount{"c", ConsentKind::agree, 12});
    hands.add(AdjustConsentCount{"c", ConsentKind::object, 2});
    hands.add(RecordObjection{"c", "o1", "", "Too long"});
    CHECK(open_objections(round_of(hands)).total() == 2);
    CHECK_THAT(*refusal_to_agree(hands),
               Catch::Contains("2 objections are not resolved: \"Too long\" and 1 counted"));
    hands.add(ResolveObjection{"c", "o1", {ObjectionOutcome::withdrawn, ""}});
    hands.add(AdjustConsentCount{"c", ConsentKind::object, -1});
    CHECK_FALSE(refusal_to_agree(hands));
}

TEST_CASE("changing an objection to another response withdraws it", "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    answer(room, "Tom", ConsentKind::object, "Too vague");
    answer(room, "Tom", ConsentKind::object, "Still too vague");  // no second objection
    CHECK(live_objections(round_of(room)).size() == 1);
    answer(room, "Tom", ConsentKind::live_with);
    CHECK(live_objections(round_of(room))[0]->resolution.value.outcome ==
          ObjectionOutcome::withdrawn);
    CHECK_FALSE(refusal_to_agree(room));
}

TEST_CASE("amend and ask again: a new version, a new round, the objection resolved",
          "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    answer(room, "Helen", ConsentKind::agree);
    answer(room, "Tom", ConsentKind::object, "It leaves families out");
    const auto ops = amend_and_ask_again(room.harvest(), "c", "v2",
                                         "We come together to listen to children and families so "
                                         "that they thrive",
                                         "Ruth", "c2");
    REQUIRE(ops.size() == 3);
    room.add_all(ops);
    const Draft& draft = *room.harvest().find_draft("d");
    CHECK(current_version(draft)->id == "v2");
    CHECK(draft.find_version("v1")->text == "We come together to listen so that children thrive");
    CHECK(round_of(room, "c2").version_id == "v2");
    CHECK(round_of(room, "c2").mode == ConsentMode::named);
    CHECK(live_objections(round_of(room, "c"))[0]->resolution.value.outcome ==
          ObjectionOutcome::amended);
    // The old round is on an old wording now: it cannot be agreed.
    CHECK_THAT(*refusal_to_agree(room, "c"), Catch::Contains("wording changed"));
    CHECK(latest_consent_round(room.harvest(), ConsentSubject::purpose, "d")->id == "c2");
    answer(room, "Helen", ConsentKind::agree, "", "c2");
    answer(room, "Tom", ConsentKind::agree, "", "c2");
    REQUIRE_FALSE(refusal_to_agree(room, "c2"));
    room.add(SetConsentAgreement{"c2", kAgreedToday});
    const ConsentRecord record = *agreed_purpose(room.harvest());
    CHECK(record.version->id == "v2");
    CHECK(record.counts.agree == 2);
    // The objection from the first round is in the record, with how it was resolved.
    REQUIRE(record.objections.size() == 1);
    CHECK(record.objections[0]->reason == "It leaves families out");
    CHECK(record.objections[0]->resolution.value.outcome == ObjectionOutcome::amended);
    CHECK(amend_and_ask_again(room.harvest(), "c2", "v3", "", "Ruth", "c3").empty());
}

TEST_CASE("consent rules name what is wrong", "[harvest][consent]") {
    HarvestRoom room = room_with_round();
    const Session& s = room.session;
    CHECK(open_consent_refusal(s, OpenConsentRound{"c", ConsentSubject::purpose, "d", "v1"}));
    CHECK(open_consent_refusal(s, OpenConsentRound{"x", ConsentSubject::purpose, "nope", "v1"}) ==
          std::optional<std::string>("There is no such draft."));
    CHECK_FALSE(open_consent_refusal(s, OpenConsentRound{"x", ConsentSubject::purpose, "d", "v1"}));
    CHECK(open_consent_refusal(s, OpenConsentRound{"x", ConsentSubject::principles, "", ""}) ==
          std::optional<std::string>("There are no principles to ask about yet."));
    CHECK(response_refusal(s, SetConsentResponse{"nope", "Helen", {}}) ==
          std::optional<std::string>("There is no such consent round."));
    CHECK_THAT(*response_refusal(s, SetConsentResponse{"c", " ", {}}),
               Catch::Contains("whose response"));
    CHECK_THAT(*objection_refusal(s, RecordObjection{"c", "o", "Tom", ""}),
               Catch::Contains("needs its reason"));
    CHECK_FALSE(objection_refusal(s, RecordObjection{"c", "o", "Tom", "Too long"}));
    answer(room, "Helen", ConsentKind::agree);
    CHECK_THAT(*refusal_to_agree(room, "c", {true, "", ""}), Catch::Contains("on which day"));
    CHECK_THAT(*refusal_to_agree(room, "c", {true, "26/11/2026", ""}),
               Catch::Contains("YYYY-MM-DD"));
    CHECK_THAT(*refusal_to_agree(room, "c", {true, "2026-11-26", "2026-02-30"}),
               Catch::Contains("The review date"));
    CHECK(refusal_to_agree(room, "c", {true, "2026-11-26", "2025-01-01"}) ==
          std::optional<std::string>("The review date is before the day it was agreed."));
    CHECK_FALSE(refusal_to_agree(room, "c", {true, "2026-11-26", ""}));
    room.add(DeleteDraft{"d"});
    CHECK_THAT(*refusal_to_agree(room), Catch::Contains("draft was deleted"));
}

TEST_CASE("a consent round on the whole set of principles", "[harvest][consent]") {
    HarvestRoom room;
    room.add(AddPrinciple{"pr", "Listen first", "", {}, {}, 1});
    const OpenConsentRound open{"p", ConsentSubject::principles, "", "", ConsentMode::counted};
    REQUIRE_FALSE(open_consent_refusal(room.session, open));
    room.add(open);
    room.add(AdjustConsentCount{"p", ConsentKind::agree, 9});
    room.add(AdjustConsentCount{"p", ConsentKind::object, 1});
    room.add(RecordObjection{"p", "o", "", "Nothing on money"});
    CHECK(refusal_to_agree(room, "p"));
    const auto again = ask_again(room.harvest(), "p", "p2");
    REQUIRE(again.size() == 2);
    room.add_all(again);
    CHECK(round_of(room, "p2").subject == ConsentSubject::principles);
    CHECK(round_of(room, "p2").mode == ConsentMode::counted);
    room.add(AdjustConsentCount{"p2", ConsentKind::agree, 10});
    REQUIRE_FALSE(refusal_to_agree(room, "p2"));
    room.add(SetConsentAgreement{"p2", {true, "2026-11-26", ""}});
    const auto record = agreed_principles(room.harvest());
    REQUIRE(record);
    CHECK(record->round->id == "p2");
    CHECK(record->draft == nullptr);
    CHECK(record->objections.size() == 1);
    CHECK(latest_consent_round(room.harvest(), ConsentSubject::principles)->id == "p2");
    CHECK_FALSE(agreed_purpose(room.harvest()));
}

TEST_CASE("the latest agreement is the agreed purpose; a deleted draft's is set aside",
          "[harvest][consent]") {
    HarvestRoom room = room_with_round(ConsentMode::counted);
    room.add(new_draft(room.harvest(), "e", "e1", "Table 2", "Children first", ""));
    room.add(ask_consent_on_draft(*room.harvest().find_draft("e"), "ce", ConsentMode::counted));
    for (const char* round : {"c", "ce"}) {
        room.add(AdjustConsentCount{round, ConsentKind::agree, 5});
        room.add(SetConsentAgreement{round, {true, "2026-11-26", ""}});
    }
    CHECK(agreed_purpose(room.harvest())->draft->id == "e");
    room.add(DeleteDraft{"e"});
    CHECK(agreed_purpose(room.harvest())->draft->id == "d");
    room.add(DeleteConsentRound{"c"});
    CHECK_FALSE(agreed_purpose(room.harvest()));
}
