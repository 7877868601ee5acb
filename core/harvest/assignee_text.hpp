#pragma once
// Who an action, a focus item or a champion names, from what the facilitator typed: a
// participant of the session when the text is one's name, else the text itself. So typing
// "Ruth" links Ruth (her later renames follow), and "the youth council" stays free text.
#include <string>

#include "core/harvest/harvest.hpp"
#include "core/session/session.hpp"

namespace hostspace {

// Spaces around the text are dropped; "" gives nobody. A live participant whose name matches
// (ignoring ASCII case) is chosen; the first one in the session's order when two share it.
Assignee assignee_from_text(const Session& session, const std::string& text);

}  // namespace hostspace
