#include "core/board/filter.hpp"

#include <utility>

#include "core/util/text.hpp"

namespace hostspace {
namespace {

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool contains(const std::string& field, const std::string& folded_query) {
    return fold_case(field).find(folded_query) != std::string::npos;
}

}  // namespace

std::string fold_case(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < text.size()) {
            // Latin-1 capitals U+00C0..U+00DE (except U+00D7, the multiplication sign) are
            // C3 80..C3 9E; their small letters are 0x20 further on.
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next += 0x20;
            out += static_cast<char>(c);
            out += static_cast<char>(next);
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

NoteFilter parse_filter(const std::string& typed) {
    static const std::pair<const char*, FilterField> prefixes[] = {
        {"author:", FilterField::author},
        {"by:", FilterField::author},
        {"org:", FilterField::organisation},
        {"organisation:", FilterField::organisation},
        {"organization:", FilterField::organisation},
        {"group:", FilterField::group},
        {"theme:", FilterField::group},
        {"text:", FilterField::text},
    };
    NoteFilter filter;
    std::string rest = trim_space(typed);
    const std::string folded = fold_case(rest);
    for (const auto& [prefix, field] : prefixes) {
        if (starts_with(folded, prefix)) {
            filter.field = field;
            rest = rest.substr(std::string(prefix).size());
            break;
        }
    }
    filter.query = fold_case(trim_space(rest));
    return filter;
}

bool note_matches(const Board& board, const Note& note, const NoteFilter& filter) {
    if (!filter.active()) return true;
    const auto group_title = [&]() -> std::string {
        const Group* group = board.find_group(note.group_id.value);
        return group && !group->deleted.value ? group->title.value : "";
    };
    switch (filter.field) {
        case FilterField::text:
            return contains(note.text.value, filter.query);
        case FilterField::author:
            return contains(note.author.value, filter.query);
        case FilterField::organisation:
            return contains(note.organisation.value, filter.query);
        case FilterField::group:
            return contains(group_title(), filter.query);
        case FilterField::any:
            break;
    }
    return contains(note.text.value, filter.query) || contains(note.author.value, filter.query) ||
           contains(note.organisation.value, filter.query) || contains(group_title(), filter.query);
}

std::vector<std::string> matching_notes(const Board& board, const NoteFilter& filter) {
    std::vector<std::string> ids;
    for (const Note& note : board.notes) {
        if (!note.deleted.value && note_matches(board, note, filter)) ids.push_back(note.id);
    }
    return ids;
}

namespace {

const Group* live_collapsed(const Board& board, const std::string& group_id) {
    if (group_id.empty()) return nullptr;
    const Group* group = board.find_group(group_id);
    return group && !group->deleted.value && group->collapsed.value ? group : nullptr;
}

}  // namespace

CollapsedMatches matches_in_collapsed_groups(const Board& board, const NoteFilter& filter) {
    CollapsedMatches out;
    if (!filter.active()) return out;
    std::vector<char> holds(board.groups.size(), 0);  // by board group index
    for (const Note& note : board.notes) {
        if (note.deleted.value) continue;
        const Group* group = live_collapsed(board, note.group_id.value);
        if (!group || !note_matches(board, note, filter)) continue;
        ++out.notes;
        holds[static_cast<std::size_t>(group - board.groups.data())] = 1;
    }
    for (std::size_t i = 0; i < board.groups.size(); ++i) {
        if (holds[i]) out.groups.push_back(board.groups[i].id);
    }
    return out;
}

}  // namespace hostspace
