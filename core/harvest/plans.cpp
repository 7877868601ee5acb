#include "core/harvest/plans.hpp"

#include "core/harvest/ranked.hpp"
#include "core/session/meta.hpp"
#include "core/util/text.hpp"

namespace hostspace {

std::vector<const Action*> actions_in_order(const Harvest& harvest) {
    return in_rank_order(harvest.actions,
                         [](const Action& action) { return !action.deleted.value; });
}

std::vector<const FocusItem*> focus_in_order(const Harvest& harvest) {
    return in_rank_order(harvest.focus, [](const FocusItem& item) { return !item.deleted.value; });
}

std::vector<const Action*> actions_of_principle(const Harvest& harvest,
                                                const std::string& principle_id) {
    return in_rank_order(harvest.actions, [&](const Action& action) {
        return !action.deleted.value && action.principle_id.value == principle_id;
    });
}

AddAction new_action(const Harvest& harvest, const std::string& id, const std::string& what,
                     const Assignee& who, const std::string& due, const std::string& principle_id) {
    return AddAction{id,           what,
                     who,          due,
                     principle_id, rank_after(harvest.actions, [](const Action&) { return true; })};
}

AddFocusItem new_focus_item(const Harvest& harvest, const std::string& id,
                            const std::string& question, const Assignee& who,
                            const std::string& when) {
    return AddFocusItem{id, question, who, when,
                        rank_after(harvest.focus, [](const FocusItem&) { return true; })};
}

std::vector<OpPayload> move_action_to(const Harvest& harvest, const std::string& id,
                                      std::size_t index) {
    std::vector<OpPayload> ops;
    for (const RankChange& change : moves_to_index(actions_in_order(harvest), id, index)) {
        ops.push_back(MoveAction{change.id, change.rank});
    }
    return ops;
}

std::vector<OpPayload> move_focus_item_to(const Harvest& harvest, const std::string& id,
                                          std::size_t index) {
    std::vector<OpPayload> ops;
    for (const RankChange& change : moves_to_index(focus_in_order(harvest), id, index)) {
        ops.push_back(MoveFocusItem{change.id, change.rank});
    }
    return ops;
}

std::vector<OpPayload> toggle_action_done(const Harvest& harvest, const std::string& id) {
    const Action* action = harvest.find_action(id);
    if (!action || action->deleted.value) return {};
    EditAction edit{id};
    edit.status =
        action->status.value == ActionStatus::done ? ActionStatus::open : ActionStatus::done;
    return {edit};
}

std::optional<std::string> action_what_refusal(const std::string& what) {
    if (!trim_space(what).empty()) return std::nullopt;
    return "Say what the action is: what will be done.";
}

std::optional<std::string> due_date_refusal(const std::string& due) {
    const std::string problem = meta_value_problem(MetaField::date, due);
    if (problem.empty()) return std::nullopt;
    return problem;
}

std::optional<std::string> focus_question_refusal(const std::string& question) {
    if (!trim_space(question).empty()) return std::nullopt;
    return "Write the question that needs deeper discussion.";
}

std::optional<std::string> action_principle_refusal(const Harvest& harvest,
                                                    const std::string& principle_id) {
    if (principle_id.empty()) return std::nullopt;
    const Principle* principle = harvest.find_principle(principle_id);
    if (!principle) return "There is no such principle.";
    if (principle->deleted.value) return "That principle was deleted: restore it first.";
    return std::nullopt;
}

Assignee assignee_for(const Participant& participant) {
    return Assignee{participant.id, participant.name.value};
}

std::string assignee_name(const Session& session, const Assignee& assignee) {
    if (!assignee.participant_id.empty()) {
        if (const Participant* person = session.find_participant(assignee.participant_id)) {
            return person->name.value;
        }
    }
    return assignee.name;
}

}  // namespace hostspace
