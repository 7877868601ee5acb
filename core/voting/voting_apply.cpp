#include "core/voting/voting_apply.hpp"

#include <algorithm>

#include "core/voting/voting_rules.hpp"

namespace hostspace::voting_ops {
namespace {

VotingRound* live_round(Session& session, const std::string& id) {
    VotingRound* round = session.voting.find_round(id);
    return round && !round->deleted.value ? round : nullptr;
}

// The change a tally delta really makes: the count never goes below zero.
int effective_delta(const VotingRound& round, const AdjustTally& change) {
    const int now = round.tally_of(change.item_id);
    return std::max(0, now + change.delta) - now;
}

}  // namespace

void apply(Session& session, const OpenVotingRound& op, const Op& envelope) {
    if (session.voting.find_round(op.id)) return;
    const Stamp stamp = envelope.stamp();
    VotingRound round;
    round.id = op.id;
    round.opened_ms = envelope.at_ms;
    round.title = {op.title, stamp};
    round.rules = op.rules;
    round.rules.dots_per_person = std::max(1, round.rules.dots_per_person);
    round.rules.per_item_max = std::max(0, round.rules.per_item_max);
    round.closed = {false, stamp};
    round.revealed = {false, stamp};
    round.deleted = {false, stamp};
    session.voting.rounds.push_back(std::move(round));
}

void apply(Session& session, const RenameVotingRound& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->title.assign(op.title, envelope.stamp());
    }
}

void apply(Session& session, const CloseVoting& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->closed.assign(true, envelope.stamp());
    }
}

void apply(Session& session, const ReopenVoting& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->closed.assign(false, envelope.stamp());
    }
}

void apply(Session& session, const RevealVotes& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->revealed.assign(op.revealed, envelope.stamp());
    }
}

void apply(Session& session, const DeleteVotingRound& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->deleted.assign(true, envelope.stamp());
    }
}

void apply(Session& session, const RestoreVotingRound& op, const Op& envelope) {
    if (VotingRound* round = session.voting.find_round(op.id)) {
        round->deleted.assign(false, envelope.stamp());
    }
}

void apply(Session& session, const CastDot& op, const Op& envelope) {
    // A dot that breaks the rules at its place in the fold never counts (see the header).
    if (dot_refusal(session, op)) return;
    VotingRound& round = *live_round(session, op.round_id);
    if (Dot* dot = round.find_dot(op.id)) {
        dot->live.assign(true, envelope.stamp());  // a withdrawn dot cast again (a redo)
        return;
    }
    Dot dot;
    dot.id = op.id;
    dot.item_id = op.item_id;
    dot.voter = op.voter;
    dot.live = {true, envelope.stamp()};
    round.dot_index.emplace(op.id, round.dots.size());
    round.dots.push_back(std::move(dot));
}

void apply(Session& session, const WithdrawDot& op, const Op& envelope) {
    if (withdraw_refusal(session, op)) return;
    live_round(session, op.round_id)->find_dot(op.id)->live.assign(false, envelope.stamp());
}

void apply(Session& session, const AdjustTally& op, const Op&) {
    if (VotingRound* round = live_round(session, op.round_id)) {
        if (round->closed.value || !item_in_round(session, *round, op.item_id)) return;
        const int delta = effective_delta(*round, op);
        if (delta != 0) round->tally[op.item_id] += delta;
    }
}

// ---- inverses ----------------------------------------------------------------------------

std::vector<OpPayload> invert(const Session& before, const OpenVotingRound& op) {
    if (before.voting.find_round(op.id)) return {};
    return {DeleteVotingRound{op.id}};
}

std::vector<OpPayload> invert(const Session& before, const RenameVotingRound& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || round->title.value == op.title) return {};
    return {RenameVotingRound{op.id, round->title.value}};
}

std::vector<OpPayload> invert(const Session& before, const CloseVoting& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || round->closed.value) return {};
    return {ReopenVoting{op.id}};
}

std::vector<OpPayload> invert(const Session& before, const ReopenVoting& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || !round->closed.value) return {};
    return {CloseVoting{op.id}};
}

std::vector<OpPayload> invert(const Session& before, const RevealVotes& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || round->revealed.value == op.revealed) return {};
    return {RevealVotes{op.id, round->revealed.value}};
}

std::vector<OpPayload> invert(const Session& before, const DeleteVotingRound& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || round->deleted.value) return {};
    return {RestoreVotingRound{op.id}};
}

std::vector<OpPayload> invert(const Session& before, const RestoreVotingRound& op) {
    const VotingRound* round = before.voting.find_round(op.id);
    if (!round || !round->deleted.value) return {};
    return {DeleteVotingRound{op.id}};
}

std::vector<OpPayload> invert(const Session& before, const CastDot& op) {
    if (dot_refusal(before, op)) return {};
    return {WithdrawDot{op.id, op.round_id}};
}

std::vector<OpPayload> invert(const Session& before, const WithdrawDot& op) {
    if (withdraw_refusal(before, op)) return {};
    const Dot& dot = *before.voting.find_round(op.round_id)->find_dot(op.id);
    return {CastDot{dot.id, op.round_id, dot.item_id, dot.voter}};
}

std::vector<OpPayload> invert(const Session& before, const AdjustTally& op) {
    const VotingRound* round = before.voting.find_round(op.round_id);
    if (!round || round->deleted.value || round->closed.value ||
        !item_in_round(before, *round, op.item_id)) {
        return {};
    }
    const int delta = effective_delta(*round, op);
    if (delta == 0) return {};
    return {AdjustTally{op.round_id, op.item_id, -delta}};
}

}  // namespace hostspace::voting_ops
