#pragma once
// How board operations fold into a Board and how each is undone. Used by session.cpp's
// dispatch; callers use apply() and invert() from session.hpp.
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::board_ops {

void apply(Board& board, const AddNote& op, const Op& envelope);
void apply(Board& board, const EditNoteText& op, const Op& envelope);
void apply(Board& board, const SetNoteAuthor& op, const Op& envelope);
void apply(Board& board, const MoveNote& op, const Op& envelope);
void apply(Board& board, const SetNoteColour& op, const Op& envelope);
void apply(Board& board, const AssignNoteToGroup& op, const Op& envelope);
void apply(Board& board, const DeleteNote& op, const Op& envelope);
void apply(Board& board, const RestoreNote& op, const Op& envelope);
void apply(Board& board, const AddGroup& op, const Op& envelope);
void apply(Board& board, const RenameGroup& op, const Op& envelope);
void apply(Board& board, const MoveGroup& op, const Op& envelope);
void apply(Board& board, const SetGroupColour& op, const Op& envelope);
void apply(Board& board, const DeleteGroup& op, const Op& envelope);
void apply(Board& board, const RestoreGroup& op, const Op& envelope);
void apply(Board& board, const SetGroupCollapsed& op, const Op& envelope);
void apply(Board& board, const SetBoardAnonymous& op, const Op& envelope);

std::vector<OpPayload> invert(const Board& before, const AddNote& op);
std::vector<OpPayload> invert(const Board& before, const EditNoteText& op);
std::vector<OpPayload> invert(const Board& before, const SetNoteAuthor& op);
std::vector<OpPayload> invert(const Board& before, const MoveNote& op);
std::vector<OpPayload> invert(const Board& before, const SetNoteColour& op);
std::vector<OpPayload> invert(const Board& before, const AssignNoteToGroup& op);
std::vector<OpPayload> invert(const Board& before, const DeleteNote& op);
std::vector<OpPayload> invert(const Board& before, const RestoreNote& op);
std::vector<OpPayload> invert(const Board& before, const AddGroup& op);
std::vector<OpPayload> invert(const Board& before, const RenameGroup& op);
std::vector<OpPayload> invert(const Board& before, const MoveGroup& op);
std::vector<OpPayload> invert(const Board& before, const SetGroupColour& op);
std::vector<OpPayload> invert(const Board& before, const DeleteGroup& op);
std::vector<OpPayload> invert(const Board& before, const RestoreGroup& op);
std::vector<OpPayload> invert(const Board& before, const SetGroupCollapsed& op);
std::vector<OpPayload> invert(const Board& before, const SetBoardAnonymous& op);

}  // namespace hostspace::board_ops
