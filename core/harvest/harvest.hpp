#pragma once
// The harvest: what the room takes away. A purpose statement (drafts, each keeping every
// version ever written, and consent rounds on one wording), principles with their practices and
// accountability, actions, and the next focus items. Fields are last-writer-wins like a note's;
// a draft's text is never overwritten: a new wording is a new version, so text two people
// change at once is never lost. The operations are in harvest_ops.hpp.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

// Someone named on an action, a focus item or as a champion: a participant of the session, or
// free text ("the youth council").
struct Assignee {
    std::string participant_id;  // "" for free text
    std::string name;            // the free text, or the participant's name when chosen

    bool empty() const { return participant_id.empty() && name.empty(); }
    friend bool operator==(const Assignee& a, const Assignee& b) {
        return a.participant_id == b.participant_id && a.name == b.name;
    }
    friend bool operator!=(const Assignee& a, const Assignee& b) { return !(a == b); }
};

// A note or theme a principle was started from or given as raw material. A link, not a copy:
// the note may be deleted later and the link still names it.
struct SourceLink {
    std::string id;
    Lww<bool> linked;
};

// ---- purpose drafts ----------------------------------------------------------------------

// One wording of a draft. Never changed once written; undo withdraws it instead.
struct DraftVersion {
    std::string id;
    std::string text;
    std::string author;                 // who wrote it: a name or a table's label
    std::vector<std::string> based_on;  // the version(s) it was written from; [] for the first
    std::string restored_from;          // the old version a restore copied, or ""
    std::int64_t at_ms = 0;             // wall clock of the op that wrote it
    Stamp stamp;                        // its place in the fold: the latest live version shows
    Lww<bool> withdrawn;                // undone: kept, but never the text shown
};

struct Draft {
    std::string id;
    std::int64_t created_ms = 0;
    Lww<std::string> label;              // the table or group that wrote it
    std::vector<std::string> sources;    // note and theme ids it was started from
    std::vector<DraftVersion> versions;  // in fold order
    Lww<double> rank;                    // order: (rank, id), like the agenda's rounds
    Lww<bool> deleted;

    const DraftVersion* find_version(const std::string& version_id) const;
    DraftVersion* find_version(const std::string& version_id);
};

// ---- consent -----------------------------------------------------------------------------

// A response in a consent round. `none` is a named response taken back (an undo).
enum class ConsentKind { none, agree, live_with, stand_aside, object };
constexpr std::array<ConsentKind, 4> kConsentKinds = {
    ConsentKind::agree, ConsentKind::live_with, ConsentKind::stand_aside, ConsentKind::object};
// Named: one response per person (pass the laptop). Counted: a show of hands or cards, tallied.
enum class ConsentMode { named, counted };
// What is asked: one version of one purpose draft, or the whole set of principles.
enum class ConsentSubject { purpose, principles };

struct ConsentAnswer {
    ConsentKind kind = ConsentKind::none;
    std::string reason;  // optional

    friend bool operator==(const ConsentAnswer& a, const ConsentAnswer& b) {
        return a.kind == b.kind && a.reason == b.reason;
    }
    friend bool operator!=(const ConsentAnswer& a, const ConsentAnswer& b) { return !(a == b); }
};

struct NamedResponse {
    std::string person;
    Lww<ConsentAnswer> answer;  // last writer wins per person
};

enum class ObjectionOutcome { open, amended, withdrawn, held_to_review, other };

struct ObjectionResolution {
    ObjectionOutcome outcome = ObjectionOutcome::open;
    std::string note;  // how it was resolved, in words

    friend bool operator==(const ObjectionResolution& a, const ObjectionResolution& b) {
        return a.outcome == b.outcome && a.note == b.note;
    }
    friend bool operator!=(const ObjectionResolution& a, const ObjectionResolution& b) {
        return !(a == b);
    }
};

struct Objection {
    std::string id;
    std::string by;  // who objects ("" when counted from a show of hands)
    std::string reason;
    std::int64_t raised_ms = 0;
    Lww<ObjectionResolution> resolution;
    Lww<bool> deleted;  // recorded by mistake (or undone)
};

struct Agreement {
    bool agreed = false;
    std::string date;         // YYYY-MM-DD, the facilitator's day
    std::string review_date;  // YYYY-MM-DD or ""

    friend bool operator==(const Agreement& a, const Agreement& b) {
        return a.agreed == b.agreed && a.date == b.date && a.review_date == b.review_date;
    }
    friend bool operator!=(const Agreement& a, const Agreement& b) { return !(a == b); }
};

