#include <algorithm>

#include "core/harvest/harvest_apply.hpp"

namespace hostspace::harvest_ops {
namespace {

DraftVersion make_version(const std::string& id, std::string text, const std::string& author,
                          const std::vector<std::string>& based_on,
                          const std::string& restored_from, const Op& envelope) {
    DraftVersion version;
    version.id = id;
    version.text = std::move(text);
    version.author = author;
    version.based_on = based_on;
    version.restored_from = restored_from;
    version.at_ms = envelope.at_ms;
    version.stamp = envelope.stamp();
    version.withdrawn = {false, envelope.stamp()};
    return version;
}

DraftVersion* find_version(Harvest& harvest, const std::string& draft_id,
                           const std::string& version_id) {
    Draft* draft = harvest.find_draft(draft_id);
    return draft ? draft->find_version(version_id) : nullptr;
}

const DraftVersion* find_version(const Harvest& harvest, const std::string& draft_id,
                                 const std::string& version_id) {
    const Draft* draft = harvest.find_draft(draft_id);
    return draft ? draft->find_version(version_id) : nullptr;
}

// Where a kind's count is kept, or none for ConsentKind::none.
int* count_slot(ConsentRound& round, ConsentKind kind) {
    for (std::size_t i = 0; i < kConsentKinds.size(); ++i) {
        if (kConsentKinds[i] == kind) return &round.counts[i];
    }
    return nullptr;
}

bool counts_apply(const ConsentRound& round, const AdjustConsentCount& change) {
    return round.mode == ConsentMode::counted && change.kind != ConsentKind::none;
}

// The change a count delta really makes: a count never goes below zero.
int effective_delta(const ConsentRound& round, const AdjustConsentCount& change) {
    const int now = round.count_of(change.kind);
    return std::max(0, now + change.delta) - now;
}

Objection* find_objection(Harvest& harvest, const std::string& round_id, const std::string& id) {
    ConsentRound* round = harvest.find_consent_round(round_id);
    return round ? round->find_objection(id) : nullptr;
}

const Objection* find_objection(const Harvest& harvest, const std::string& round_id,
                                const std::string& id) {
    const ConsentRound* round = harvest.find_consent_round(round_id);
    return round ? round->find_objection(id) : nullptr;
}

}  // namespace

// ---- drafts ------------------------------------------------------------------------------

void apply(Harvest& harvest, const AddDraft& op, const Op& envelope) {
    if (harvest.find_draft(op.id)) return;  // a replayed or duplicated add changes nothing
    const Stamp stamp = envelope.stamp();
    Draft draft;
    draft.id = op.id;
    draft.created_ms = envelope.at_ms;
    draft.label = {op.label, stamp};
    draft.sources = op.sources;
    draft.rank = {op.rank, stamp};
    draft.deleted = {false, stamp};
    draft.versions.push_back(make_version(op.version_id, op.text, op.author, {}, "", envelope));
    harvest.drafts.push_back(std::move(draft));
}

void apply(Harvest& harvest, const AddDraftVersion& op, const Op& envelope) {
    Draft* draft = harvest.find_draft(op.draft_id);
    if (!draft || draft->find_version(op.version_id)) return;
    draft->versions.push_back(
        make_version(op.version_id, op.text, op.author, op.based_on, "", envelope));
}

void apply(Harvest& harvest, const RestoreDraftVersion& op, const Op& envelope) {
    Draft* draft = harvest.find_draft(op.draft_id);
    if (!draft || draft->find_version(op.version_id)) return;
    const DraftVersion* from = draft->find_version(op.from_version_id);
    if (!from) return;
    std::string text = from->text;  // copied first: the push below may move the versions
    draft->versions.push_back(make_version(op.version_id, std::move(text), op.author, op.based_on,
                                           op.from_version_id, envelope));
}

void apply(Harvest& harvest, const WithdrawDraftVersion& op, const Op& envelope) {
    if (DraftVersion* version = find_version(harvest, op.draft_id, op.version_id)) {
        version->withdrawn.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const ReinstateDraftVersion& op, const Op& envelope) {
    if (DraftVersion* version = find_version(harvest, op.draft_id, op.version_id)) {
        version->withdrawn.assign(false, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RenameDraft& op, const Op& envelope) {
    if (Draft* draft = harvest.find_draft(op.id)) draft->label.assign(op.label, envelope.stamp());
}

void apply(Harvest& harvest, const MoveDraft& op, const Op& envelope) {
    if (Draft* draft = harvest.find_draft(op.id)) draft->rank.assign(op.rank, envelope.stamp());
}

void apply(Harvest& harvest, const DeleteDraft& op, const Op& envelope) {
    if (Draft* draft = harvest.find_draft(op.id)) draft->deleted.assign(true, envelope.stamp());
}

void apply(Harvest& harvest, const RestoreDraft& op, const Op& envelope) {
    if (Draft* draft = harvest.find_draft(op.id)) draft->deleted.assign(false, envelope.stamp());
}

// ---- consent -----------------------------------------------------------------------------

void apply(Harvest& harvest, const OpenConsentRound& op, const Op& envelope) {
    if (harvest.find_consent_round(op.id)) return;
    const bool purpose = op.subject == ConsentSubject::purpose;
    if (purpose && !find_version(harvest, op.draft_id, op.version_id)) return;
    const Stamp stamp = envelope.stamp();
    ConsentRound round;
    round.id = op.id;
    round.opened_ms = envelope.at_ms;
    round.subject = op.subject;
    round.draft_id = purpose ? op.draft_id : "";
    round.version_id = purpose ? op.version_id : "";
    round.mode = op.mode;
    round.agreement = {Agreement{}, stamp};
    round.deleted = {false, stamp};
    harvest.consent_rounds.push_back(std::move(round));
}

void apply(Harvest& harvest, const SetConsentResponse& op, const Op& envelope) {
    ConsentRound* round = harvest.find_consent_round(op.round_id);
    if (!round || round->mode != ConsentMode::named || op.person.empty()) return;
    auto it = std::find_if(round->responses.begin(), round->responses.end(),
                           [&](const NamedResponse& r) { return r.person == op.person; });
    if (it == round->responses.end()) {
        round->responses.push_back(NamedResponse{op.person, {}});
        it = round->responses.end() - 1;
    }
    it->answer.assign(op.answer, envelope.stamp());
}

void apply(Harvest& harvest, const AdjustConsentCount& op, const Op&) {
    ConsentRound* round = harvest.find_consent_round(op.round_id);
    if (!round || !counts_apply(*round, op)) return;
    *count_slot(*round, op.kind) += effective_delta(*round, op);
}

void apply(Harvest& harvest, const RecordObjection& op, const Op& envelope) {
    ConsentRound* round = harvest.find_consent_round(op.round_id);
    if (!round || round->find_objection(op.id)) return;
    const Stamp stamp = envelope.stamp();
    Objection objection;
    objection.id = op.id;
    objection.by = op.by;
    objection.reason = op.reason;
    objection.raised_ms = envelope.at_ms;
    objection.resolution = {ObjectionResolution{}, stamp};
    objection.deleted = {false, stamp};
    round->objections.push_back(std::move(objection));
}

void apply(Harvest& harvest, const ResolveObjection& op, const Op& envelope) {
    if (Objection* objection = find_objection(harvest, op.round_id, op.id)) {
        objection->resolution.assign(op.resolution, envelope.stamp());
    }
}

void apply(Harvest& harvest, const DeleteObjection& op, const Op& envelope) {
    if (Objection* objection = find_objection(harvest, op.round_id, op.id)) {
        objection->deleted.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RestoreObjection& op, const Op& envelope) {
    if (Objection* objection = find_objection(harvest, op.round_id, op.id)) {
        objection->deleted.assign(false, envelope.stamp());
    }
}

void apply(Harvest& harvest, const SetConsentAgreement& op, const Op& envelope) {
    ConsentRound* round = harvest.find_consent_round(op.round_id);
    if (!round) return;
    const bool was_agreed = round->agreement.value.agreed;
    if (!round->agreement.assign(op.agreement, envelope.stamp())) return;
    // The moment it was agreed; changing only the review date later keeps it.
    if (!op.agreement.agreed) {
        round->agreed_ms = 0;
    } else if (!was_agreed) {
        round->agreed_ms = envelope.at_ms;
    }
}

void apply(Harvest& harvest, const DeleteConsentRound& op, const Op& envelope) {
    if (ConsentRound* round = harvest.find_consent_round(op.id)) {
        round->deleted.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RestoreConsentRound& op, const Op& envelope) {
    if (ConsentRound* round = harvest.find_consent_round(op.id)) {
        round->deleted.assign(false, envelope.stamp());
    }
}

// ---- inverses ----------------------------------------------------------------------------
// Each inverse restores what `before` held; an op that would change nothing inverts to nothing.

std::vector<OpPayload> invert(const Harvest& before, const AddDraft& op) {
    if (before.find_draft(op.id)) return {};
    return {DeleteDraft{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const AddDraftVersion& op) {
    const Draft* draft = before.find_draft(op.draft_id);
    if (!draft || draft->find_version(op.version_id)) return {};
    return {WithdrawDraftVersion{op.draft_id, op.version_id}};
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreDraftVersion& op) {
    const Draft* draft = before.find_draft(op.draft_id);
    if (!draft || draft->find_version(op.version_id) || !draft->find_version(op.from_version_id)) {
        return {};
    }
    return {WithdrawDraftVersion{op.draft_id, op.version_id}};
}

std::vector<OpPayload> invert(const Harvest& before, const WithdrawDraftVersion& op) {
    const DraftVersion* version = find_version(before, op.draft_id, op.version_id);
    if (!version || version->withdrawn.value) return {};
    return {ReinstateDraftVersion{op.draft_id, op.version_id}};
}

std::vector<OpPayload> invert(const Harvest& before, const ReinstateDraftVersion& op) {
    const DraftVersion* version = find_version(before, op.draft_id, op.version_id);
    if (!version || !version->withdrawn.value) return {};
    return {WithdrawDraftVersion{op.draft_id, op.version_id}};
}

std::vector<OpPayload> invert(const Harvest& before, const RenameDraft& op) {
    const Draft* draft = before.find_draft(op.id);
    if (!draft || draft->label.value == op.label) return {};
    return {RenameDraft{op.id, draft->label.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const MoveDraft& op) {
    const Draft* draft = before.find_draft(op.id);
    if (!draft || draft->rank.value == op.rank) return {};
    return {MoveDraft{op.id, draft->rank.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeleteDraft& op) {
    const Draft* draft = before.find_draft(op.id);
    if (!draft || draft->deleted.value) return {};
    return {RestoreDraft{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreDraft& op) {
    const Draft* draft = before.find_draft(op.id);
    if (!draft || !draft->deleted.value) return {};
    return {DeleteDraft{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const OpenConsentRound& op) {
    if (before.find_consent_round(op.id)) return {};
    if (op.subject == ConsentSubject::purpose &&
        !find_version(before, op.draft_id, op.version_id)) {
        return {};
    }
    return {DeleteConsentRound{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const SetConsentResponse& op) {
    const ConsentRound* round = before.find_consent_round(op.round_id);
    if (!round || round->mode != ConsentMode::named || op.person.empty()) return {};
    const NamedResponse* response = round->find_response(op.person);
    const ConsentAnswer old = response ? response->answer.value : ConsentAnswer{};
    if (old == op.answer) return {};
    return {SetConsentResponse{op.round_id, op.person, old}};
}

std::vector<OpPayload> invert(const Harvest& before, const AdjustConsentCount& op) {
    const ConsentRound* round = before.find_consent_round(op.round_id);
    if (!round || !counts_apply(*round, op)) return {};
    const int delta = effective_delta(*round, op);
    if (delta == 0) return {};
    return {AdjustConsentCount{op.round_id, op.kind, -delta}};
}

std::vector<OpPayload> invert(const Harvest& before, const RecordObjection& op) {
    const ConsentRound* round = before.find_consent_round(op.round_id);
    if (!round || round->find_objection(op.id)) return {};
    return {DeleteObjection{op.round_id, op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const ResolveObjection& op) {
    const Objection* objection = find_objection(before, op.round_id, op.id);
    if (!objection || objection->resolution.value == op.resolution) return {};
    return {ResolveObjection{op.round_id, op.id, objection->resolution.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeleteObjection& op) {
    const Objection* objection = find_objection(before, op.round_id, op.id);
    if (!objection || objection->deleted.value) return {};
    return {RestoreObjection{op.round_id, op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreObjection& op) {
    const Objection* objection = find_objection(before, op.round_id, op.id);
    if (!objection || !objection->deleted.value) return {};
    return {DeleteObjection{op.round_id, op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const SetConsentAgreement& op) {
    const ConsentRound* round = before.find_consent_round(op.round_id);
    if (!round || round->agreement.value == op.agreement) return {};
    return {SetConsentAgreement{op.round_id, round->agreement.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeleteConsentRound& op) {
    const ConsentRound* round = before.find_consent_round(op.id);
    if (!round || round->deleted.value) return {};
    return {RestoreConsentRound{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreConsentRound& op) {
    const ConsentRound* round = before.find_consent_round(op.id);
    if (!round || !round->deleted.value) return {};
    return {DeleteConsentRound{op.id}};
}

}  // namespace hostspace::harvest_ops
