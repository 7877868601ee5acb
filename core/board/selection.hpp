#pragma once
// Which notes are selected on the board: a set of note ids and the primary one (the note the
// editor, F2 and the menu's "Edit text" act on). Transient UI state with no ImGui in it.
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/board/board.hpp"

namespace hostspace {

class BoardSelection {
  public:
    bool empty() const { return ids_.empty(); }
    std::size_t size() const { return ids_.size(); }
    bool contains(const std::string& id) const { return ids_.count(id) != 0; }
    // Empty when nothing is selected.
    const std::string& primary() const { return primary_; }
    // Goes up with every change: a pick on the board takes the keyboard from the agenda.
    std::uint64_t revision() const { return revision_; }

    void select_only(const std::string& id);
    // In if it was out (and primary), out if it was in.
    void toggle(const std::string& id);
    void add(const std::string& id);
    // Exactly `ids`; the first becomes primary.
    void assign(const std::vector<std::string>& ids);
    void clear();
    // Lets go of the notes `gone` says no longer exist (deleted meanwhile, an undo).
    void prune(const std::function<bool(const std::string&)>& gone);

    // The selected notes that are live, in board order: ops made from them come out the
    // same on every run.
    std::vector<std::string> in_board_order(const Board& board) const;

  private:
    std::unordered_set<std::string> ids_;
    std::string primary_;
    std::uint64_t revision_ = 0;
};

}  // namespace hostspace
