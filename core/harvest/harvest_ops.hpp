#pragma once
// The harvest's operations. Tags and fields are in docs/file-format.md; how each applies and is
// undone is in harvest_apply.hpp. Ids are made by whoever makes the op (new_uuid in the app).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/harvest/harvest.hpp"

namespace hostspace {

// Makes a new id for a helper that builds several ops (new_uuid in the app, a counter in tests).
using NewId = std::function<std::string()>;

// ---- purpose drafts ----------------------------------------------------------------------
// A new draft with its first version (a draft always has some text: see draft_text_refusal).
struct AddDraft {
    std::string id, label;
    std::vector<std::string> sources;  // note and theme ids it was started from
    std::string version_id, text, author;
    double rank = 0;
};
// A new wording. `based_on` names the version(s) the writer saw: the one shown, or every
// concurrent version when the writer brings them together (which clears the mark).
struct AddDraftVersion {
    std::string draft_id, version_id, text, author;
    std::vector<std::string> based_on;
};
// Makes an old wording current again: a new version that copies the old one's text, so the
// latest version is always the one shown and the log says what was restored, when and by whom.
struct RestoreDraftVersion {
    std::string draft_id, version_id, from_version_id, author;
    std::vector<std::string> based_on;
};
// Undo of a version: it is kept but no longer shown. Reinstate is its inverse.
struct WithdrawDraftVersion {
    std::string draft_id, version_id;
};
struct ReinstateDraftVersion {
    std::string draft_id, version_id;
};
struct RenameDraft {
    std::string id, label;
};
struct MoveDraft {
    std::string id;
    double rank = 0;
};
struct DeleteDraft {
    std::string id;
};
struct RestoreDraft {
    std::string id;
};

// ---- consent -----------------------------------------------------------------------------
struct OpenConsentRound {
    std::string id;
    ConsentSubject subject = ConsentSubject::purpose;
    std::string draft_id, version_id;  // purpose rounds: the wording asked about; else ""
    ConsentMode mode = ConsentMode::named;
};
// One person's response in a named round (kind none takes it back).
struct SetConsentResponse {
    std::string round_id, person;
    ConsentAnswer answer;
};
// The facilitator's count of hands or cards in a counted round: deltas from several devices add
// up; a count never goes below zero.
struct AdjustConsentCount {
    std::string round_id;
    ConsentKind kind = ConsentKind::agree;
    int delta = 0;
};
struct RecordObjection {
    std::string round_id, id, by, reason;
};
struct ResolveObjection {
    std::string round_id, id;
    ObjectionResolution resolution;  // outcome open reopens it
};
struct DeleteObjection {
    std::string round_id, id;
};
struct RestoreObjection {
    std::string round_id, id;
};
// Marks the round agreed (with the day and an optional review date) or not agreed.
struct SetConsentAgreement {
    std::string round_id;
    Agreement agreement;
};
struct DeleteConsentRound {
    std::string id;
};
struct RestoreConsentRound {
    std::string id;
};

// ---- principles --------------------------------------------------------------------------
struct AddPrinciple {
    std::string id, title, statement;
    Assignee champion;
    std::vector<std::string> sources;
    double rank = 0;
};
// Changes only the fields that are set, so co-hosts editing different fields keep both edits.
struct EditPrinciple {
    std::string id;
    std::optional<std::string> title = std::nullopt, statement = std::nullopt;
    std::optional<Assignee> champion = std::nullopt;
};
struct MovePrinciple {
    std::string id;
    double rank = 0;
};
// Links (or unlinks) notes and themes as the principle's sources, each on its own.
struct LinkPrincipleSources {
    std::string id;
    std::vector<std::string> sources;
    bool linked = true;
};
struct DeletePrinciple {
    std::string id;
};
struct RestorePrinciple {
    std::string id;
};
struct AddPrincipleLine {
    std::string id;
    LinePlace place;
    std::string text;
};
struct EditPrincipleLine {
    std::string id, text;
};
// Reorders a line, or moves it to another principle or list.
struct MovePrincipleLine {
    std::string id;
    LinePlace place;
};
struct DeletePrincipleLine {
    std::string id;
};
struct RestorePrincipleLine {
    std::string id;
};

// ---- actions and next focus --------------------------------------------------------------
struct AddAction {
    std::string id, what;
    Assignee who;
    std::string due, principle_id;
    double rank = 0;
};
struct EditAction {
    std::string id;
    std::optional<std::string> what = std::nullopt;
    std::optional<Assignee> who = std::nullopt;
    std::optional<std::string> due = std::nullopt;
    std::optional<ActionStatus> status = std::nullopt;
    std::optional<std::string> principle_id = std::nullopt;
};
struct MoveAction {
    std::string id;
    double rank = 0;
};
struct DeleteAction {
    std::string id;
};
struct RestoreAction {
    std::string id;
};
struct AddFocusItem {
    std::string id, question;
    Assignee who;
    std::string when;
    double rank = 0;
};
struct EditFocusItem {
    std::string id;
    std::optional<std::string> question = std::nullopt;
    std::optional<Assignee> who = std::nullopt;
    std::optional<std::string> when = std::nullopt;
};
struct MoveFocusItem {
    std::string id;
    double rank = 0;
};
struct DeleteFocusItem {
    std::string id;
};
struct RestoreFocusItem {
    std::string id;
};

}  // namespace hostspace
