#pragma once
// Every character the windows may write for a session, for their font atlases: its details,
// rounds (titles, questions, steps), participants, themes, notes with their authors and
// organisations, voting rounds, and the harvest.
#include "app/gui/text/char_set.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

void add_session_text(const Session& session, CharSet& chars);

// The same without the notes nobody voted for (their texts, authors and organisations): what
// the projector writes in its large type (titles, the question, speakers, vote results, the
// harvest). Board mode writes notes in its own smaller fonts, which take add_session_text's.
// With thousands of distinct CJK characters on the board, the large type's atlas stays small.
void add_room_text(const Session& session, CharSet& chars);

}  // namespace hostspace::gui