struct ConsentRound {
    std::string id;
    std::int64_t opened_ms = 0;
    ConsentSubject subject = ConsentSubject::purpose;
    std::string draft_id, version_id;  // the wording asked about (purpose rounds)
    ConsentMode mode = ConsentMode::named;
    std::vector<NamedResponse> responses;  // named rounds, in order of first response
    std::array<int, 4> counts{};           // counted rounds, per kConsentKinds (never below 0)
    std::vector<Objection> objections;
    Lww<Agreement> agreement;
    std::int64_t agreed_ms = 0;  // wall clock of the op that marked it agreed
    Lww<bool> deleted;

    const NamedResponse* find_response(const std::string& person) const;
    const Objection* find_objection(const std::string& objection_id) const;
    Objection* find_objection(const std::string& objection_id);
    int count_of(ConsentKind kind) const;  // the counted tally (0 for none)
};

// ---- principles, actions, focus ----------------------------------------------------------

enum class LineKind { practice, accountability };

struct Principle {
    std::string id;
    std::int64_t created_ms = 0;
    Lww<std::string> title;
    Lww<std::string> statement;  // one sentence
    Lww<Assignee> champion;
    std::vector<SourceLink> sources;  // in order first linked
    Lww<double> rank;
    Lww<bool> deleted;
};

// Where a practice or accountability line sits: one register, so a move to another principle
// and a reorder by a co-host at the same moment settle on one place.
struct LinePlace {
    std::string principle_id;
    LineKind kind = LineKind::practice;
    double rank = 0;

    friend bool operator==(const LinePlace& a, const LinePlace& b) {
        return a.principle_id == b.principle_id && a.kind == b.kind && a.rank == b.rank;
    }
    friend bool operator!=(const LinePlace& a, const LinePlace& b) { return !(a == b); }
};

// One practice ("what it looks like when we live this") or accountability line ("how we will
// hold each other to account"): items of their own, so lines added by two co-hosts at once are
// both kept.
struct PrincipleLine {
    std::string id;
    Lww<LinePlace> place;
    Lww<std::string> text;
    Lww<bool> deleted;
};

enum class ActionStatus { open, done };

struct Action {
    std::string id;
    std::int64_t created_ms = 0;
    Lww<std::string> what;
    Lww<Assignee> who;
    Lww<std::string> due;  // YYYY-MM-DD as typed, or ""
    Lww<ActionStatus> status;
    Lww<std::string> principle_id;  // the principle it serves, or ""
    Lww<double> rank;
    Lww<bool> deleted;
};

// A question that needs deeper discussion, who brings it back, and when.
struct FocusItem {
    std::string id;
    std::int64_t created_ms = 0;
    Lww<std::string> question;
    Lww<Assignee> who;
    Lww<std::string> when;  // free text: a date or "the March board"
    Lww<double> rank;
    Lww<bool> deleted;
};

struct Harvest {
    std::vector<Draft> drafts;  // everything ever added, deleted ones too, in fold order
    std::vector<ConsentRound> consent_rounds;
    std::vector<Principle> principles;
    std::vector<PrincipleLine> lines;
    std::vector<Action> actions;
    std::vector<FocusItem> focus;

    // Tens of items, not thousands: a scan is simpler than an index to keep.
    const Draft* find_draft(const std::string& id) const;
    Draft* find_draft(const std::string& id);
    const ConsentRound* find_consent_round(const std::string& id) const;
    ConsentRound* find_consent_round(const std::string& id);
    const Principle* find_principle(const std::string& id) const;
    Principle* find_principle(const std::string& id);
    const PrincipleLine* find_line(const std::string& id) const;
    PrincipleLine* find_line(const std::string& id);
    const Action* find_action(const std::string& id) const;
    Action* find_action(const std::string& id);
    const FocusItem* find_focus_item(const std::string& id) const;
    FocusItem* find_focus_item(const std::string& id);
};

// Stable names in files ("live_with", "held_to_review"...). The *_from_name functions throw
// hostspace::Error naming the unknown value and the ones expected.
const char* consent_kind_name(ConsentKind kind);
ConsentKind consent_kind_from_name(const std::string& name);
const char* consent_mode_name(ConsentMode mode);
ConsentMode consent_mode_from_name(const std::string& name);
const char* consent_subject_name(ConsentSubject subject);
ConsentSubject consent_subject_from_name(const std::string& name);
const char* objection_outcome_name(ObjectionOutcome outcome);
ObjectionOutcome objection_outcome_from_name(const std::string& name);
const char* line_kind_name(LineKind kind);
LineKind line_kind_from_name(const std::string& name);
const char* action_status_name(ActionStatus status);
ActionStatus action_status_from_name(const std::string& name);

}  // namespace hostspace
