#pragma once
// How voting ops fold into a Session and how each is undone. Used by session.cpp's dispatch;
// callers use apply() and invert() from session.hpp. A dot is checked against the rules when
// it is folded (voting_rules.hpp), so every device that folds the same ops in the same order
// counts the same dots: no voter goes over budget even when two laptops take ballots at once.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::voting_ops {

void apply(Session& session, const OpenVotingRound& op, const Op& envelope);
void apply(Session& session, const RenameVotingRound& op, const Op& envelope);
void apply(Session& session, const CloseVoting& op, const Op& envelope);
void apply(Session& session, const ReopenVoting& op, const Op& envelope);
void apply(Session& session, const RevealVotes& op, const Op& envelope);
void apply(Session& session, const DeleteVotingRound& op, const Op& envelope);
void apply(Session& session, const RestoreVotingRound& op, const Op& envelope);
void apply(Session& session, const CastDot& op, const Op& envelope);
void apply(Session& session, const WithdrawDot& op, const Op& envelope);
void apply(Session& session, const AdjustTally& op, const Op& envelope);

std::vector<OpPayload> invert(const Session& before, const OpenVotingRound& op);
std::vector<OpPayload> invert(const Session& before, const RenameVotingRound& op);
std::vector<OpPayload> invert(const Session& before, const CloseVoting& op);
std::vector<OpPayload> invert(const Session& before, const ReopenVoting& op);
std::vector<OpPayload> invert(const Session& before, const RevealVotes& op);
std::vector<OpPayload> invert(const Session& before, const DeleteVotingRound& op);
std::vector<OpPayload> invert(const Session& before, const RestoreVotingRound& op);
std::vector<OpPayload> invert(const Session& before, const CastDot& op);
std::vector<OpPayload> invert(const Session& before, const WithdrawDot& op);
std::vector<OpPayload> invert(const Session& before, const AdjustTally& op);

}  // namespace hostspace::voting_ops
