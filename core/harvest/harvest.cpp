#include "core/harvest/harvest.hpp"

#include <utility>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

template <class T>
T* find_by_id(std::vector<T>& items, const std::string& id) {
    for (T& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

// One table per enum: the name in files for each value, in declaration order.
template <class Enum, std::size_t N>
const char* name_in(const std::pair<Enum, const char*> (&table)[N], Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) return name;
    }
    return table[0].second;
}

template <class Enum, std::size_t N>
Enum value_in(const std::pair<Enum, const char*> (&table)[N], const std::string& name,
              const char* what) {
    std::string expected;
    for (std::size_t i = 0; i < N; ++i) {
        if (name == table[i].second) return table[i].first;
        expected += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].second);
    }
    throw Error(std::string("unknown ") + what + " \"" + name + "\" (expected " + expected + ")");
}

const std::pair<ConsentKind, const char*> kKindNames[] = {{ConsentKind::none, "none"},
                                                          {ConsentKind::agree, "agree"},
                                                          {ConsentKind::live_with, "live_with"},
                                                          {ConsentKind::stand_aside, "stand_aside"},
                                                          {ConsentKind::object, "object"}};
const std::pair<ConsentMode, const char*> kModeNames[] = {{ConsentMode::named, "named"},
                                                          {ConsentMode::counted, "counted"}};
const std::pair<ConsentSubject, const char*> kSubjectNames[] = {
    {ConsentSubject::purpose, "purpose"}, {ConsentSubject::principles, "principles"}};
const std::pair<ObjectionOutcome, const char*> kOutcomeNames[] = {
    {ObjectionOutcome::open, "open"},
    {ObjectionOutcome::amended, "amended"},
    {ObjectionOutcome::withdrawn, "withdrawn"},
    {ObjectionOutcome::held_to_review, "held_to_review"},
    {ObjectionOutcome::other, "other"}};
const std::pair<LineKind, const char*> kLineKindNames[] = {
    {LineKind::practice, "practice"}, {LineKind::accountability, "accountability"}};
const std::pair<ActionStatus, const char*> kStatusNames[] = {{ActionStatus::open, "open"},
                                                             {ActionStatus::done, "done"}};

}  // namespace

const DraftVersion* Draft::find_version(const std::string& version_id) const {
    return find_by_id(versions, version_id);
}
DraftVersion* Draft::find_version(const std::string& version_id) {
    return find_by_id(versions, version_id);
}

const NamedResponse* ConsentRound::find_response(const std::string& person) const {
    for (const NamedResponse& response : responses) {
        if (response.person == person) return &response;
    }
    return nullptr;
}
const Objection* ConsentRound::find_objection(const std::string& objection_id) const {
    return find_by_id(objections, objection_id);
}
Objection* ConsentRound::find_objection(const std::string& objection_id) {
    return find_by_id(objections, objection_id);
}
int ConsentRound::count_of(ConsentKind kind) const {
    for (std::size_t i = 0; i < kConsentKinds.size(); ++i) {
        if (kConsentKinds[i] == kind) return counts[i];
    }
    return 0;
}

const Draft* Harvest::find_draft(const std::string& id) const {
    return find_by_id(drafts, id);
}
Draft* Harvest::find_draft(const std::string& id) {
    return find_by_id(drafts, id);
}
const ConsentRound* Harvest::find_consent_round(const std::string& id) const {
    return find_by_id(consent_rounds, id);
}
ConsentRound* Harvest::find_consent_round(const std::string& id) {
    return find_by_id(consent_rounds, id);
}
const Principle* Harvest::find_principle(const std::string& id) const {
    return find_by_id(principles, id);
}
Principle* Harvest::find_principle(const std::string& id) {
    return find_by_id(principles, id);
}
const PrincipleLine* Harvest::find_line(const std::string& id) const {
    return find_by_id(lines, id);
}
PrincipleLine* Harvest::find_line(const std::string& id) {
    return find_by_id(lines, id);
}
const Action* Harvest::find_action(const std::string& id) const {
    return find_by_id(actions, id);
}
Action* Harvest::find_action(const std::string& id) {
    return find_by_id(actions, id);
}
const FocusItem* Harvest::find_focus_item(const std::string& id) const {
    return find_by_id(focus, id);
}
FocusItem* Harvest::find_focus_item(const std::string& id) {
    return find_by_id(focus, id);
}

const char* consent_kind_name(ConsentKind kind) {
    return name_in(kKindNames, kind);
}
ConsentKind consent_kind_from_name(const std::string& name) {
    return value_in(kKindNames, name, "consent response");
}
const char* consent_mode_name(ConsentMode mode) {
    return name_in(kModeNames, mode);
}
ConsentMode consent_mode_from_name(const std::string& name) {
    return value_in(kModeNames, name, "consent mode");
}
const char* consent_subject_name(ConsentSubject subject) {
    return name_in(kSubjectNames, subject);
}
ConsentSubject consent_subject_from_name(const std::string& name) {
    return value_in(kSubjectNames, name, "consent subject");
}
const char* objection_outcome_name(ObjectionOutcome outcome) {
    return name_in(kOutcomeNames, outcome);
}
ObjectionOutcome objection_outcome_from_name(const std::string& name) {
    return value_in(kOutcomeNames, name, "objection outcome");
}
const char* line_kind_name(LineKind kind) {
    return name_in(kLineKindNames, kind);
}
LineKind line_kind_from_name(const std::string& name) {
    return value_in(kLineKindNames, name, "line kind");
}
const char* action_status_name(ActionStatus status) {
    return name_in(kStatusNames, status);
}
ActionStatus action_status_from_name(const std::string& name) {
    return value_in(kStatusNames, name, "action status");
}

}  // namespace hostspace
