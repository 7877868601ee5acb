#include <algorithm>

#include "core/harvest/harvest_apply.hpp"

namespace hostspace::harvest_ops {
namespace {

bool is_linked(const Principle& principle, const std::string& source) {
    for (const SourceLink& link : principle.sources) {
        if (link.id == source) return link.linked.value;
    }
    return false;
}

// The sources whose link the op would change, each once.
std::vector<std::string> changed_links(const Principle& principle, const LinkPrincipleSources& op) {
    std::vector<std::string> changed;
    for (const std::string& source : op.sources) {
        if (is_linked(principle, source) == op.linked) continue;
        if (std::find(changed.begin(), changed.end(), source) != changed.end()) continue;
        changed.push_back(source);
    }
    return changed;
}

// Undo of a delete or a restore: flips the tombstone back, or nothing when it would not change.
template <class Item, class Flip>
std::vector<OpPayload> flip_back(const Item* item, bool deleting, const Flip& flip) {
    if (!item || item->deleted.value == deleting) return {};
    return {flip(item->id)};
}

}  // namespace

// ---- principles --------------------------------------------------------------------------

void apply(Harvest& harvest, const AddPrinciple& op, const Op& envelope) {
    if (harvest.find_principle(op.id)) return;
    const Stamp stamp = envelope.stamp();
    Principle principle;
    principle.id = op.id;
    principle.created_ms = envelope.at_ms;
    principle.title = {op.title, stamp};
    principle.statement = {op.statement, stamp};
    principle.champion = {op.champion, stamp};
    for (const std::string& source : op.sources) {
        if (!is_linked(principle, source)) principle.sources.push_back({source, {true, stamp}});
    }
    principle.rank = {op.rank, stamp};
    principle.deleted = {false, stamp};
    harvest.principles.push_back(std::move(principle));
}

void apply(Harvest& harvest, const EditPrinciple& op, const Op& envelope) {
    Principle* principle = harvest.find_principle(op.id);
    if (!principle) return;
    const Stamp stamp = envelope.stamp();
    if (op.title) principle->title.assign(*op.title, stamp);
    if (op.statement) principle->statement.assign(*op.statement, stamp);
    if (op.champion) principle->champion.assign(*op.champion, stamp);
}

void apply(Harvest& harvest, const MovePrinciple& op, const Op& envelope) {
    if (Principle* principle = harvest.find_principle(op.id)) {
        principle->rank.assign(op.rank, envelope.stamp());
    }
}

void apply(Harvest& harvest, const LinkPrincipleSources& op, const Op& envelope) {
    Principle* principle = harvest.find_principle(op.id);
    if (!principle) return;
    for (const std::string& source : op.sources) {
        auto it = std::find_if(principle->sources.begin(), principle->sources.end(),
                               [&](const SourceLink& link) { return link.id == source; });
        if (it == principle->sources.end()) {
            if (!op.linked) continue;  // never linked: nothing to unlink
            principle->sources.push_back({source, {}});
            it = principle->sources.end() - 1;
        }
        it->linked.assign(op.linked, envelope.stamp());
    }
}

void apply(Harvest& harvest, const DeletePrinciple& op, const Op& envelope) {
    if (Principle* principle = harvest.find_principle(op.id)) {
        principle->deleted.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RestorePrinciple& op, const Op& envelope) {
    if (Principle* principle = harvest.find_principle(op.id)) {
        principle->deleted.assign(false, envelope.stamp());
    }
}

// A line is kept even while its principle is missing or deleted: it shows again with it.
void apply(Harvest& harvest, const AddPrincipleLine& op, const Op& envelope) {
    if (harvest.find_line(op.id)) return;
    const Stamp stamp = envelope.stamp();
    PrincipleLine line;
    line.id = op.id;
    line.place = {op.place, stamp};
    line.text = {op.text, stamp};
    line.deleted = {false, stamp};
    harvest.lines.push_back(std::move(line));
}

void apply(Harvest& harvest, const EditPrincipleLine& op, const Op& envelope) {
    if (PrincipleLine* line = harvest.find_line(op.id))
        line->text.assign(op.text, envelope.stamp());
}

void apply(Harvest& harvest, const MovePrincipleLine& op, const Op& envelope) {
    if (PrincipleLine* line = harvest.find_line(op.id)) {
        line->place.assign(op.place, envelope.stamp());
    }
}

void apply(Harvest& harvest, const DeletePrincipleLine& op, const Op& envelope) {
    if (PrincipleLine* line = harvest.find_line(op.id))
        line->deleted.assign(true, envelope.stamp());
}

void apply(Harvest& harvest, const RestorePrincipleLine& op, const Op& envelope) {
    if (PrincipleLine* line = harvest.find_line(op.id)) {
        line->deleted.assign(false, envelope.stamp());
    }
}

// ---- actions and focus -------------------------------------------------------------------

void apply(Harvest& harvest, const AddAction& op, const Op& envelope) {
    if (harvest.find_action(op.id)) return;
    const Stamp stamp = envelope.stamp();
    Action action;
    action.id = op.id;
    action.created_ms = envelope.at_ms;
    action.what = {op.what, stamp};
    action.who = {op.who, stamp};
    action.due = {op.due, stamp};
    action.status = {ActionStatus::open, stamp};
    action.principle_id = {op.principle_id, stamp};
    action.rank = {op.rank, stamp};
    action.deleted = {false, stamp};
    harvest.actions.push_back(std::move(action));
}

void apply(Harvest& harvest, const EditAction& op, const Op& envelope) {
    Action* action = harvest.find_action(op.id);
    if (!action) return;
    const Stamp stamp = envelope.stamp();
    if (op.what) action->what.assign(*op.what, stamp);
    if (op.who) action->who.assign(*op.who, stamp);
    if (op.due) action->due.assign(*op.due, stamp);
    if (op.status) action->status.assign(*op.status, stamp);
    if (op.principle_id) action->principle_id.assign(*op.principle_id, stamp);
}

void apply(Harvest& harvest, const MoveAction& op, const Op& envelope) {
    if (Action* action = harvest.find_action(op.id)) action->rank.assign(op.rank, envelope.stamp());
}

void apply(Harvest& harvest, const DeleteAction& op, const Op& envelope) {
    if (Action* action = harvest.find_action(op.id)) {
        action->deleted.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RestoreAction& op, const Op& envelope) {
    if (Action* action = harvest.find_action(op.id)) {
        action->deleted.assign(false, envelope.stamp());
    }
}

void apply(Harvest& harvest, const AddFocusItem& op, const Op& envelope) {
    if (harvest.find_focus_item(op.id)) return;
    const Stamp stamp = envelope.stamp();
    FocusItem item;
    item.id = op.id;
    item.created_ms = envelope.at_ms;
    item.question = {op.question, stamp};
    item.who = {op.who, stamp};
    item.when = {op.when, stamp};
    item.rank = {op.rank, stamp};
    item.deleted = {false, stamp};
    harvest.focus.push_back(std::move(item));
}

void apply(Harvest& harvest, const EditFocusItem& op, const Op& envelope) {
    FocusItem* item = harvest.find_focus_item(op.id);
    if (!item) return;
    const Stamp stamp = envelope.stamp();
    if (op.question) item->question.assign(*op.question, stamp);
    if (op.who) item->who.assign(*op.who, stamp);
    if (op.when) item->when.assign(*op.when, stamp);
}

void apply(Harvest& harvest, const MoveFocusItem& op, const Op& envelope) {
    if (FocusItem* item = harvest.find_focus_item(op.id)) {
        item->rank.assign(op.rank, envelope.stamp());
    }
}

void apply(Harvest& harvest, const DeleteFocusItem& op, const Op& envelope) {
    if (FocusItem* item = harvest.find_focus_item(op.id)) {
        item->deleted.assign(true, envelope.stamp());
    }
}

void apply(Harvest& harvest, const RestoreFocusItem& op, const Op& envelope) {
    if (FocusItem* item = harvest.find_focus_item(op.id)) {
        item->deleted.assign(false, envelope.stamp());
    }
}

// ---- inverses ----------------------------------------------------------------------------

std::vector<OpPayload> invert(const Harvest& before, const AddPrinciple& op) {
    if (before.find_principle(op.id)) return {};
    return {DeletePrinciple{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const EditPrinciple& op) {
    const Principle* principle = before.find_principle(op.id);
    if (!principle) return {};
    // Put back only the fields the edit changes, so undo leaves a co-host's edit of another
    // field alone.
    EditPrinciple back{op.id};
    if (op.title && *op.title != principle->title.value) back.title = principle->title.value;
    if (op.statement && *op.statement != principle->statement.value) {
        back.statement = principle->statement.value;
    }
    if (op.champion && *op.champion != principle->champion.value) {
        back.champion = principle->champion.value;
    }
    if (!back.title && !back.statement && !back.champion) return {};
    return {back};
}

std::vector<OpPayload> invert(const Harvest& before, const MovePrinciple& op) {
    const Principle* principle = before.find_principle(op.id);
    if (!principle || principle->rank.value == op.rank) return {};
    return {MovePrinciple{op.id, principle->rank.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const LinkPrincipleSources& op) {
    const Principle* principle = before.find_principle(op.id);
    if (!principle) return {};
    std::vector<std::string> changed = changed_links(*principle, op);
    if (changed.empty()) return {};
    return {LinkPrincipleSources{op.id, std::move(changed), !op.linked}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeletePrinciple& op) {
    return flip_back(before.find_principle(op.id), true,
                     [](const std::string& id) { return RestorePrinciple{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const RestorePrinciple& op) {
    return flip_back(before.find_principle(op.id), false,
                     [](const std::string& id) { return DeletePrinciple{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const AddPrincipleLine& op) {
    if (before.find_line(op.id)) return {};
    return {DeletePrincipleLine{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const EditPrincipleLine& op) {
    const PrincipleLine* line = before.find_line(op.id);
    if (!line || line->text.value == op.text) return {};
    return {EditPrincipleLine{op.id, line->text.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const MovePrincipleLine& op) {
    const PrincipleLine* line = before.find_line(op.id);
    if (!line || line->place.value == op.place) return {};
    return {MovePrincipleLine{op.id, line->place.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeletePrincipleLine& op) {
    return flip_back(before.find_line(op.id), true,
                     [](const std::string& id) { return RestorePrincipleLine{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const RestorePrincipleLine& op) {
    return flip_back(before.find_line(op.id), false,
                     [](const std::string& id) { return DeletePrincipleLine{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const AddAction& op) {
    if (before.find_action(op.id)) return {};
    return {DeleteAction{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const EditAction& op) {
    const Action* action = before.find_action(op.id);
    if (!action) return {};
    EditAction back{op.id};
    if (op.what && *op.what != action->what.value) back.what = action->what.value;
    if (op.who && *op.who != action->who.value) back.who = action->who.value;
    if (op.due && *op.due != action->due.value) back.due = action->due.value;
    if (op.status && *op.status != action->status.value) back.status = action->status.value;
    if (op.principle_id && *op.principle_id != action->principle_id.value) {
        back.principle_id = action->principle_id.value;
    }
    if (!back.what && !back.who && !back.due && !back.status && !back.principle_id) return {};
    return {back};
}

std::vector<OpPayload> invert(const Harvest& before, const MoveAction& op) {
    const Action* action = before.find_action(op.id);
    if (!action || action->rank.value == op.rank) return {};
    return {MoveAction{op.id, action->rank.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeleteAction& op) {
    return flip_back(before.find_action(op.id), true,
                     [](const std::string& id) { return RestoreAction{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreAction& op) {
    return flip_back(before.find_action(op.id), false,
                     [](const std::string& id) { return DeleteAction{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const AddFocusItem& op) {
    if (before.find_focus_item(op.id)) return {};
    return {DeleteFocusItem{op.id}};
}

std::vector<OpPayload> invert(const Harvest& before, const EditFocusItem& op) {
    const FocusItem* item = before.find_focus_item(op.id);
    if (!item) return {};
    EditFocusItem back{op.id};
    if (op.question && *op.question != item->question.value) back.question = item->question.value;
    if (op.who && *op.who != item->who.value) back.who = item->who.value;
    if (op.when && *op.when != item->when.value) back.when = item->when.value;
    if (!back.question && !back.who && !back.when) return {};
    return {back};
}

std::vector<OpPayload> invert(const Harvest& before, const MoveFocusItem& op) {
    const FocusItem* item = before.find_focus_item(op.id);
    if (!item || item->rank.value == op.rank) return {};
    return {MoveFocusItem{op.id, item->rank.value}};
}

std::vector<OpPayload> invert(const Harvest& before, const DeleteFocusItem& op) {
    return flip_back(before.find_focus_item(op.id), true,
                     [](const std::string& id) { return RestoreFocusItem{id}; });
}

std::vector<OpPayload> invert(const Harvest& before, const RestoreFocusItem& op) {
    return flip_back(before.find_focus_item(op.id), false,
                     [](const std::string& id) { return DeleteFocusItem{id}; });
}

}  // namespace hostspace::harvest_ops
