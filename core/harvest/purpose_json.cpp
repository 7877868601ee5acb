#include "core/harvest/harvest_json.hpp"
#include "core/harvest/harvest_json_fields.hpp"

namespace hostspace {
namespace {

using namespace op_json;
using harvest_json::add_reader;

ConsentAnswer read_answer(const Json& o) {
    return ConsentAnswer{consent_kind_from_name(text(o, "response")), text(o, "reason")};
}

}  // namespace

void write_fields(Writer& w, const AddDraft& op) {
    put(w, "id", op.id);
    put(w, "label", op.label);
    put_text_list(w, "sources", op.sources);
    put(w, "version", op.version_id);
    put(w, "text", op.text);
    put(w, "author", op.author);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const AddDraftVersion& op) {
    put(w, "draft", op.draft_id);
    put(w, "version", op.version_id);
    put(w, "text", op.text);
    put(w, "author", op.author);
    put_text_list(w, "based_on", op.based_on);
}

void write_fields(Writer& w, const RestoreDraftVersion& op) {
    put(w, "draft", op.draft_id);
    put(w, "version", op.version_id);
    put(w, "from", op.from_version_id);
    put(w, "author", op.author);
    put_text_list(w, "based_on", op.based_on);
}

void write_fields(Writer& w, const WithdrawDraftVersion& op) {
    put(w, "draft", op.draft_id);
    put(w, "version", op.version_id);
}

void write_fields(Writer& w, const ReinstateDraftVersion& op) {
    put(w, "draft", op.draft_id);
    put(w, "version", op.version_id);
}

void write_fields(Writer& w, const RenameDraft& op) {
    put(w, "id", op.id);
    put(w, "label", op.label);
}

void write_fields(Writer& w, const MoveDraft& op) {
    put(w, "id", op.id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const DeleteDraft& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreDraft& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const OpenConsentRound& op) {
    put(w, "id", op.id);
    put(w, "subject", consent_subject_name(op.subject));
    put(w, "draft", op.draft_id);
    put(w, "version", op.version_id);
    put(w, "mode", consent_mode_name(op.mode));
}

void write_fields(Writer& w, const SetConsentResponse& op) {
    put(w, "round", op.round_id);
    put(w, "person", op.person);
    put(w, "response", consent_kind_name(op.answer.kind));
    put(w, "reason", op.answer.reason);
}

void write_fields(Writer& w, const AdjustConsentCount& op) {
    put(w, "round", op.round_id);
    put(w, "response", consent_kind_name(op.kind));
    put_int(w, "delta", op.delta);
}

void write_fields(Writer& w, const RecordObjection& op) {
    put(w, "round", op.round_id);
    put(w, "id", op.id);
    put(w, "by", op.by);
    put(w, "reason", op.reason);
}

void write_fields(Writer& w, const ResolveObjection& op) {
    put(w, "round", op.round_id);
    put(w, "id", op.id);
    put(w, "outcome", objection_outcome_name(op.resolution.outcome));
    put(w, "note", op.resolution.note);
}

void write_fields(Writer& w, const DeleteObjection& op) {
    put(w, "round", op.round_id);
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreObjection& op) {
    put(w, "round", op.round_id);
    put(w, "id", op.id);
}

void write_fields(Writer& w, const SetConsentAgreement& op) {
    put(w, "round", op.round_id);
    put_bool(w, "agreed", op.agreement.agreed);
    put(w, "date", op.agreement.date);
    put(w, "review_date", op.agreement.review_date);
}

void write_fields(Writer& w, const DeleteConsentRound& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreConsentRound& op) {
    put(w, "id", op.id);
}

void add_purpose_readers(PayloadReaders& readers) {
    add_reader<AddDraft>(readers, [](const Json& o) {
        return AddDraft{text(o, "id"),      text(o, "label"), text_list(o, "sources"),
                        text(o, "version"), text(o, "text"),  text(o, "author"),
                        number(o, "rank")};
    });
    add_reader<AddDraftVersion>(readers, [](const Json& o) {
        return AddDraftVersion{text(o, "draft"), text(o, "version"), text(o, "text"),
                               text(o, "author"), text_list(o, "based_on")};
    });
    add_reader<RestoreDraftVersion>(readers, [](const Json& o) {
        return RestoreDraftVersion{text(o, "draft"), text(o, "version"), text(o, "from"),
                                   text(o, "author"), text_list(o, "based_on")};
    });
    add_reader<WithdrawDraftVersion>(readers, [](const Json& o) {
        return WithdrawDraftVersion{text(o, "draft"), text(o, "version")};
    });
    add_reader<ReinstateDraftVersion>(readers, [](const Json& o) {
        return ReinstateDraftVersion{text(o, "draft"), text(o, "version")};
    });
    add_reader<RenameDraft>(readers, [](const Json& o) {
        return RenameDraft{text(o, "id"), text(o, "label")};
    });
    add_reader<MoveDraft>(readers, [](const Json& o) {
        return MoveDraft{text(o, "id"), number(o, "rank")};
    });
    add_reader<DeleteDraft>(readers, [](const Json& o) { return DeleteDraft{text(o, "id")}; });
    add_reader<RestoreDraft>(readers, [](const Json& o) { return RestoreDraft{text(o, "id")}; });
    add_reader<OpenConsentRound>(readers, [](const Json& o) {
        return OpenConsentRound{text(o, "id"), consent_subject_from_name(text(o, "subject")),
                                text(o, "draft"), text(o, "version"),
                                consent_mode_from_name(text(o, "mode"))};
    });
    add_reader<SetConsentResponse>(readers, [](const Json& o) {
        return SetConsentResponse{text(o, "round"), text(o, "person"), read_answer(o)};
    });
    add_reader<AdjustConsentCount>(readers, [](const Json& o) {
        return AdjustConsentCount{text(o, "round"), consent_kind_from_name(text(o, "response")),
                                  int_number(o, "delta")};
    });
    add_reader<RecordObjection>(readers, [](const Json& o) {
        return RecordObjection{text(o, "round"), text(o, "id"), text(o, "by"), text(o, "reason")};
    });
    add_reader<ResolveObjection>(readers, [](const Json& o) {
        return ResolveObjection{text(o, "round"),
                                text(o, "id"),
                                {objection_outcome_from_name(text(o, "outcome")), text(o, "note")}};
    });
    add_reader<DeleteObjection>(readers, [](const Json& o) {
        return DeleteObjection{text(o, "round"), text(o, "id")};
    });
    add_reader<RestoreObjection>(readers, [](const Json& o) {
        return RestoreObjection{text(o, "round"), text(o, "id")};
    });
    add_reader<SetConsentAgreement>(readers, [](const Json& o) {
        return SetConsentAgreement{text(o, "round"),
                                   {boolean(o, "agreed"), text(o, "date"), text(o, "review_date")}};
    });
    add_reader<DeleteConsentRound>(readers,
                                   [](const Json& o) { return DeleteConsentRound{text(o, "id")}; });
    add_reader<RestoreConsentRound>(
        readers, [](const Json& o) { return RestoreConsentRound{text(o, "id")}; });
}

void add_harvest_readers(PayloadReaders& readers) {
    add_purpose_readers(readers);
    add_list_readers(readers);
}

}  // namespace hostspace
