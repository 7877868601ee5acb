#pragma once
// Edits of several notes at once, as the ops that make them: the GUI commits each list as one
// undo step. Notes that are missing or deleted are skipped.
#include <functional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// Moves the notes by `delta` board units, each landing on whole units and never left of or
// above the origin.
std::vector<OpPayload> move_notes(const Board& board, const std::vector<std::string>& ids,
                                  Vec2 delta);

// Moves the notes by `delta` and puts them in `group_id` ("": in no group), as a drag that
// ends over a group (or over the bare board) does. A note already there only moves.
std::vector<OpPayload> drop_notes(const Board& board, const std::vector<std::string>& ids,
                                  Vec2 delta, const std::string& group_id);

// Puts the notes in `group_id` ("": in no group) where they are; notes already there get no op.
std::vector<OpPayload> assign_notes_to_group(const Board& board,
                                             const std::vector<std::string>& ids,
                                             const std::string& group_id);

std::vector<OpPayload> recolour_notes(const Board& board, const std::vector<std::string>& ids,
                                      const std::string& colour);
std::vector<OpPayload> delete_notes(const Board& board, const std::vector<std::string>& ids);

// Copies of the notes (text, author, organisation, colour, group) shifted by `offset`, each
// with an id from `new_id`. The new ids are appended to `created` when it is given.
std::vector<OpPayload> duplicate_notes(const Board& board, const std::vector<std::string>& ids,
                                       Vec2 offset, const std::function<std::string()>& new_id,
                                       std::vector<std::string>* created = nullptr);

// The live groups of the live notes, each once, in the order their notes come.
std::vector<std::string> groups_of_notes(const Board& board, const std::vector<std::string>& ids);

// Collapses the live groups among `group_ids` if any of them is open, else opens them all: one
// key toggles a set of groups together. Groups already as wanted get no op.
std::vector<OpPayload> toggle_groups_collapsed(const Board& board,
                                               const std::vector<std::string>& group_ids);

}  // namespace hostspace
