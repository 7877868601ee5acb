#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "core/export/json_export.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"
#include "core/storage/document.hpp"
#include "core/storage/snapshot.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

// A harvest touched by two devices, with something of every kind.
Session two_device_harvest() {
    return fold({
        make_op(kDeviceA, 1, 1, AddDraft{"d", "Table 1", {"n1"}, "v1", "We listen", "A", 0}),
        make_op(kDeviceA, 2, 2, AddDraftVersion{"d", "vA", "We listen first", "Ann", {"v1"}}),
        make_op(kDeviceB, 1, 2, AddDraftVersion{"d", "vB", "We listen and act", "Bo", {"v1"}}),
        make_op(kDeviceB, 2, 3, WithdrawDraftVersion{"d", "vA"}),
        make_op(kDeviceB, 3, 4,
                OpenConsentRound{"c", ConsentSubject::purpose, "d", "vB", ConsentMode::named}),
        make_op(kDeviceB, 4, 5, SetConsentResponse{"c", "Tom", {ConsentKind::object, "Vague"}}),
        make_op(kDeviceB, 5, 6, RecordObjection{"c", "o", "Tom", "Vague"}),
        make_op(kDeviceA, 3, 7, ResolveObjection{"c", "o", {ObjectionOutcome::withdrawn, "ok"}}),
        make_op(kDeviceA, 4, 8, SetConsentAgreement{"c", {true, "2026-11-26", "2027-11-26"}}),
        make_op(kDeviceA, 5, 9,
                OpenConsentRound{"h", ConsentSubject::principles, "", "", ConsentMode::counted}),
        make_op(kDeviceA, 6, 10, AdjustConsentCount{"h", ConsentKind::agree, 7}),
        make_op(kDeviceA, 7, 11,
                AddPrinciple{"pr", "Listen", "We ask first.", {"p1", "Helen"}, {"g1", "n1"}, 1}),
        make_op(kDeviceA, 8, 12, LinkPrincipleSources{"pr", {"n1"}, false}),
        make_op(kDeviceA, 9, 13,
                AddPrincipleLine{"l", {"pr", LineKind::accountability, 1}, "Yearly"}),
        make_op(kDeviceA, 10, 14, AddAction{"a", "Invite", {"", "Jo"}, "2027-01-31", "pr", 1}),
        make_op(kDeviceA, 11, 15,
                EditAction{"a", std::nullopt, std::nullopt, std::nullopt, ActionStatus::done}),
        make_op(kDeviceA, 12, 16, AddFocusItem{"f", "Funding?", {}, "March", 1}),
        make_op(kDeviceA, 13, 17, DeleteFocusItem{"f"}),
    });
}

}  // namespace

TEST_CASE("the harvest survives a snapshot, stamps and all", "[harvest][storage]") {
    TempDir dir;
    const Session before = two_device_harvest();
    save_snapshot(dir / "snapshot.json", Snapshot{10, 2, 99, before});
    const Snapshot loaded = load_snapshot(dir / "snapshot.json");
    const Session& after = loaded.session;
    CHECK(export_session_json(after) == export_session_json(before));

    const Draft& draft = *after.harvest.find_draft("d");
    REQUIRE(draft.versions.size() == 3);
    CHECK(draft.find_version("vA")->withdrawn.value);
    CHECK(draft.find_version("vB")->stamp ==
          before.harvest.find_draft("d")->find_version("vB")->stamp);
    CHECK(draft.find_version("vB")->based_on == std::vector<std::string>{"v1"});
    CHECK(current_text(draft) == "We listen and act");
    const ConsentRound& round = *after.harvest.find_consent_round("c");
    CHECK(round.agreement.value == Agreement{true, "2026-11-26", "2027-11-26"});
    CHECK(round.agreed_ms == before.harvest.find_consent_round("c")->agreed_ms);
    CHECK(round.responses.at(0).answer.stamp ==
          before.harvest.find_consent_round("c")->responses.at(0).answer.stamp);
    CHECK(after.harvest.find_consent_round("h")->count_of(ConsentKind::agree) == 7);
    CHECK(after.harvest.find_principle("pr")->sources.size() == 2);  // the unlinked one is kept
    CHECK(after.harvest.find_focus_item("f")->deleted.value);

    // Stamps kept: an older write that arrives later still loses on both.
    Session from_snapshot = after;
    Session from_fold = before;
    const Op late = make_op(kDeviceB, 6, 14, EditAction{"a", "Older wording"});
    apply(from_snapshot, late);
    apply(from_fold, late);
    CHECK(export_session_json(from_snapshot) == export_session_json(from_fold));
}

TEST_CASE("a snapshot written before the harvest opens with an empty one", "[harvest][storage]") {
    TempDir dir;
    save_snapshot(dir / "snapshot.json", Snapshot{0, 0, 0, Session{}});
    // Take the "harvest" key out, as an older hostspace wrote it.
    std::string text;
    {
        std::ifstream in(dir / "snapshot.json");
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto key = text.find("\"harvest\":");
    REQUIRE(key != std::string::npos);
    const auto at = text.rfind(',', key);
    REQUIRE(at != std::string::npos);
    const auto end = text.rfind('}');
    text = text.substr(0, at) + text.substr(end);
    std::ofstream(dir / "snapshot.json") << text;
    const Snapshot loaded = load_snapshot(dir / "snapshot.json");
    CHECK(loaded.session.harvest.drafts.empty());
}

TEST_CASE("a merge is one commit: saved, reopened, undone in one step", "[harvest][storage]") {
    TempDir dir;
    {
        Document doc = Document::create(dir / "s.hostspace", "Board", test::fixed_options());
        doc.commit({AddPrinciple{"a", "Listen", "", {}, {}, 1},
                    AddPrinciple{"b", "Hear", "Ask first.", {}, {"n1"}, 2},
                    AddPrincipleLine{"l", {"b", LineKind::practice, 1}, "Youth clubs"}});
        doc.commit(merge_principles(doc.state().harvest, "a", "b"));
        CHECK(principles_in_order(doc.state().harvest).size() == 1);
    }
    std::vector<std::string> warnings;
    Document doc = Document::open(dir / "s.hostspace", test::fixed_options(), warnings);
    CHECK(lines_of(doc.state().harvest, "a", LineKind::practice).size() == 1);
    // Undo history is per open document: a merge of several ops is one step of it.
    doc.commit({AddPrinciple{"c", "Act", "Then act.", {}, {"n9"}, 3},
                AddPrincipleLine{"m", {"c", LineKind::accountability, 1}, "Review"}});
    const auto merge = merge_principles(doc.state().harvest, "a", "c");
    REQUIRE(merge.size() == 3);  // the line, the source, the delete
    doc.commit(merge);
    CHECK(lines_of(doc.state().harvest, "a", LineKind::accountability).size() == 1);
    REQUIRE(doc.undo());
    CHECK(principles_in_order(doc.state().harvest).size() == 2);
    CHECK(lines_of(doc.state().harvest, "c", LineKind::accountability).size() == 1);
    CHECK(lines_of(doc.state().harvest, "a", LineKind::accountability).empty());
    CHECK(doc.state().harvest.find_principle("a")->statement.value == "Ask first.");  // from b
    CHECK(linked_sources(*doc.state().harvest.find_principle("a")) ==
          std::vector<std::string>{"n1"});
}
