#include <algorithm>
#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "harvest_op_samples.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::every_harvest_op;
using hostspace::test::HarvestRoom;

namespace {

const ConsentAnswer kAgree{ConsentKind::agree, ""};

// A harvest with something of every kind, and one deleted (or withdrawn) item of each kind so
// that every restore has something to restore.
HarvestRoom seeded() {
    HarvestRoom room;
    room.add(AddDraft{"d1",
                      "Table 1",
                      {"g1", "n1", "n2"},
                      "v1",
                      "We come together to listen so that children thrive",
                      "Table 1",
                      1});
    room.add(AddDraftVersion{
        "d1", "v2", "We come together to listen and act so that children thrive", "Ruth", {"v1"}});
    room.add(AddDraftVersion{"d1", "v3", "A wording undone", "Dan", {"v2"}});
    room.add(WithdrawDraftVersion{"d1", "v3"});
    room.add(AddDraft{"d2", "Table 2", {}, "w1", "Children first, always", "Table 2", 2});
    room.add(AddDraft{"d3", "Table 3", {}, "x1", "A deleted draft", "Table 3", 3});
    room.add(DeleteDraft{"d3"});
    room.add(OpenConsentRound{"c1", ConsentSubject::purpose, "d1", "v2", ConsentMode::named});
    room.add(SetConsentResponse{"c1", "Helen", kAgree});
    room.add(SetConsentResponse{"c1", "Tom", {ConsentKind::object, "Too vague"}});
    room.add(RecordObjection{"c1", "o1", "Tom", "Too vague"});
    room.add(RecordObjection{"c1", "o2", "Jo", "Recorded by mistake"});
    room.add(DeleteObjection{"c1", "o2"});
    room.add(OpenConsentRound{"c2", ConsentSubject::purpose, "d2", "w1", ConsentMode::counted});
    room.add(AdjustConsentCount{"c2", ConsentKind::agree, 5});
    room.add(OpenConsentRound{"c3", ConsentSubject::principles, "", "", ConsentMode::counted});
    room.add(DeleteConsentRound{"c3"});
    room.add(AddPrinciple{"pr1",
                          "Listen first",
                          "We ask before we decide.",
                          {"p2", "Amira Hussain"},
                          {"g1", "n1"},
                          1});
    room.add(AddPrinciple{"pr2", "Keep our promises", "", {}, {"g2"}, 2});
    room.add(AddPrinciple{"pr3", "A deleted principle", "", {}, {}, 3});
    room.add(DeletePrinciple{"pr3"});
    room.add(AddPrincipleLine{"l1", {"pr1", LineKind::practice, 1}, "Young people co-chair"});
    room.add(AddPrincipleLine{"l2", {"pr1", LineKind::accountability, 1}, "We review it yearly"});
    room.add(AddPrincipleLine{"l3", {"pr1", LineKind::practice, 2}, "A deleted line"});
    room.add(DeletePrincipleLine{"l3"});
    room.add(
        AddAction{"a1", "Invite two young people", {"p1", "Helen Marsh"}, "2027-01-31", "pr1", 1});
    room.add(AddAction{"a2", "Map the youth groups", {"", "Jo"}, "", "", 2});
    room.add(AddAction{"a3", "A deleted action", {}, "", "", 3});
    room.add(DeleteAction{"a3"});
    room.add(AddFocusItem{"f1", "How do we fund it?", {"", "Jo"}, "March board", 1});
    room.add(AddFocusItem{"f2", "Who else is missing?", {}, "", 2});
    room.add(AddFocusItem{"f3", "A deleted question", {}, "", 3});
    room.add(DeleteFocusItem{"f3"});
    return room;
}

// Applies `payload`, then its inverse, and checks that the op changed what the export shows and
// the inverse put it back.
void check_op_and_inverse(const OpPayload& payload) {
    HarvestRoom room = seeded();
    const std::string before = export_session_json(room.session);
    INFO(op_tag(payload));
    const auto inverse = room.add(payload);
    CHECK(export_session_json(room.session) != before);
    REQUIRE_FALSE(inverse.empty());
    room.add_all(inverse);
    // Undoing a new wording withdraws it: the draft's log keeps it, marked (docs/file-format.md),
    // and everything else, the text shown included, is as before.
    std::string draft_id, version_id;
    if (const auto* add = std::get_if<AddDraftVersion>(&payload)) {
        draft_id = add->draft_id;
        version_id = add->version_id;
    } else if (const auto* restore = std::get_if<RestoreDraftVersion>(&payload)) {
        draft_id = restore->draft_id;
        version_id = restore->version_id;
    }
    Session shown = room.session;
    if (!version_id.empty()) {
        Draft* draft = shown.harvest.find_draft(draft_id);
        REQUIRE(draft);
        const DraftVersion* kept = draft->find_version(version_id);
        REQUIRE(kept);
        CHECK(kept->withdrawn.value);
        draft->versions.erase(
            std::remove_if(draft->versions.begin(), draft->versions.end(),
                           [&](const DraftVersion& v) { return v.id == version_id; }),
            draft->versions.end());
    }
    CHECK(export_session_json(shown) == before);
}

}  // namespace

