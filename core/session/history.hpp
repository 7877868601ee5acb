#pragma once
// Undo and redo for one device's own changes. History is never rewritten: undoing a step
// appends the inverse ops as a new change, and the inverse of that is kept for redo.
#include <cstddef>
#include <deque>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

class UndoHistory {
  public:
    explicit UndoHistory(std::size_t max_steps = 10000) : max_steps_(max_steps) {}

    // A new change by the user: remember how to undo it, and forget what could be redone.
    void record(std::vector<OpPayload> inverse);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    std::size_t undo_depth() const { return undo_.size(); }

    // The payloads to commit for an undo (or redo); empty when there is nothing to do.
    std::vector<OpPayload> take_undo();
    std::vector<OpPayload> take_redo();

    // After committing an undo (redo), keep the inverse of what was committed for the way back.
    void push_redo(std::vector<OpPayload> inverse);
    void push_undo(std::vector<OpPayload> inverse);

  private:
    void push_bounded(std::deque<std::vector<OpPayload>>& stack, std::vector<OpPayload> step);

    std::size_t max_steps_;
    std::deque<std::vector<OpPayload>> undo_;
    std::deque<std::vector<OpPayload>> redo_;
};

}  // namespace hostspace
