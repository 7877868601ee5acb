#pragma once
// One of each harvest op, with every field set, on the ids of test_harvest_ops.cpp's seeded
// harvest (so each one changes it). test_op_json.cpp's round trip takes them too.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::test {

inline std::vector<OpPayload> every_harvest_op() {
    return {
        AddDraft{"d4", "Table 4", {"n3"}, "y1", "Together we keep children safe", "Table 4", 4},
        AddDraftVersion{
            "d1", "v4", "We come together to act so that children thrive", "Ruth", {"v2"}},
        RestoreDraftVersion{"d1", "v4", "v1", "Ruth", {"v2"}},
        WithdrawDraftVersion{"d1", "v2"},
        ReinstateDraftVersion{"d1", "v3"},
        RenameDraft{"d1", "Table 1 and 5"},
        MoveDraft{"d1", 5},
        DeleteDraft{"d1"},
        RestoreDraft{"d3"},
        OpenConsentRound{"c4", ConsentSubject::purpose, "d2", "w1", ConsentMode::named},
        SetConsentResponse{"c1", "Amira", {ConsentKind::live_with, "Good enough"}},
        AdjustConsentCount{"c2", ConsentKind::stand_aside, 1},
        RecordObjection{"c2", "o3", "", "It leaves families out"},
        ResolveObjection{"c1", "o1", {ObjectionOutcome::withdrawn, "Tom is content"}},
        DeleteObjection{"c1", "o1"},
        RestoreObjection{"c1", "o2"},
        SetConsentAgreement{"c2", {true, "2026-11-26", "2027-11-26"}},
        DeleteConsentRound{"c1"},
        RestoreConsentRound{"c3"},
        AddPrinciple{"pr4", "Share what we know", "", {}, {"n3"}, 4},
        EditPrinciple{"pr1", "Listen first, always", std::nullopt, std::nullopt},
        EditPrinciple{"pr2", std::nullopt, "We do what we say.", Assignee{"p1", "Helen Marsh"}},
        MovePrinciple{"pr1", 5},
        LinkPrincipleSources{"pr2", {"n3"}, true},
        LinkPrincipleSources{"pr1", {"n1"}, false},
        DeletePrinciple{"pr1"},
        RestorePrinciple{"pr3"},
        AddPrincipleLine{"l4", {"pr2", LineKind::accountability, 1}, "We report back"},
        EditPrincipleLine{"l1", "Young people co-chair every meeting"},
        MovePrincipleLine{"l1", {"pr1", LineKind::accountability, 2}},
        DeletePrincipleLine{"l1"},
        RestorePrincipleLine{"l3"},
        AddAction{"a4", "Write to schools", {}, "2027-02-28", "", 4},
        EditAction{"a1", std::nullopt, std::nullopt, std::nullopt, ActionStatus::done},
        EditAction{"a2", "Map every youth group", Assignee{"p2", "Amira Hussain"}, "2027-03-01",
                   std::nullopt, "pr2"},
        MoveAction{"a1", 5},
        DeleteAction{"a1"},
        RestoreAction{"a3"},
        AddFocusItem{"f4", "What does success look like?", {}, "", 4},
        EditFocusItem{"f1", "How do we fund it well?", Assignee{"p1", "Helen Marsh"}, "2027-03"},
        MoveFocusItem{"f1", 5},
        DeleteFocusItem{"f1"},
        RestoreFocusItem{"f3"},
    };
}

}  // namespace hostspace::test
