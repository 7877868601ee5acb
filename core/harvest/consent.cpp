#include "core/harvest/consent.hpp"

#include <algorithm>

#include "core/board/filter.hpp"
#include "core/harvest/drafts.hpp"
#include "core/session/meta.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

const ConsentRound* live_round(const Session& session, const std::string& id) {
    const ConsentRound* round = session.harvest.find_consent_round(id);
    return round && !round->deleted.value ? round : nullptr;
}

bool is_open(const Objection& objection) {
    return objection.resolution.value.outcome == ObjectionOutcome::open;
}

const char* kNoRound = "There is no such consent round.";
const char* kAgreed = "This round is agreed: undo the agreement to change it.";
const char* kNeedsReason =
    "An objection needs its reason: say what the objection is, so the room can work with it.";

std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

std::string describe(const OpenObjections& open) {
    std::vector<std::string> parts;
    for (const Objection* objection : open.recorded) {
        parts.push_back(objection->by.empty()
                            ? quoted(objection->reason)
                            : objection->by + " (" + quoted(objection->reason) + ")");
    }
    for (const std::string& person : open.unrecorded_people) {
        parts.push_back(person + " (no objection recorded)");
    }
    if (open.unrecorded_count > 0) {
        parts.push_back(std::to_string(open.unrecorded_count) +
                        " counted without a recorded reason");
    }
    std::string list;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    const int total = open.total();
    return std::to_string(total) + (total == 1 ? " objection is" : " objections are") +
           " not resolved: " + list +
           ". Record how each was resolved, or amend the wording and ask again.";
}

std::optional<std::string> date_refusal(const char* what, const std::string& date) {
    const std::string problem = meta_value_problem(MetaField::date, date);
    if (problem.empty()) return std::nullopt;
    return std::string(what) + ": " + problem;
}

std::vector<OpPayload> resolve_open_as_amended(const ConsentRound& round) {
    std::vector<OpPayload> ops;
    for (const Objection* objection : live_objections(round)) {
        if (!is_open(*objection)) continue;
        ops.push_back(ResolveObjection{round.id, objection->id, {ObjectionOutcome::amended, ""}});
    }
    return ops;
}

bool same_subject(const ConsentRound& a, const ConsentRound& b) {
    return a.subject == b.subject &&
           (a.subject == ConsentSubject::principles || a.draft_id == b.draft_id);
}

ConsentRecord record_of(const Harvest& harvest, const ConsentRound& round) {
    ConsentRecord record;
    record.round = &round;
    if (round.subject == ConsentSubject::purpose) {
        record.draft = harvest.find_draft(round.draft_id);
        record.version = record.draft ? record.draft->find_version(round.version_id) : nullptr;
    }
    record.counts = consent_counts(round);
    for (const ConsentRound& other : harvest.consent_rounds) {
        if (other.deleted.value || !same_subject(other, round)) continue;
        for (const Objection* objection : live_objections(other)) {
            record.objections.push_back(objection);
        }
    }
    record.date = round.agreement.value.date;
    record.review_date = round.agreement.value.review_date;
    record.agreed_ms = round.agreed_ms;
    return record;
}

std::optional<ConsentRecord> latest_agreement(const Harvest& harvest, ConsentSubject subject) {
    const ConsentRound* latest = nullptr;
    for (const ConsentRound& round : harvest.consent_rounds) {
        if (round.deleted.value || round.subject != subject || !round.agreement.value.agreed) {
            continue;
        }
        if (subject == ConsentSubject::purpose) {
            const Draft* draft = harvest.find_draft(round.draft_id);
            if (!draft || draft->deleted.value) continue;
        }
        if (!latest || latest->agreement.stamp < round.agreement.stamp) latest = &round;
    }
    if (!latest) return std::nullopt;
    return record_of(harvest, *latest);
}

}  // namespace

int ConsentCounts::of(ConsentKind kind) const {
    switch (kind) {
        case ConsentKind::agree:
            return agree;
        case ConsentKind::live_with:
            return live_with;
        case ConsentKind::stand_aside:
            return stand_aside;
        case ConsentKind::object:
            return object;
        case ConsentKind::none:
            break;
    }
    return 0;
}

ConsentCounts consent_counts(const ConsentRound& round) {
    ConsentCounts counts;
    const auto add = [&](ConsentKind kind, int n) {
        switch (kind) {
            case ConsentKind::agree:
                counts.agree += n;
                break;
            case ConsentKind::live_with:
                counts.live_with += n;
                break;
            case ConsentKind::stand_aside:
                counts.stand_aside += n;
                break;
            case ConsentKind::object:
                counts.object += n;
                break;
            case ConsentKind::none:
                break;
        }
    };
    if (round.mode == ConsentMode::counted) {
        for (ConsentKind kind : kConsentKinds) add(kind, round.count_of(kind));
    } else {
        for (const NamedResponse& response : round.responses) add(response.answer.value.kind, 1);
    }
    return counts;
}

