#pragma once
// Who is in the room, as the window edits it: the live and removed participants in list order,
// and the ops that add, correct, remove and restore one. The talking piece goes round the live
// participants in this order.
#include <functional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// Participants not removed, in the order they were added.
std::vector<const Participant*> live_participants(const Session& session);
// Removed participants (restorable), in the order they were added.
std::vector<const Participant*> removed_participants(const Session& session);

// Why `name` cannot be a participant's name ("" when it can): a name is required.
std::string participant_name_problem(const std::string& name);

// The op that adds a participant, its fields trimmed, with an id from `new_id`. Throws
// hostspace::Error with participant_name_problem() when the name is blank.
AddParticipant add_participant(const std::string& name, const std::string& organisation,
                               const std::string& role, const std::function<std::string()>& new_id);

enum class ParticipantField { name, organisation, role };

// The op that sets one field of participant `id` to `value` (trimmed): empty when the
// participant is missing or already has that value. Throws hostspace::Error when a name would
// become blank.
std::vector<OpPayload> edit_participant(const Session& session, const std::string& id,
                                        ParticipantField field, const std::string& value);

}  // namespace hostspace
