#pragma once
// The JSON fields of the voting ops (tags and fields in docs/file-format.md). Internal to the
// op codec in core/session/op_json.cpp.
#include "core/session/op_json_fields.hpp"

namespace hostspace {

void write_fields(op_json::Writer& w, const OpenVotingRound& op);
void write_fields(op_json::Writer& w, const RenameVotingRound& op);
void write_fields(op_json::Writer& w, const CloseVoting& op);
void write_fields(op_json::Writer& w, const ReopenVoting& op);
void write_fields(op_json::Writer& w, const RevealVotes& op);
void write_fields(op_json::Writer& w, const DeleteVotingRound& op);
void write_fields(op_json::Writer& w, const RestoreVotingRound& op);
void write_fields(op_json::Writer& w, const CastDot& op);
void write_fields(op_json::Writer& w, const WithdrawDot& op);
void write_fields(op_json::Writer& w, const AdjustTally& op);

// Adds the readers of every voting op, keyed by tag.
void add_voting_readers(op_json::PayloadReaders& readers);

}  // namespace hostspace
