#pragma once
// How agenda operations fold into an Agenda and how each is undone. Used by session.cpp's
// dispatch; callers use apply() and invert() from session.hpp.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::agenda_ops {

void apply(Agenda& agenda, const AddRound& op, const Op& envelope);
void apply(Agenda& agenda, const EditRound& op, const Op& envelope);
void apply(Agenda& agenda, const SetRoundSteps& op, const Op& envelope);
void apply(Agenda& agenda, const MoveRound& op, const Op& envelope);
void apply(Agenda& agenda, const RemoveRound& op, const Op& envelope);
void apply(Agenda& agenda, const RestoreRound& op, const Op& envelope);
void apply(Agenda& agenda, const SetAgendaStart& op, const Op& envelope);

std::vector<OpPayload> invert(const Agenda& before, const AddRound& op);
std::vector<OpPayload> invert(const Agenda& before, const EditRound& op);
std::vector<OpPayload> invert(const Agenda& before, const SetRoundSteps& op);
std::vector<OpPayload> invert(const Agenda& before, const MoveRound& op);
std::vector<OpPayload> invert(const Agenda& before, const RemoveRound& op);
std::vector<OpPayload> invert(const Agenda& before, const RestoreRound& op);
std::vector<OpPayload> invert(const Agenda& before, const SetAgendaStart& op);

}  // namespace hostspace::agenda_ops
