#pragma once
// How timer operations fold into a Session and how each is undone. Used by session.cpp's
// dispatch; callers use apply() and invert() from session.hpp.
//
// The run is one register: an op older than the run's last change (a late-arriving pause from
// another device) is ignored, so it cannot rewind a timer that has moved on. In the fold order
// every op is newer than the last, so the fold is exactly the sequence of transitions.
//
// Undo: adjust_timer inverts to the opposite adjustment; pause_timer to resume_timer at the
// pause's own instant (as if it never paused); resume_timer to pause_timer at the resume's
// instant (the same time left as before the resume); set_timer_options to the old values of
// the options it sets; start_round, restart_step, next_step, stop_timer, next_speaker and
// restore_timer to restore_timer with the run as it was. An op that changes nothing (pause
// while paused, anything but start while idle) inverts to nothing.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::timer_ops {

void apply(Session& session, const StartRound& op, const Op& envelope);
void apply(Session& session, const PauseTimer& op, const Op& envelope);
void apply(Session& session, const ResumeTimer& op, const Op& envelope);
void apply(Session& session, const AdjustTimer& op, const Op& envelope);
void apply(Session& session, const RestartStep& op, const Op& envelope);
void apply(Session& session, const NextStep& op, const Op& envelope);
void apply(Session& session, const StopTimer& op, const Op& envelope);
void apply(Session& session, const SetTimerOptions& op, const Op& envelope);
void apply(Session& session, const NextSpeaker& op, const Op& envelope);
void apply(Session& session, const RestoreTimer& op, const Op& envelope);

std::vector<OpPayload> invert(const Session& before, const StartRound& op);
std::vector<OpPayload> invert(const Session& before, const PauseTimer& op);
std::vector<OpPayload> invert(const Session& before, const ResumeTimer& op);
std::vector<OpPayload> invert(const Session& before, const AdjustTimer& op);
std::vector<OpPayload> invert(const Session& before, const RestartStep& op);
std::vector<OpPayload> invert(const Session& before, const NextStep& op);
std::vector<OpPayload> invert(const Session& before, const StopTimer& op);
std::vector<OpPayload> invert(const Session& before, const SetTimerOptions& op);
std::vector<OpPayload> invert(const Session& before, const NextSpeaker& op);
std::vector<OpPayload> invert(const Session& before, const RestoreTimer& op);

}  // namespace hostspace::timer_ops
