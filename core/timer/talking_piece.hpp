#pragma once
// The talking piece belongs to a round: a check-in circle passes one round, a World Café round
// after it does not. What a round runs with, which round the facilitator's controls set it for,
// and the moment a run is set going (which brings the projector back to the countdown).
#include <string>

#include "core/session/session.hpp"

namespace hostspace {

struct TalkingPieceSetting {
    bool on = false;
    int speaker_s = kDefaultSpeakerS;  // each speaker's time
    bool own = false;  // the round has a setting of its own (else: the session-wide option)
};

// The round's own setting; a round without one (every round saved before rounds had one)
// follows the session-wide option, and a round without its own time per speaker takes the
// session's.
TalkingPieceSetting talking_piece_for(const Round& round, const Timer& timer);

// The round whose talking piece the timer's options show and set: the selected round if it is
// live, else the running round, else the round Start would start (the first). nullptr for an
// empty agenda.
const Round* talking_piece_round(const Session& session, const std::string& selected_round);

// The edits the facilitator's controls commit (one op, one undo step each): the round's talking
// piece on or off, or its time per speaker; either gives the round a setting of its own.
EditRound talking_piece_switch(const std::string& round_id, bool on);
EditRound speaker_time_edit(const std::string& round_id, int speaker_s);

// The run has been set going between two states of the timer: from idle or paused to counting
// down (Start, Resume, a co-host's start folded in). A move from step to step, or a run that
// goes on, is not.
bool timer_set_going(const TimerRun& before, const TimerRun& after);

}  // namespace hostspace
