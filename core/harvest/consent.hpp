#pragma once
// Consent rounds for the views: the counts, the objections that stand, the rules (no agreement
// while an objection is unresolved; no agreement without responses), the ops for a response, for
// amending and asking again, and the agreed statement with its record.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

struct ConsentCounts {
    int agree = 0, live_with = 0, stand_aside = 0, object = 0;

    int total() const { return agree + live_with + stand_aside + object; }
    int of(ConsentKind kind) const;
};

// Named rounds: each person's current response; counted rounds: the tally.
ConsentCounts consent_counts(const ConsentRound& round);

// The named responses given (not taken back), in order of each person's first response.
std::vector<const NamedResponse*> named_responses(const ConsentRound& round);

// The person of the round who has this name, ignoring case, as their responses spell it; nothing
// if none. A second "Priya" must not overwrite the first one's response by accident.
std::optional<std::string> consent_responder(const ConsentRound& round, const std::string& name);

// Objections recorded in the round and not deleted, in the order raised.
std::vector<const Objection*> live_objections(const ConsentRound& round);

// What stands in the way of agreeing: unresolved objections recorded, and objections given but
// never recorded (a named "object" with no objection under that name; in a counted round, more
// hands for "object" than objections recorded).
struct OpenObjections {
    std::vector<const Objection*> recorded;
    std::vector<std::string> unrecorded_people;
    int unrecorded_count = 0;  // counted rounds

    int total() const {
        return static_cast<int>(recorded.size() + unrecorded_people.size()) + unrecorded_count;
    }
};
OpenObjections open_objections(const ConsentRound& round);

// ---- rules: why an op must not be emitted, in words for the facilitator, or nothing --------
std::optional<std::string> open_consent_refusal(const Session& session, const OpenConsentRound& op);
std::optional<std::string> response_refusal(const Session& session, const SetConsentResponse& op);
std::optional<std::string> count_refusal(const Session& session, const AdjustConsentCount& op);
std::optional<std::string> objection_refusal(const Session& session, const RecordObjection& op);
// Marking agreed: refused while any objection is open, with no responses, on a wording that is
// no longer the draft's current one, or with a review date that is not a day. Un-agreeing (an
// agreement with agreed false) is always allowed on a round that exists.
std::optional<std::string> agreement_refusal(const Session& session, const SetConsentAgreement& op);

// ---- ops ---------------------------------------------------------------------------------

// A round on the draft's current wording (check open_consent_refusal first).
OpenConsentRound ask_consent_on_draft(const Draft& draft, const std::string& round_id,
                                      ConsentMode mode);

// One person's response in a named round, with what follows from it: an objection is recorded
// with its reason (once per person); a person who objected and now responds otherwise has their
// objection marked withdrawn. One commit, so one undo takes it all back.
std::vector<OpPayload> respond(const ConsentRound& round, const std::string& person,
                               const ConsentAnswer& answer, const NewId& new_id);

// The facilitator amends the wording and asks again: a new version of the round's draft, the
// round's open objections marked resolved by amendment, and a new round (same mode) on the new
// wording. Empty when the round is not a purpose round, its draft is missing or the text is
// refused or unchanged.
std::vector<OpPayload> amend_and_ask_again(const Harvest& harvest, const std::string& round_id,
                                           const std::string& version_id, const std::string& text,
                                           const std::string& author,
                                           const std::string& new_round_id);
// Asks again on the current wording (the principles after they were edited, or a purpose draft
// edited meanwhile): the round's open objections marked resolved by amendment and a new round.
std::vector<OpPayload> ask_again(const Harvest& harvest, const std::string& round_id,
                                 const std::string& new_round_id);

// ---- reading -----------------------------------------------------------------------------

// The newest live round on this draft (purpose) or on the principles (draft_id ignored).
const ConsentRound* latest_consent_round(const Harvest& harvest, ConsentSubject subject,
                                         const std::string& draft_id = "");

// An agreed statement with its consent record.
struct ConsentRecord {
    const ConsentRound* round = nullptr;
    const Draft* draft = nullptr;           // purpose only
    const DraftVersion* version = nullptr;  // the wording agreed (purpose only)
    ConsentCounts counts;
    // Every objection raised on the way, in any round on the same draft (or on the principles),
    // oldest first, each with how it was resolved.
    std::vector<const Objection*> objections;
    std::string date, review_date;
    std::int64_t agreed_ms = 0;
};
// The agreed purpose: the latest agreement on a live round of a live draft; nothing if none.
std::optional<ConsentRecord> agreed_purpose(const Harvest& harvest);
// The latest agreement on the set of principles, if any.
std::optional<ConsentRecord> agreed_principles(const Harvest& harvest);

}  // namespace hostspace
