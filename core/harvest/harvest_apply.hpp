#pragma once
// How harvest operations fold into the Harvest and how each is undone. Used by session.cpp's
// dispatch; callers use apply() and invert() from session.hpp. apply is total: an op whose
// target is missing changes nothing. Ops on a deleted draft, round or principle still apply,
// so nothing typed meanwhile is lost when it is restored; the rules (drafts.hpp, consent.hpp)
// are what the views ask before they emit an op.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::harvest_ops {
// ---- purpose drafts and consent (purpose_apply.cpp)
void apply(Harvest& harvest, const AddDraft& op, const Op& envelope);
void apply(Harvest& harvest, const AddDraftVersion& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreDraftVersion& op, const Op& envelope);
void apply(Harvest& harvest, const WithdrawDraftVersion& op, const Op& envelope);
void apply(Harvest& harvest, const ReinstateDraftVersion& op, const Op& envelope);
void apply(Harvest& harvest, const RenameDraft& op, const Op& envelope);
void apply(Harvest& harvest, const MoveDraft& op, const Op& envelope);
void apply(Harvest& harvest, const DeleteDraft& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreDraft& op, const Op& envelope);
void apply(Harvest& harvest, const OpenConsentRound& op, const Op& envelope);
void apply(Harvest& harvest, const SetConsentResponse& op, const Op& envelope);
void apply(Harvest& harvest, const AdjustConsentCount& op, const Op& envelope);
void apply(Harvest& harvest, const RecordObjection& op, const Op& envelope);
void apply(Harvest& harvest, const ResolveObjection& op, const Op& envelope);
void apply(Harvest& harvest, const DeleteObjection& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreObjection& op, const Op& envelope);
void apply(Harvest& harvest, const SetConsentAgreement& op, const Op& envelope);
void apply(Harvest& harvest, const DeleteConsentRound& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreConsentRound& op, const Op& envelope);

std::vector<OpPayload> invert(const Harvest& before, const AddDraft& op);
std::vector<OpPayload> invert(const Harvest& before, const AddDraftVersion& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreDraftVersion& op);
std::vector<OpPayload> invert(const Harvest& before, const WithdrawDraftVersion& op);
std::vector<OpPayload> invert(const Harvest& before, const ReinstateDraftVersion& op);
std::vector<OpPayload> invert(const Harvest& before, const RenameDraft& op);
std::vector<OpPayload> invert(const Harvest& before, const MoveDraft& op);
std::vector<OpPayload> invert(const Harvest& before, const DeleteDraft& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreDraft& op);
std::vector<OpPayload> invert(const Harvest& before, const OpenConsentRound& op);
std::vector<OpPayload> invert(const Harvest& before, const SetConsentResponse& op);
std::vector<OpPayload> invert(const Harvest& before, const AdjustConsentCount& op);
std::vector<OpPayload> invert(const Harvest& before, const RecordObjection& op);
std::vector<OpPayload> invert(const Harvest& before, const ResolveObjection& op);
std::vector<OpPayload> invert(const Harvest& before, const DeleteObjection& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreObjection& op);
std::vector<OpPayload> invert(const Harvest& before, const SetConsentAgreement& op);
std::vector<OpPayload> invert(const Harvest& before, const DeleteConsentRound& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreConsentRound& op);

// ---- principles, actions and focus (lists_apply.cpp)
void apply(Harvest& harvest, const AddPrinciple& op, const Op& envelope);
void apply(Harvest& harvest, const EditPrinciple& op, const Op& envelope);
void apply(Harvest& harvest, const MovePrinciple& op, const Op& envelope);
void apply(Harvest& harvest, const LinkPrincipleSources& op, const Op& envelope);
void apply(Harvest& harvest, const DeletePrinciple& op, const Op& envelope);
void apply(Harvest& harvest, const RestorePrinciple& op, const Op& envelope);
void apply(Harvest& harvest, const AddPrincipleLine& op, const Op& envelope);
void apply(Harvest& harvest, const EditPrincipleLine& op, const Op& envelope);
void apply(Harvest& harvest, const MovePrincipleLine& op, const Op& envelope);
void apply(Harvest& harvest, const DeletePrincipleLine& op, const Op& envelope);
void apply(Harvest& harvest, const RestorePrincipleLine& op, const Op& envelope);
void apply(Harvest& harvest, const AddAction& op, const Op& envelope);
void apply(Harvest& harvest, const EditAction& op, const Op& envelope);
void apply(Harvest& harvest, const MoveAction& op, const Op& envelope);
void apply(Harvest& harvest, const DeleteAction& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreAction& op, const Op& envelope);
void apply(Harvest& harvest, const AddFocusItem& op, const Op& envelope);
void apply(Harvest& harvest, const EditFocusItem& op, const Op& envelope);
void apply(Harvest& harvest, const MoveFocusItem& op, const Op& envelope);
void apply(Harvest& harvest, const DeleteFocusItem& op, const Op& envelope);
void apply(Harvest& harvest, const RestoreFocusItem& op, const Op& envelope);

std::vector<OpPayload> invert(const Harvest& before, const AddPrinciple& op);
std::vector<OpPayload> invert(const Harvest& before, const EditPrinciple& op);
std::vector<OpPayload> invert(const Harvest& before, const MovePrinciple& op);
std::vector<OpPayload> invert(const Harvest& before, const LinkPrincipleSources& op);
std::vector<OpPayload> invert(const Harvest& before, const DeletePrinciple& op);
std::vector<OpPayload> invert(const Harvest& before, const RestorePrinciple& op);
std::vector<OpPayload> invert(const Harvest& before, const AddPrincipleLine& op);
std::vector<OpPayload> invert(const Harvest& before, const EditPrincipleLine& op);
std::vector<OpPayload> invert(const Harvest& before, const MovePrincipleLine& op);
std::vector<OpPayload> invert(const Harvest& before, const DeletePrincipleLine& op);
std::vector<OpPayload> invert(const Harvest& before, const RestorePrincipleLine& op);
std::vector<OpPayload> invert(const Harvest& before, const AddAction& op);
std::vector<OpPayload> invert(const Harvest& before, const EditAction& op);
std::vector<OpPayload> invert(const Harvest& before, const MoveAction& op);
std::vector<OpPayload> invert(const Harvest& before, const DeleteAction& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreAction& op);
std::vector<OpPayload> invert(const Harvest& before, const AddFocusItem& op);
std::vector<OpPayload> invert(const Harvest& before, const EditFocusItem& op);
std::vector<OpPayload> invert(const Harvest& before, const MoveFocusItem& op);
std::vector<OpPayload> invert(const Harvest& before, const DeleteFocusItem& op);
std::vector<OpPayload> invert(const Harvest& before, const RestoreFocusItem& op);

}  // namespace hostspace::harvest_ops
