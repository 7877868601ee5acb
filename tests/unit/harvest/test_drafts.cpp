#include <algorithm>
#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/harvest/drafts.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

const Draft& draft_of(const HarvestRoom& room, const std::string& id = "d") {
    return *room.harvest().find_draft(id);
}

std::vector<std::string> ids(const std::vector<const DraftVersion*>& versions) {
    std::vector<std::string> out;
    for (const DraftVersion* version : versions) out.push_back(version->id);
    return out;
}

}  // namespace

TEST_CASE("a draft keeps every version and shows the latest", "[harvest][drafts]") {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "Table 1", "We listen", "Amira", {"n1"}));
    REQUIRE(current_version(draft_of(room))->id == "v1");
    room.add_all(edit_draft(draft_of(room), "v2", "We listen and act", "Ruth"));
    room.add_all(edit_draft(draft_of(room), "v3", "We listen, then act together", "Ruth"));
    const Draft& draft = draft_of(room);
    CHECK(current_text(draft) == "We listen, then act together");
    CHECK(ids(versions_in_order(draft)) == std::vector<std::string>{"v1", "v2", "v3"});
    CHECK(draft.find_version("v3")->based_on == std::vector<std::string>{"v2"});
    CHECK(draft.find_version("v2")->author == "Ruth");
    CHECK(draft.sources == std::vector<std::string>{"n1"});
    CHECK_FALSE(has_concurrent_version(draft));
    // The same text again is no new version.
    CHECK(edit_draft(draft, "v4", "We listen, then act together", "Ruth").empty());
}

TEST_CASE("undoing an edit withdraws the version, which is kept", "[harvest][drafts]") {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "", "First", ""));
    room.add_all(edit_draft(draft_of(room), "v2", "Second", ""));
    const auto undo = room.add_all(edit_draft(draft_of(room), "v3", "Third", ""));
    room.add_all(undo);
    CHECK(current_text(draft_of(room)) == "Second");
    CHECK(draft_of(room).versions.size() == 3);
    CHECK(draft_of(room).find_version("v3")->withdrawn.value);
    CHECK(ids(version_heads(draft_of(room))) == std::vector<std::string>{"v2"});
    // Withdrawing one in the middle does not split the history into two heads.
    room.add(WithdrawDraftVersion{"d", "v2"});
    room.add(ReinstateDraftVersion{"d", "v3"});
    CHECK(ids(version_heads(draft_of(room))) == std::vector<std::string>{"v3"});
    CHECK(current_text(draft_of(room)) == "Third");
}

TEST_CASE("restoring an old version makes a new version with its text", "[harvest][drafts]") {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "", "We listen", ""));
    room.add_all(edit_draft(draft_of(room), "v2", "We decide", ""));
    CHECK(restore_version_refusal(draft_of(room), "v2") ==
          std::optional<std::string>("That wording is already the one shown."));
    CHECK(restore_version_refusal(draft_of(room), "nope"));
    CHECK(restore_draft_version(draft_of(room), "v3", "v2", "Ruth").empty());
    room.add_all(restore_draft_version(draft_of(room), "v3", "v1", "Ruth"));
    const DraftVersion& restored = *current_version(draft_of(room));
    CHECK(restored.id == "v3");
    CHECK(restored.text == "We listen");
    CHECK(restored.restored_from == "v1");
    CHECK(restored.based_on == std::vector<std::string>{"v2"});
    CHECK(draft_of(room).versions.size() == 3);  // v2 is kept
}

TEST_CASE("an empty draft, or the frame alone, is refused with a reason", "[harvest][drafts]") {
    CHECK_THAT(*draft_text_refusal(""), Catch::Contains("A draft needs its words"));
    CHECK(draft_text_refusal(" \n\t "));
    CHECK_THAT(*draft_text_refusal(kPurposeFrame), Catch::Contains("Fill in the frame"));
    CHECK(draft_text_refusal(std::string(kPurposeFrameStart) + kPurposeFrameJoin));
    CHECK(draft_text_refusal("We come together to ... so that ..."));
    CHECK_FALSE(draft_text_refusal("We come together to listen so that children thrive"));
    CHECK_FALSE(draft_text_refusal("Children first."));  // the frame is never forced
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "", "We listen", ""));
    CHECK(edit_draft(draft_of(room), "v2", "   ", "").empty());
    CHECK(combine_draft_versions(draft_of(room), "v2", "", "").empty());
}

