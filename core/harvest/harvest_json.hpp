#pragma once
// The JSON fields of the harvest's ops (tags in harvest_tags.hpp; tags and fields in
// docs/file-format.md). Internal to the op codec in core/session/op_json.cpp.
#include "core/session/op_json_fields.hpp"

namespace hostspace {

// purpose_json.cpp
void write_fields(op_json::Writer& w, const AddDraft& op);
void write_fields(op_json::Writer& w, const AddDraftVersion& op);
void write_fields(op_json::Writer& w, const RestoreDraftVersion& op);
void write_fields(op_json::Writer& w, const WithdrawDraftVersion& op);
void write_fields(op_json::Writer& w, const ReinstateDraftVersion& op);
void write_fields(op_json::Writer& w, const RenameDraft& op);
void write_fields(op_json::Writer& w, const MoveDraft& op);
void write_fields(op_json::Writer& w, const DeleteDraft& op);
void write_fields(op_json::Writer& w, const RestoreDraft& op);
void write_fields(op_json::Writer& w, const OpenConsentRound& op);
void write_fields(op_json::Writer& w, const SetConsentResponse& op);
void write_fields(op_json::Writer& w, const AdjustConsentCount& op);
void write_fields(op_json::Writer& w, const RecordObjection& op);
void write_fields(op_json::Writer& w, const ResolveObjection& op);
void write_fields(op_json::Writer& w, const DeleteObjection& op);
void write_fields(op_json::Writer& w, const RestoreObjection& op);
void write_fields(op_json::Writer& w, const SetConsentAgreement& op);
void write_fields(op_json::Writer& w, const DeleteConsentRound& op);
void write_fields(op_json::Writer& w, const RestoreConsentRound& op);

// lists_json.cpp
void write_fields(op_json::Writer& w, const AddPrinciple& op);
void write_fields(op_json::Writer& w, const EditPrinciple& op);
void write_fields(op_json::Writer& w, const MovePrinciple& op);
void write_fields(op_json::Writer& w, const LinkPrincipleSources& op);
void write_fields(op_json::Writer& w, const DeletePrinciple& op);
void write_fields(op_json::Writer& w, const RestorePrinciple& op);
void write_fields(op_json::Writer& w, const AddPrincipleLine& op);
void write_fields(op_json::Writer& w, const EditPrincipleLine& op);
void write_fields(op_json::Writer& w, const MovePrincipleLine& op);
void write_fields(op_json::Writer& w, const DeletePrincipleLine& op);
void write_fields(op_json::Writer& w, const RestorePrincipleLine& op);
void write_fields(op_json::Writer& w, const AddAction& op);
void write_fields(op_json::Writer& w, const EditAction& op);
void write_fields(op_json::Writer& w, const MoveAction& op);
void write_fields(op_json::Writer& w, const DeleteAction& op);
void write_fields(op_json::Writer& w, const RestoreAction& op);
void write_fields(op_json::Writer& w, const AddFocusItem& op);
void write_fields(op_json::Writer& w, const EditFocusItem& op);
void write_fields(op_json::Writer& w, const MoveFocusItem& op);
void write_fields(op_json::Writer& w, const DeleteFocusItem& op);
void write_fields(op_json::Writer& w, const RestoreFocusItem& op);

// Adds the readers of every harvest op, keyed by tag.
void add_harvest_readers(op_json::PayloadReaders& readers);
void add_purpose_readers(op_json::PayloadReaders& readers);  // purpose_json.cpp
void add_list_readers(op_json::PayloadReaders& readers);     // lists_json.cpp

}  // namespace hostspace
