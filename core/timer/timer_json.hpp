#pragma once
// The JSON fields of the timer's ops (tags and fields in docs/file-format.md). Internal to the
// op codec in core/session/op_json.cpp.
#include "core/session/op_json_fields.hpp"

namespace hostspace {

void write_fields(op_json::Writer& w, const StartRound& op);
void write_fields(op_json::Writer& w, const PauseTimer& op);
void write_fields(op_json::Writer& w, const ResumeTimer& op);
void write_fields(op_json::Writer& w, const AdjustTimer& op);
void write_fields(op_json::Writer& w, const RestartStep& op);
void write_fields(op_json::Writer& w, const NextStep& op);
void write_fields(op_json::Writer& w, const StopTimer& op);
void write_fields(op_json::Writer& w, const SetTimerOptions& op);
void write_fields(op_json::Writer& w, const NextSpeaker& op);
void write_fields(op_json::Writer& w, const RestoreTimer& op);

// Adds the readers of every timer op, keyed by tag.
void add_timer_readers(op_json::PayloadReaders& readers);

}  // namespace hostspace