TEST_CASE("new drafts are labelled and ordered, and can be moved", "[harvest][drafts]") {
    HarvestRoom room;
    CHECK(next_draft_label(room.harvest()) == "Draft 1");
    room.add(new_draft(room.harvest(), "a", "a1", next_draft_label(room.harvest()), "A", ""));
    room.add(new_draft(room.harvest(), "b", "b1", next_draft_label(room.harvest()), "B", ""));
    room.add(new_draft(room.harvest(), "c", "c1", "Table 3", "C", ""));
    CHECK(draft_of(room, "b").label.value == "Draft 2");
    auto order = [&] {
        std::string out;
        for (const Draft* d : drafts_in_order(room.harvest())) out += d->id;
        return out;
    };
    CHECK(order() == "abc");
    room.add_all(move_draft_to(room.harvest(), "c", 0));
    CHECK(order() == "cab");
    CHECK(move_draft_to(room.harvest(), "c", 0).empty());
    room.add(DeleteDraft{"a"});
    CHECK(order() == "cb");
    CHECK(next_draft_label(room.harvest()) == "Draft 3");
}

TEST_CASE("two laptops editing one draft at once: both texts kept, the later shows, marked",
          "[harvest][drafts][fold]") {
    // Both laptops saw v1; each writes a new wording from it at the same Lamport time, then a
    // co-host on laptop A renames the draft and laptop B restores v1.
    const std::vector<Op> ops = {
        make_op(kDeviceA, 1, 1, AddDraft{"d", "Table 1", {"n1"}, "v1", "We listen", "A", 0}),
        make_op(kDeviceA, 2, 2, AddDraftVersion{"d", "vA", "We listen first", "Ann", {"v1"}}),
        make_op(kDeviceB, 1, 2, AddDraftVersion{"d", "vB", "We listen and act", "Bo", {"v1"}}),
        make_op(kDeviceA, 3, 3, RenameDraft{"d", "Tables 1 and 2"}),
        make_op(kDeviceB, 2, 3, RenameDraft{"d", "Table 2"}),
    };
    std::vector<std::size_t> order = {0, 1, 2, 3, 4};
    const Session reference = fold(ops);
    const std::string expected = export_session_json(reference);
    int orders = 0;
    do {
        std::vector<Op> shuffled;
        for (std::size_t i : order) shuffled.push_back(ops[i]);
        CHECK(export_session_json(fold(shuffled)) == expected);
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(orders == 120);

    const Draft& draft = *reference.harvest.find_draft("d");
    CHECK(draft.versions.size() == 3);
    CHECK(current_text(draft) == "We listen and act");  // B's op is later in fold order
    CHECK(draft.label.value == "Table 2");              // last writer wins per field
    REQUIRE(has_concurrent_version(draft));
    REQUIRE(concurrent_versions(draft).size() == 1);
    CHECK(concurrent_versions(draft)[0]->text == "We listen first");

    // Someone brings them together: the mark goes, and nothing is lost.
    Session merged = reference;
    const auto combine = combine_draft_versions(draft, "vC", "We listen first, then act", "Ann");
    REQUIRE(combine.size() == 1);
    CHECK(std::get<AddDraftVersion>(combine[0]).based_on == std::vector<std::string>{"vA", "vB"});
    apply(merged, make_op(kDeviceA, 4, 4, combine[0]));
    const Draft& after = *merged.harvest.find_draft("d");
    CHECK_FALSE(has_concurrent_version(after));
    CHECK(current_text(after) == "We listen first, then act");
    CHECK(after.versions.size() == 4);

    // An ordinary edit on one laptop keeps the mark: the other version is still unseen.
    Session edited = reference;
    apply(edited, make_op(kDeviceB, 3, 4, edit_draft(draft, "vD", "We listen, act", "Bo")[0]));
    CHECK(has_concurrent_version(*edited.harvest.find_draft("d")));
}

TEST_CASE("deleting a draft a vote counted says what happens to the dots", "[harvest][drafts]") {
    HarvestRoom room;
    room.add(new_draft(room.harvest(), "d", "v1", "Table 1", "We listen", ""));
    room.add(new_draft(room.harvest(), "e", "e1", "Table 2", "We act", ""));
    CHECK(draft_delete_notice(room.session, "d").empty());
    room.add(OpenVotingRound{"vote", "Which draft?",
                             VotingRules{VoteTarget::drafts, 3, 0, false, true, {}, ""}});
    room.add(CastDot{"dot1", "vote", "d", "Helen"});
    room.add(CastDot{"dot2", "vote", "d", "Amira"});
    CHECK(draft_delete_notice(room.session, "d") ==
          "\"Which draft?\" counted 2 dots for it: they stay in that vote's results, marked "
          "deleted.");
    CHECK(draft_delete_notice(room.session, "e").empty());
    room.add(OpenConsentRound{"c", ConsentSubject::purpose, "e", "e1", ConsentMode::counted});
    room.add(AdjustConsentCount{"c", ConsentKind::agree, 3});
    room.add(SetConsentAgreement{"c", {true, "2026-11-26", ""}});
    CHECK_THAT(draft_delete_notice(room.session, "e"),
               Catch::Contains("It holds an agreed purpose"));
    CHECK(draft_delete_notice(room.session, "nope").empty());
}
