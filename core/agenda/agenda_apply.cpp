#include "core/agenda/agenda_apply.hpp"

namespace hostspace::agenda_ops {

void apply(Agenda& agenda, const AddRound& op, const Op& envelope) {
    if (agenda.find_round(op.id)) return;  // a replayed or duplicated add changes nothing
    const Stamp stamp = envelope.stamp();
    Round round;
    round.id = op.id;
    round.method_id = op.method_id;
    round.title = {op.title, stamp};
    round.question = {op.question, stamp};
    round.duration_s = {op.duration_s, stamp};
    round.steps = {op.steps, stamp};
    round.talking_piece = {op.talking_piece, stamp};
    round.speaker_s = {op.speaker_s, stamp};
    round.rank = {op.rank, stamp};
    round.removed = {false, stamp};
    agenda.rounds.push_back(std::move(round));
}

void apply(Agenda& agenda, const EditRound& op, const Op& envelope) {
    Round* round = agenda.find_round(op.id);
    if (!round) return;
    const Stamp stamp = envelope.stamp();
    if (op.title) round->title.assign(*op.title, stamp);
    if (op.question) round->question.assign(*op.question, stamp);
    if (op.duration_s) round->duration_s.assign(*op.duration_s, stamp);
    if (op.talking_piece) round->talking_piece.assign(*op.talking_piece, stamp);
    if (op.speaker_s) round->speaker_s.assign(*op.speaker_s, stamp);
}

void apply(Agenda& agenda, const SetRoundSteps& op, const Op& envelope) {
    if (Round* round = agenda.find_round(op.id)) round->steps.assign(op.steps, envelope.stamp());
}

void apply(Agenda& agenda, const MoveRound& op, const Op& envelope) {
    if (Round* round = agenda.find_round(op.id)) round->rank.assign(op.rank, envelope.stamp());
}

void apply(Agenda& agenda, const RemoveRound& op, const Op& envelope) {
    if (Round* round = agenda.find_round(op.id)) round->removed.assign(true, envelope.stamp());
}

void apply(Agenda& agenda, const RestoreRound& op, const Op& envelope) {
    if (Round* round = agenda.find_round(op.id)) round->removed.assign(false, envelope.stamp());
}

void apply(Agenda& agenda, const SetAgendaStart& op, const Op& envelope) {
    agenda.start_ms.assign(op.start_ms, envelope.stamp());
}

// ---- inverses ----------------------------------------------------------------------------
// Each inverse restores what `before` held; an op on a missing round inverts to nothing.

std::vector<OpPayload> invert(const Agenda& before, const AddRound& op) {
    if (before.find_round(op.id)) return {};
    return {RemoveRound{op.id}};
}

std::vector<OpPayload> invert(const Agenda& before, const EditRound& op) {
    const Round* round = before.find_round(op.id);
    if (!round) return {};
    // Put back only the fields the edit changes, so undo leaves a co-host's edit of another
    // field alone.
    EditRound back{op.id, {}, {}, {}};
    if (op.title && *op.title != round->title.value) back.title = round->title.value;
    if (op.question && *op.question != round->question.value) {
        back.question = round->question.value;
    }
    if (op.duration_s && *op.duration_s != round->duration_s.value) {
        back.duration_s = round->duration_s.value;
    }
    if (op.talking_piece && *op.talking_piece != round->talking_piece.value) {
        back.talking_piece = round->talking_piece.value;
    }
    if (op.speaker_s && *op.speaker_s != round->speaker_s.value) {
        back.speaker_s = round->speaker_s.value;
    }
    if (!back.title && !back.question && !back.duration_s && !back.talking_piece &&
        !back.speaker_s) {
        return {};
    }
    return {back};
}

std::vector<OpPayload> invert(const Agenda& before, const SetRoundSteps& op) {
    const Round* round = before.find_round(op.id);
    if (!round || round->steps.value == op.steps) return {};
    return {SetRoundSteps{op.id, round->steps.value}};
}

std::vector<OpPayload> invert(const Agenda& before, const MoveRound& op) {
    const Round* round = before.find_round(op.id);
    if (!round || round->rank.value == op.rank) return {};
    return {MoveRound{op.id, round->rank.value}};
}

std::vector<OpPayload> invert(const Agenda& before, const RemoveRound& op) {
    const Round* round = before.find_round(op.id);
    if (!round || round->removed.value) return {};
    return {RestoreRound{op.id}};
}

std::vector<OpPayload> invert(const Agenda& before, const RestoreRound& op) {
    const Round* round = before.find_round(op.id);
    if (!round || !round->removed.value) return {};
    return {RemoveRound{op.id}};
}

std::vector<OpPayload> invert(const Agenda& before, const SetAgendaStart& op) {
    if (before.start_ms.value == op.start_ms) return {};
    return {SetAgendaStart{before.start_ms.value}};
}

}  // namespace hostspace::agenda_ops
