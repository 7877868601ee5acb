#pragma once
// Actions and next focus items for the views: the ordered lists, who each names, the ops to add
// one at the end, move one, tick an action done, and the rules for what is typed (an action
// says what; a date is a real day written YYYY-MM-DD).
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

std::vector<const Action*> actions_in_order(const Harvest& harvest);   // live ones
std::vector<const FocusItem*> focus_in_order(const Harvest& harvest);  // live ones
// The live actions linked to a principle, in order.
std::vector<const Action*> actions_of_principle(const Harvest& harvest,
                                                const std::string& principle_id);

// New rows after the others.
AddAction new_action(const Harvest& harvest, const std::string& id, const std::string& what = "",
                     const Assignee& who = {}, const std::string& due = "",
                     const std::string& principle_id = "");
AddFocusItem new_focus_item(const Harvest& harvest, const std::string& id,
                            const std::string& question = "", const Assignee& who = {},
                            const std::string& when = "");

std::vector<OpPayload> move_action_to(const Harvest& harvest, const std::string& id,
                                      std::size_t index);
std::vector<OpPayload> move_focus_item_to(const Harvest& harvest, const std::string& id,
                                          std::size_t index);
// Open -> done, done -> open.
std::vector<OpPayload> toggle_action_done(const Harvest& harvest, const std::string& id);

// Why a typed value must not be saved, or nothing.
std::optional<std::string> action_what_refusal(const std::string& what);
std::optional<std::string> due_date_refusal(const std::string& due);  // "" is fine: no date
std::optional<std::string> focus_question_refusal(const std::string& question);
// A principle an action may link to: "" (none) or a live principle.
std::optional<std::string> action_principle_refusal(const Harvest& harvest,
                                                    const std::string& principle_id);

// A participant as an assignee; the name is kept too, so it still reads if they are removed.
Assignee assignee_for(const Participant& participant);
// The name to show: the participant's current name, else the text typed.
std::string assignee_name(const Session& session, const Assignee& assignee);

}  // namespace hostspace
