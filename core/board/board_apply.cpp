#include "core/board/board_apply.hpp"

namespace hostspace::board_ops {

void apply(Board& board, const AddNote& op, const Op& envelope) {
    if (board.note_index.count(op.id)) return;  // a replayed or duplicated add changes nothing
    const Stamp stamp = envelope.stamp();
    Note note;
    note.id = op.id;
    note.created_ms = envelope.at_ms;
    note.edited_ms = envelope.at_ms;
    note.text = {op.text, stamp};
    note.author = {op.author, stamp};
    note.organisation = {op.organisation, stamp};
    note.colour = {op.colour, stamp};
    note.position = {op.position, stamp};
    note.group_id = {op.group_id, stamp};
    note.deleted = {false, stamp};
    board.note_index.emplace(op.id, board.notes.size());
    board.notes.push_back(std::move(note));
}

void apply(Board& board, const EditNoteText& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) {
        if (note->text.assign(op.text, envelope.stamp())) note->edited_ms = envelope.at_ms;
    }
}

void apply(Board& board, const SetNoteAuthor& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) {
        note->author.assign(op.author, envelope.stamp());
        note->organisation.assign(op.organisation, envelope.stamp());
    }
}

void apply(Board& board, const MoveNote& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) note->position.assign(op.position, envelope.stamp());
}

void apply(Board& board, const SetNoteColour& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) note->colour.assign(op.colour, envelope.stamp());
}

void apply(Board& board, const AssignNoteToGroup& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) note->group_id.assign(op.group_id, envelope.stamp());
}

void apply(Board& board, const DeleteNote& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) note->deleted.assign(true, envelope.stamp());
}

void apply(Board& board, const RestoreNote& op, const Op& envelope) {
    if (Note* note = board.find_note(op.id)) note->deleted.assign(false, envelope.stamp());
}

void apply(Board& board, const AddGroup& op, const Op& envelope) {
    if (board.group_index.count(op.id)) return;
    const Stamp stamp = envelope.stamp();
    Group group;
    group.id = op.id;
    group.title = {op.title, stamp};
    group.colour = {op.colour, stamp};
    group.position = {op.position, stamp};
    group.collapsed = {false, stamp};
    group.deleted = {false, stamp};
    board.group_index.emplace(op.id, board.groups.size());
    board.groups.push_back(std::move(group));
}

void apply(Board& board, const RenameGroup& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) group->title.assign(op.title, envelope.stamp());
}

void apply(Board& board, const MoveGroup& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) {
        group->position.assign(op.position, envelope.stamp());
    }
}

void apply(Board& board, const SetGroupColour& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) group->colour.assign(op.colour, envelope.stamp());
}

void apply(Board& board, const DeleteGroup& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) group->deleted.assign(true, envelope.stamp());
}

void apply(Board& board, const RestoreGroup& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) group->deleted.assign(false, envelope.stamp());
}

void apply(Board& board, const SetGroupCollapsed& op, const Op& envelope) {
    if (Group* group = board.find_group(op.id)) {
        group->collapsed.assign(op.collapsed, envelope.stamp());
    }
}

void apply(Board& board, const SetBoardAnonymous& op, const Op& envelope) {
    board.anonymous.assign(op.anonymous, envelope.stamp());
}

// ---- inverses ----------------------------------------------------------------------------
// Each inverse restores what `before` held; an op on a missing target inverts to nothing.

std::vector<OpPayload> invert(const Board& before, const AddNote& op) {
    if (before.find_note(op.id)) return {};
    return {DeleteNote{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const EditNoteText& op) {
    const Note* note = before.find_note(op.id);
    if (!note || note->text.value == op.text) return {};
    return {EditNoteText{op.id, note->text.value}};
}

std::vector<OpPayload> invert(const Board& before, const SetNoteAuthor& op) {
    const Note* note = before.find_note(op.id);
    if (!note) return {};
    return {SetNoteAuthor{op.id, note->author.value, note->organisation.value}};
}

std::vector<OpPayload> invert(const Board& before, const MoveNote& op) {
    const Note* note = before.find_note(op.id);
    if (!note || note->position.value == op.position) return {};
    return {MoveNote{op.id, note->position.value}};
}

std::vector<OpPayload> invert(const Board& before, const SetNoteColour& op) {
    const Note* note = before.find_note(op.id);
    if (!note || note->colour.value == op.colour) return {};
    return {SetNoteColour{op.id, note->colour.value}};
}

std::vector<OpPayload> invert(const Board& before, const AssignNoteToGroup& op) {
    const Note* note = before.find_note(op.id);
    if (!note || note->group_id.value == op.group_id) return {};
    return {AssignNoteToGroup{op.id, note->group_id.value}};
}

std::vector<OpPayload> invert(const Board& before, const DeleteNote& op) {
    const Note* note = before.find_note(op.id);
    if (!note || note->deleted.value) return {};
    return {RestoreNote{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const RestoreNote& op) {
    const Note* note = before.find_note(op.id);
    if (!note || !note->deleted.value) return {};
    return {DeleteNote{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const AddGroup& op) {
    if (before.find_group(op.id)) return {};
    return {DeleteGroup{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const RenameGroup& op) {
    const Group* group = before.find_group(op.id);
    if (!group || group->title.value == op.title) return {};
    return {RenameGroup{op.id, group->title.value}};
}

std::vector<OpPayload> invert(const Board& before, const MoveGroup& op) {
    const Group* group = before.find_group(op.id);
    if (!group || group->position.value == op.position) return {};
    return {MoveGroup{op.id, group->position.value}};
}

std::vector<OpPayload> invert(const Board& before, const SetGroupColour& op) {
    const Group* group = before.find_group(op.id);
    if (!group || group->colour.value == op.colour) return {};
    return {SetGroupColour{op.id, group->colour.value}};
}

std::vector<OpPayload> invert(const Board& before, const DeleteGroup& op) {
    const Group* group = before.find_group(op.id);
    if (!group || group->deleted.value) return {};
    return {RestoreGroup{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const RestoreGroup& op) {
    const Group* group = before.find_group(op.id);
    if (!group || !group->deleted.value) return {};
    return {DeleteGroup{op.id}};
}

std::vector<OpPayload> invert(const Board& before, const SetGroupCollapsed& op) {
    const Group* group = before.find_group(op.id);
    if (!group || group->collapsed.value == op.collapsed) return {};
    return {SetGroupCollapsed{op.id, group->collapsed.value}};
}

std::vector<OpPayload> invert(const Board& before, const SetBoardAnonymous& op) {
    if (before.anonymous.value == op.anonymous) return {};
    return {SetBoardAnonymous{before.anonymous.value}};
}

}  // namespace hostspace::board_ops