TEST_CASE("every harvest op changes the export and its inverse restores it", "[harvest][ops]") {
    for (const OpPayload& payload : every_harvest_op()) check_op_and_inverse(payload);
}

TEST_CASE("the list above holds every harvest op type", "[harvest][ops]") {
    const std::size_t first = OpPayload(AddDraft{}).index();
    std::vector<bool> seen(std::variant_size_v<OpPayload::Variant>, false);
    for (const OpPayload& payload : every_harvest_op()) seen[payload.index()] = true;
    for (std::size_t i = first; i < seen.size(); ++i) {
        INFO("variant index " << i);
        CHECK(seen[i]);
    }
}

TEST_CASE("harvest ops whose target is missing are ignored and invert to nothing",
          "[harvest][ops]") {
    HarvestRoom room = seeded();
    const std::string before = export_session_json(room.session);
    const OpPayload orphans[] = {
        AddDraftVersion{"nope", "v9", "text", "", {}},
        RestoreDraftVersion{"d1", "v9", "no-such-version", "", {}},
        WithdrawDraftVersion{"d1", "nope"},
        RenameDraft{"nope", "x"},
        OpenConsentRound{"c9", ConsentSubject::purpose, "d1", "no-such-version",
                         ConsentMode::named},
        SetConsentResponse{"nope", "Helen", kAgree},
        SetConsentResponse{"c2", "Helen", kAgree},  // a counted round takes no named responses
        AdjustConsentCount{"c1", ConsentKind::agree, 1},    // and a named one no counts
        AdjustConsentCount{"c2", ConsentKind::object, -1},  // already zero
        ResolveObjection{"c1", "nope", {ObjectionOutcome::amended, ""}},
        SetConsentAgreement{"nope", {true, "2026-11-26", ""}},
        EditPrinciple{"nope", "x"},
        LinkPrincipleSources{"pr1", {"never-linked"}, false},
        MovePrincipleLine{"nope", {"pr1", LineKind::practice, 1}},
        EditAction{"nope", "x"},
        EditFocusItem{"nope", "x"},
        DeleteFocusItem{"nope"},
    };
    for (const OpPayload& op : orphans) {
        INFO(op_tag(op));
        CHECK(invert(room.session, op).empty());
        room.add(op);
    }
    CHECK(export_session_json(room.session) == before);
}

TEST_CASE("a repeated add changes nothing", "[harvest][ops]") {
    HarvestRoom room = seeded();
    room.add(AddDraft{"d1", "Impostor", {}, "z1", "Other text", "", 9});
    room.add(AddPrinciple{"pr1", "Impostor", "", {}, {}, 9});
    room.add(AddAction{"a1", "Impostor", {}, "", "", 9});
    CHECK(room.harvest().find_draft("d1")->label.value == "Table 1");
    CHECK(room.harvest().find_draft("d1")->versions.size() == 3);
    CHECK(room.harvest().find_principle("pr1")->title.value == "Listen first");
    CHECK(room.harvest().find_action("a1")->what.value == "Invite two young people");
}

TEST_CASE("an edit changes only the fields it names and undoes only those", "[harvest][ops]") {
    HarvestRoom room = seeded();
    const auto undo =
        room.add(EditAction{"a1", std::nullopt, std::nullopt, std::nullopt, ActionStatus::done});
    // A co-host renames the action meanwhile; undoing the tick leaves the new name alone.
    room.add(EditAction{"a1", "Invite three young people"});
    room.add_all(undo);
    const Action& action = *room.harvest().find_action("a1");
    CHECK(action.status.value == ActionStatus::open);
    CHECK(action.what.value == "Invite three young people");
    CHECK(action.due.value == "2027-01-31");
}