std::vector<const NamedResponse*> named_responses(const ConsentRound& round) {
    std::vector<const NamedResponse*> given;
    for (const NamedResponse& response : round.responses) {
        if (response.answer.value.kind != ConsentKind::none) given.push_back(&response);
    }
    return given;
}

std::optional<std::string> consent_responder(const ConsentRound& round, const std::string& name) {
    const std::string wanted = fold_case(trim_space(name));
    for (const NamedResponse& response : round.responses) {
        if (fold_case(response.person) == wanted) return response.person;
    }
    return std::nullopt;
}

std::vector<const Objection*> live_objections(const ConsentRound& round) {
    std::vector<const Objection*> live;
    for (const Objection& objection : round.objections) {
        if (!objection.deleted.value) live.push_back(&objection);
    }
    return live;
}

OpenObjections open_objections(const ConsentRound& round) {
    OpenObjections open;
    const std::vector<const Objection*> recorded = live_objections(round);
    for (const Objection* objection : recorded) {
        if (is_open(*objection)) open.recorded.push_back(objection);
    }
    if (round.mode == ConsentMode::counted) {
        const int given = round.count_of(ConsentKind::object);
        open.unrecorded_count = std::max(0, given - static_cast<int>(recorded.size()));
        return open;
    }
    for (const NamedResponse* response : named_responses(round)) {
        if (response->answer.value.kind != ConsentKind::object) continue;
        const bool has_record =
            std::any_of(recorded.begin(), recorded.end(),
                        [&](const Objection* o) { return o->by == response->person; });
        if (!has_record) open.unrecorded_people.push_back(response->person);
    }
    return open;
}

std::optional<std::string> open_consent_refusal(const Session& session,
                                                const OpenConsentRound& op) {
    const Harvest& harvest = session.harvest;
    if (harvest.find_consent_round(op.id)) return "That consent round already exists.";
    if (op.subject == ConsentSubject::principles) {
        for (const Principle& principle : harvest.principles) {
            if (!principle.deleted.value) return std::nullopt;
        }
        return "There are no principles to ask about yet.";
    }
    const Draft* draft = harvest.find_draft(op.draft_id);
    if (!draft) return "There is no such draft.";
    if (draft->deleted.value) return "That draft was deleted: restore it before asking again.";
    const DraftVersion* version = draft->find_version(op.version_id);
    if (!version) return "There is no such version of this draft.";
    if (version != current_version(*draft)) {
        return "Ask on the draft's current wording (restore this version first if the room wants "
               "it).";
    }
    return std::nullopt;
}

std::optional<std::string> response_refusal(const Session& session, const SetConsentResponse& op) {
    const ConsentRound* round = live_round(session, op.round_id);
    if (!round) return kNoRound;
    if (round->mode != ConsentMode::named) {
        return "This round counts a show of hands: change the counts instead.";
    }
    if (trim_space(op.person).empty()) {
        return "Say whose response this is: a named round takes one response per person.";
    }
    if (round->agreement.value.agreed) return kAgreed;
    if (op.answer.kind == ConsentKind::object && trim_space(op.answer.reason).empty()) {
        return kNeedsReason;
    }
    return std::nullopt;
}

std::optional<std::string> count_refusal(const Session& session, const AdjustConsentCount& op) {
    const ConsentRound* round = live_round(session, op.round_id);
    if (!round) return kNoRound;
    if (round->mode != ConsentMode::counted) {
        return "This round takes named responses: pass the laptop, or ask again as a counted "
               "round.";
    }
    if (op.kind == ConsentKind::none) {
        return "Choose agree, can live with it, stand aside or object.";
    }
    if (round->agreement.value.agreed) return kAgreed;
    if (op.delta == 0) return "The count would not change.";
    if (round->count_of(op.kind) + op.delta < 0) return "The count is already at zero.";
    return std::nullopt;
}

std::optional<std::string> objection_refusal(const Session& session, const RecordObjection& op) {
    const ConsentRound* round = live_round(session, op.round_id);
    if (!round) return kNoRound;
    if (round->agreement.value.agreed) return kAgreed;
    if (trim_space(op.reason).empty()) return kNeedsReason;
    return std::nullopt;
}

