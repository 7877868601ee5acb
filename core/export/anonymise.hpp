#pragma once
// A copy of a session with people's names taken out, for exports that must name no one: the
// JSON export reads it as it reads any session. Organisations stay.
#include "core/session/session.hpp"

namespace hostspace::doc {

// `anonymous`: every name goes (participants, hosts, note authors, version authors, consent
// responders and objectors, voters, people named on actions, focus items and principles: a
// participant is replaced by their organisation, free text is dropped). Voters and consent
// responders keep distinct keys ("voter 1", "person 2") so ballots and counts still add up.
// Without it, only note authors go, and only where the board hides them.
Session anonymised(const Session& session, bool anonymous);

}  // namespace hostspace::doc
