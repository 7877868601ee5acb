#include "core/session/participants.hpp"

#include "core/util/error.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

std::vector<const Participant*> participants_where(const Session& session, bool removed) {
    std::vector<const Participant*> found;
    for (const Participant& p : session.participants) {
        if (p.removed.value == removed) found.push_back(&p);
    }
    return found;
}

}  // namespace

std::vector<const Participant*> live_participants(const Session& session) {
    return participants_where(session, false);
}

std::vector<const Participant*> removed_participants(const Session& session) {
    return participants_where(session, true);
}

std::string participant_name_problem(const std::string& name) {
    if (trim_space(name).empty()) return "A participant needs a name.";
    return "";
}

AddParticipant add_participant(const std::string& name, const std::string& organisation,
                               const std::string& role,
                               const std::function<std::string()>& new_id) {
    const std::string problem = participant_name_problem(name);
    if (!problem.empty()) throw Error(problem);
    return AddParticipant{new_id(), trim_space(name), trim_space(organisation), trim_space(role)};
}

std::vector<OpPayload> edit_participant(const Session& session, const std::string& id,
                                        ParticipantField field, const std::string& value) {
    const Participant* p = session.find_participant(id);
    if (!p) return {};
    const std::string text = trim_space(value);
    EditParticipant edit{id, {}, {}, {}};
    switch (field) {
        case ParticipantField::name: {
            const std::string problem = participant_name_problem(text);
            if (!problem.empty()) throw Error(problem);
            if (text == p->name.value) return {};
            edit.name = text;
            break;
        }
        case ParticipantField::organisation:
            if (text == p->organisation.value) return {};
            edit.organisation = text;
            break;
        case ParticipantField::role:
            if (text == p->role.value) return {};
            edit.role = text;
            break;
    }
    return {edit};
}

}  // namespace hostspace
