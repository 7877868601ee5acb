#pragma once
// The session as a JSON document for people and scripts: what the room produced, without the
// bookkeeping (stamps, tombstones). docs/file-format.md describes it.
#include <string>

#include "core/session/session.hpp"

namespace hostspace {

// 2: the harvest ("purpose", "principles", "actions", "focus"); every key of 1 is unchanged.
constexpr int kJsonExportVersion = 2;

// Live notes, groups and rounds only, and the timer as stored (which round and step runs, and
// since when: no time left, as an export has no clock); rounds in agenda order with their planned
// times (null when the agenda has no start time). A note's "group" is its group's title, or null
// when it is in no group (or its group was deleted). Notes and groups carry their "votes" per
// voting round; "voting_rounds" lists the rounds with rules and ranked results (ballots by name
// only in a named round). The harvest follows: "purpose" (live drafts with every version,
// sources and votes, consent rounds, the agreed statement), "principles", "actions", "focus".
// Text is emitted byte for byte (JSON-escaped, UTF-8).
std::string export_session_json(const Session& session);

}  // namespace hostspace
