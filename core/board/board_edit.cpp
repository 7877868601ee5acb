#include "core/board/board_edit.hpp"

#include <algorithm>
#include <cmath>

namespace hostspace {
namespace {

const Note* live_note(const Board& board, const std::string& id) {
    const Note* note = board.find_note(id);
    return note && !note->deleted.value ? note : nullptr;
}

Vec2 moved(Vec2 from, Vec2 delta) {
    return Vec2{std::max(0.0f, std::round(from.x + delta.x)),
                std::max(0.0f, std::round(from.y + delta.y))};
}

}  // namespace

std::vector<OpPayload> move_notes(const Board& board, const std::vector<std::string>& ids,
                                  Vec2 delta) {
    std::vector<OpPayload> ops;
    for (const std::string& id : ids) {
        const Note* note = live_note(board, id);
        if (!note) continue;
        const Vec2 to = moved(note->position.value, delta);
        if (!(to == note->position.value)) ops.push_back(MoveNote{id, to});
    }
    return ops;
}

std::vector<OpPayload> drop_notes(const Board& board, const std::vector<std::string>& ids,
                                  Vec2 delta, const std::string& group_id) {
    const Group* group = group_id.empty() ? nullptr : board.find_group(group_id);
    if (!group_id.empty() && (!group || group->deleted.value)) return move_notes(board, ids, delta);
    std::vector<OpPayload> ops = move_notes(board, ids, delta);
    for (OpPayload& op : assign_notes_to_group(board, ids, group_id)) ops.push_back(std::move(op));
    return ops;
}

std::vector<OpPayload> assign_notes_to_group(const Board& board,
                                             const std::vector<std::string>& ids,
                                             const std::string& group_id) {
    std::vector<OpPayload> ops;
    for (const std::string& id : ids) {
        const Note* note = live_note(board, id);
        if (note && note->group_id.value != group_id) {
            ops.push_back(AssignNoteToGroup{id, group_id});
        }
    }
    return ops;
}

std::vector<OpPayload> recolour_notes(const Board& board, const std::vector<std::string>& ids,
                                      const std::string& colour) {
    std::vector<OpPayload> ops;
    for (const std::string& id : ids) {
        const Note* note = live_note(board, id);
        if (note && note->colour.value != colour) ops.push_back(SetNoteColour{id, colour});
    }
    return ops;
}

std::vector<OpPayload> delete_notes(const Board& board, const std::vector<std::string>& ids) {
    std::vector<OpPayload> ops;
    for (const std::string& id : ids) {
        if (live_note(board, id)) ops.push_back(DeleteNote{id});
    }
    return ops;
}

std::vector<OpPayload> duplicate_notes(const Board& board, const std::vector<std::string>& ids,
                                       Vec2 offset, const std::function<std::string()>& new_id,
                                       std::vector<std::string>* created) {
    std::vector<OpPayload> ops;
    for (const std::string& id : ids) {
        const Note* note = live_note(board, id);
        if (!note) continue;
        AddNote copy{new_id(),
                     note->text.value,
                     note->author.value,
                     note->organisation.value,
                     note->colour.value,
                     note->group_id.value,
                     moved(note->position.value, offset)};
        if (created) created->push_back(copy.id);
        ops.push_back(std::move(copy));
    }
    return ops;
}

std::vector<std::string> groups_of_notes(const Board& board, const std::vector<std::string>& ids) {
    std::vector<std::string> groups;
    for (const std::string& id : ids) {
        const Note* note = board.find_note(id);
        if (!note || note->deleted.value || note->group_id.value.empty()) continue;
        const Group* group = board.find_group(note->group_id.value);
        if (!group || group->deleted.value) continue;
        if (std::find(groups.begin(), groups.end(), group->id) == groups.end()) {
            groups.push_back(group->id);
        }
    }
    return groups;
}

std::vector<OpPayload> toggle_groups_collapsed(const Board& board,
                                               const std::vector<std::string>& group_ids) {
    std::vector<const Group*> groups;
    for (const std::string& id : group_ids) {
        const Group* group = board.find_group(id);
        if (group && !group->deleted.value &&
            std::find(groups.begin(), groups.end(), group) == groups.end()) {
            groups.push_back(group);
        }
    }
    const bool collapse = std::any_of(groups.begin(), groups.end(),
                                      [](const Group* g) { return !g->collapsed.value; });
    std::vector<OpPayload> ops;
    for (const Group* group : groups) {
        if (group->collapsed.value != collapse)
            ops.push_back(SetGroupCollapsed{group->id, collapse});
    }
    return ops;
}

}  // namespace hostspace
