#pragma once
// The stable tag of each harvest op in files and on the wire. One place: op_tag() in
// session.cpp and the JSON readers in harvest_json both take them from here.
#include "core/harvest/harvest_ops.hpp"

namespace hostspace {

// clang-format off
inline const char* harvest_op_tag(const AddDraft&) { return "add_draft"; }
inline const char* harvest_op_tag(const AddDraftVersion&) { return "add_draft_version"; }
inline const char* harvest_op_tag(const RestoreDraftVersion&) { return "restore_draft_version"; }
inline const char* harvest_op_tag(const WithdrawDraftVersion&) { return "withdraw_draft_version"; }
inline const char* harvest_op_tag(const ReinstateDraftVersion&) { return "reinstate_draft_version"; }
inline const char* harvest_op_tag(const RenameDraft&) { return "rename_draft"; }
inline const char* harvest_op_tag(const MoveDraft&) { return "move_draft"; }
inline const char* harvest_op_tag(const DeleteDraft&) { return "delete_draft"; }
inline const char* harvest_op_tag(const RestoreDraft&) { return "restore_draft"; }
inline const char* harvest_op_tag(const OpenConsentRound&) { return "open_consent_round"; }
inline const char* harvest_op_tag(const SetConsentResponse&) { return "set_consent_response"; }
inline const char* harvest_op_tag(const AdjustConsentCount&) { return "adjust_consent_count"; }
inline const char* harvest_op_tag(const RecordObjection&) { return "record_objection"; }
inline const char* harvest_op_tag(const ResolveObjection&) { return "resolve_objection"; }
inline const char* harvest_op_tag(const DeleteObjection&) { return "delete_objection"; }
inline const char* harvest_op_tag(const RestoreObjection&) { return "restore_objection"; }
inline const char* harvest_op_tag(const SetConsentAgreement&) { return "set_consent_agreement"; }
inline const char* harvest_op_tag(const DeleteConsentRound&) { return "delete_consent_round"; }
inline const char* harvest_op_tag(const RestoreConsentRound&) { return "restore_consent_round"; }
inline const char* harvest_op_tag(const AddPrinciple&) { return "add_principle"; }
inline const char* harvest_op_tag(const EditPrinciple&) { return "edit_principle"; }
inline const char* harvest_op_tag(const MovePrinciple&) { return "move_principle"; }
inline const char* harvest_op_tag(const LinkPrincipleSources&) { return "link_principle_sources"; }
inline const char* harvest_op_tag(const DeletePrinciple&) { return "delete_principle"; }
inline const char* harvest_op_tag(const RestorePrinciple&) { return "restore_principle"; }
inline const char* harvest_op_tag(const AddPrincipleLine&) { return "add_principle_line"; }
inline const char* harvest_op_tag(const EditPrincipleLine&) { return "edit_principle_line"; }
inline const char* harvest_op_tag(const MovePrincipleLine&) { return "move_principle_line"; }
inline const char* harvest_op_tag(const DeletePrincipleLine&) { return "delete_principle_line"; }
inline const char* harvest_op_tag(const RestorePrincipleLine&) { return "restore_principle_line"; }
inline const char* harvest_op_tag(const AddAction&) { return "add_action"; }
inline const char* harvest_op_tag(const EditAction&) { return "edit_action"; }
inline const char* harvest_op_tag(const MoveAction&) { return "move_action"; }
inline const char* harvest_op_tag(const DeleteAction&) { return "delete_action"; }
inline const char* harvest_op_tag(const RestoreAction&) { return "restore_action"; }
inline const char* harvest_op_tag(const AddFocusItem&) { return "add_focus_item"; }
inline const char* harvest_op_tag(const EditFocusItem&) { return "edit_focus_item"; }
inline const char* harvest_op_tag(const MoveFocusItem&) { return "move_focus_item"; }
inline const char* harvest_op_tag(const DeleteFocusItem&) { return "delete_focus_item"; }
inline const char* harvest_op_tag(const RestoreFocusItem&) { return "restore_focus_item"; }
// clang-format on

}  // namespace hostspace
