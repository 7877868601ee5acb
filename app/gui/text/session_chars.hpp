#pragma once
// Every character the windows may write for a session, for their font atlases: its details,
// rounds (titles, questions, steps), participants, themes, notes with their authors and
// organisations, voting rounds, and the harvest.
#include "app/gui/text/char_set.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

void add_session_text(const Session& session, CharSet& chars);

}  // namespace hostspace::gui
