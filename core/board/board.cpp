#include "core/board/board.hpp"

namespace hostspace {

const Note* Board::find_note(const std::string& id) const {
    const auto it = note_index.find(id);
    return it == note_index.end() ? nullptr : &notes[it->second];
}

Note* Board::find_note(const std::string& id) {
    const auto it = note_index.find(id);
    return it == note_index.end() ? nullptr : &notes[it->second];
}

const Group* Board::find_group(const std::string& id) const {
    const auto it = group_index.find(id);
    return it == group_index.end() ? nullptr : &groups[it->second];
}

Group* Board::find_group(const std::string& id) {
    const auto it = group_index.find(id);
    return it == group_index.end() ? nullptr : &groups[it->second];
}

const Group* Board::find_group_by_title(const std::string& title) const {
    for (const auto& group : groups) {
        if (!group.deleted.value && group.title.value == title) return &group;
    }
    return nullptr;
}

std::size_t Board::live_note_count() const {
    std::size_t count = 0;
    for (const auto& note : notes) count += note.deleted.value ? 0 : 1;
    return count;
}

}  // namespace hostspace
