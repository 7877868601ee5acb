#include "core/session/history.hpp"

namespace hostspace {

void UndoHistory::push_bounded(std::deque<std::vector<OpPayload>>& stack,
                               std::vector<OpPayload> step) {
    if (step.empty()) return;
    stack.push_back(std::move(step));
    if (stack.size() > max_steps_) stack.pop_front();
}

void UndoHistory::record(std::vector<OpPayload> inverse) {
    if (inverse.empty()) return;
    push_bounded(undo_, std::move(inverse));
    redo_.clear();
}

std::vector<OpPayload> UndoHistory::take_undo() {
    if (undo_.empty()) return {};
    auto step = std::move(undo_.back());
    undo_.pop_back();
    return step;
}

std::vector<OpPayload> UndoHistory::take_redo() {
    if (redo_.empty()) return {};
    auto step = std::move(redo_.back());
    redo_.pop_back();
    return step;
}

void UndoHistory::push_redo(std::vector<OpPayload> inverse) {
    push_bounded(redo_, std::move(inverse));
}

void UndoHistory::push_undo(std::vector<OpPayload> inverse) {
    push_bounded(undo_, std::move(inverse));
}

}  // namespace hostspace
