#include "core/board/selection.hpp"

#include <algorithm>
#include <utility>

namespace hostspace {

void BoardSelection::select_only(const std::string& id) {
    if (ids_.size() == 1 && primary_ == id) return;
    ids_.clear();
    ids_.insert(id);
    primary_ = id;
    ++revision_;
}

void BoardSelection::toggle(const std::string& id) {
    if (ids_.erase(id)) {
        if (primary_ == id) primary_ = ids_.empty() ? std::string() : *ids_.begin();
    } else {
        ids_.insert(id);
        primary_ = id;
    }
    ++revision_;
}

void BoardSelection::add(const std::string& id) {
    if (ids_.insert(id).second) ++revision_;
    if (primary_.empty()) primary_ = id;
}

void BoardSelection::assign(const std::vector<std::string>& ids) {
    ids_ = std::unordered_set<std::string>(ids.begin(), ids.end());
    primary_ = ids.empty() ? std::string() : ids.front();
    ++revision_;
}

void BoardSelection::clear() {
    if (ids_.empty() && primary_.empty()) return;
    ids_.clear();
    primary_.clear();
    ++revision_;
}

void BoardSelection::prune(const std::function<bool(const std::string&)>& gone) {
    // Not a user's pick: the revision stays, so the agenda keeps the keys if it has them.
    for (auto it = ids_.begin(); it != ids_.end();) {
        it = gone(*it) ? ids_.erase(it) : std::next(it);
    }
    if (!primary_.empty() && !ids_.count(primary_)) {
        primary_ = ids_.empty() ? std::string() : *ids_.begin();
    }
}

std::vector<std::string> BoardSelection::in_board_order(const Board& board) const {
    std::vector<std::pair<std::size_t, const std::string*>> found;
    found.reserve(ids_.size());
    for (const std::string& id : ids_) {
        const auto it = board.note_index.find(id);
        if (it == board.note_index.end() || board.notes[it->second].deleted.value) continue;
        found.emplace_back(it->second, &id);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    out.reserve(found.size());
    for (const auto& [index, id] : found) out.push_back(*id);
    return out;
}

}  // namespace hostspace
