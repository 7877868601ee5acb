#include "core/timer/talking_piece.hpp"

#include "core/timer/timer_actions.hpp"

namespace hostspace {

TalkingPieceSetting talking_piece_for(const Round& round, const Timer& timer) {
    TalkingPieceSetting setting;
    const RoundTalkingPiece piece = round.talking_piece.value;
    setting.own = piece != RoundTalkingPiece::session;
    setting.on = setting.own ? piece == RoundTalkingPiece::on : timer.talking_piece.value;
    setting.speaker_s = round.speaker_s.value > 0 ? round.speaker_s.value : timer.speaker_s.value;
    return setting;
}

const Round* talking_piece_round(const Session& session, const std::string& selected_round) {
    const Agenda& agenda = session.agenda;
    const Round* selected = selected_round.empty() ? nullptr : agenda.find_round(selected_round);
    if (selected && !selected->removed.value) return selected;
    const TimerRun& run = session.timer.run.value;
    const Round* running = run.idle() ? nullptr : agenda.find_round(run.round_id);
    if (running) return running;
    return agenda.find_round(round_to_start(agenda, ""));
}

EditRound talking_piece_switch(const std::string& round_id, bool on) {
    EditRound edit{round_id, std::nullopt, std::nullopt, std::nullopt};
    edit.talking_piece = on ? RoundTalkingPiece::on : RoundTalkingPiece::off;
    return edit;
}

EditRound speaker_time_edit(const std::string& round_id, int speaker_s) {
    EditRound edit{round_id, std::nullopt, std::nullopt, std::nullopt};
    edit.speaker_s = speaker_s;
    return edit;
}

bool timer_set_going(const TimerRun& before, const TimerRun& after) {
    const bool was_counting = !before.idle() && !before.paused;
    const bool counting = !after.idle() && !after.paused;
    return counting && !was_counting;
}

}  // namespace hostspace