std::optional<std::string> agreement_refusal(const Session& session,
                                             const SetConsentAgreement& op) {
    const ConsentRound* round = live_round(session, op.round_id);
    if (!round) return kNoRound;
    const Agreement& agreement = op.agreement;
    if (!agreement.agreed) return std::nullopt;
    if (agreement.date.empty()) return "Say on which day it was agreed (YYYY-MM-DD).";
    if (auto problem = date_refusal("The day it was agreed", agreement.date)) return problem;
    if (auto problem = date_refusal("The review date", agreement.review_date)) return problem;
    if (!agreement.review_date.empty() && agreement.review_date < agreement.date) {
        return "The review date is before the day it was agreed.";
    }
    if (round->subject == ConsentSubject::purpose) {
        const Draft* draft = session.harvest.find_draft(round->draft_id);
        if (!draft || draft->deleted.value) {
            return "That draft was deleted: restore it before marking it agreed.";
        }
        const DraftVersion* current = current_version(*draft);
        if (!current || current->id != round->version_id) {
            return "The draft's wording changed after this round was opened: ask again on the "
                   "current wording.";
        }
    }
    if (consent_counts(*round).total() == 0) {
        return "Nobody has responded yet: take the round (named responses, or count the hands) "
               "before marking it agreed.";
    }
    const OpenObjections open = open_objections(*round);
    if (open.total() > 0) return describe(open);
    return std::nullopt;
}

OpenConsentRound ask_consent_on_draft(const Draft& draft, const std::string& round_id,
                                      ConsentMode mode) {
    const DraftVersion* current = current_version(draft);
    return OpenConsentRound{round_id, ConsentSubject::purpose, draft.id, current ? current->id : "",
                            mode};
}

std::vector<OpPayload> respond(const ConsentRound& round, const std::string& person,
                               const ConsentAnswer& answer, const NewId& new_id) {
    std::vector<OpPayload> ops = {SetConsentResponse{round.id, person, answer}};
    std::vector<const Objection*> theirs;
    for (const Objection* objection : live_objections(round)) {
        if (objection->by == person && is_open(*objection)) theirs.push_back(objection);
    }
    if (answer.kind == ConsentKind::object) {
        if (theirs.empty())
            ops.push_back(RecordObjection{round.id, new_id(), person, answer.reason});
    } else {
        for (const Objection* objection : theirs) {
            ops.push_back(
                ResolveObjection{round.id, objection->id, {ObjectionOutcome::withdrawn, ""}});
        }
    }
    return ops;
}

std::vector<OpPayload> amend_and_ask_again(const Harvest& harvest, const std::string& round_id,
                                           const std::string& version_id, const std::string& text,
                                           const std::string& author,
                                           const std::string& new_round_id) {
    const ConsentRound* round = harvest.find_consent_round(round_id);
    if (!round || round->subject != ConsentSubject::purpose) return {};
    const Draft* draft = harvest.find_draft(round->draft_id);
    if (!draft) return {};
    std::vector<OpPayload> ops = edit_draft(*draft, version_id, text, author);
    if (ops.empty()) return {};
    for (OpPayload& resolve : resolve_open_as_amended(*round)) ops.push_back(std::move(resolve));
    ops.push_back(OpenConsentRound{new_round_id, ConsentSubject::purpose, draft->id, version_id,
                                   round->mode});
    return ops;
}

std::vector<OpPayload> ask_again(const Harvest& harvest, const std::string& round_id,
                                 const std::string& new_round_id) {
    const ConsentRound* round = harvest.find_consent_round(round_id);
    if (!round) return {};
    OpenConsentRound next{new_round_id, round->subject, "", "", round->mode};
    if (round->subject == ConsentSubject::purpose) {
        const Draft* draft = harvest.find_draft(round->draft_id);
        const DraftVersion* current = draft ? current_version(*draft) : nullptr;
        if (!current) return {};
        next.draft_id = draft->id;
        next.version_id = current->id;
    }
    std::vector<OpPayload> ops = resolve_open_as_amended(*round);
    ops.push_back(next);
    return ops;
}

const ConsentRound* latest_consent_round(const Harvest& harvest, ConsentSubject subject,
                                         const std::string& draft_id) {
    const ConsentRound* latest = nullptr;
    for (const ConsentRound& round : harvest.consent_rounds) {
        if (round.deleted.value || round.subject != subject) continue;
        if (subject == ConsentSubject::purpose && round.draft_id != draft_id) continue;
        latest = &round;
    }
    return latest;
}

std::optional<ConsentRecord> agreed_purpose(const Harvest& harvest) {
    return latest_agreement(harvest, ConsentSubject::purpose);
}

std::optional<ConsentRecord> agreed_principles(const Harvest& harvest) {
    return latest_agreement(harvest, ConsentSubject::principles);
}

}  // namespace hostspace
