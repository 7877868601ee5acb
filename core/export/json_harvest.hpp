#pragma once
// The harvest part of the JSON export: "purpose" (drafts with every version, their sources and
// votes, consent rounds and the agreed statement), "principles", "actions" and "focus".
// Internal to core/export (json_export.cpp calls it); docs/file-format.md describes the keys.
#include "core/export/json_votes.hpp"
#include "core/export/json_writer.hpp"
#include "core/session/session.hpp"

namespace hostspace::export_json {

void write_purpose(Writer& w, const Session& session, const VotesByItem& votes);
void write_principles(Writer& w, const Session& session);
void write_actions(Writer& w, const Session& session);
void write_focus(Writer& w, const Session& session);

}  // namespace hostspace::export_json
