#pragma once
// The JSON fields of the agenda's ops (tags and fields in docs/file-format.md). Internal to the
// op codec in core/session/op_json.cpp.
#include "core/session/op_json_fields.hpp"

namespace hostspace {

void write_fields(op_json::Writer& w, const AddRound& op);
void write_fields(op_json::Writer& w, const EditRound& op);
void write_fields(op_json::Writer& w, const SetRoundSteps& op);
void write_fields(op_json::Writer& w, const MoveRound& op);
void write_fields(op_json::Writer& w, const RemoveRound& op);
void write_fields(op_json::Writer& w, const RestoreRound& op);
void write_fields(op_json::Writer& w, const SetAgendaStart& op);

// Adds the readers of every agenda op, keyed by tag.
void add_agenda_readers(op_json::PayloadReaders& readers);

}  // namespace hostspace
