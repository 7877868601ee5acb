#pragma once
// The board's find box: which notes match what the facilitator typed. "author:", "org:" and
// "group:" prefixes narrow the search to one field; plain text searches them all. Matching
// ignores case (ASCII and Latin-1 letters) and finds the words anywhere in the field.
#include <cstddef>
#include <string>
#include <vector>

#include "core/board/board.hpp"

namespace hostspace {

enum class FilterField { any, text, author, organisation, group };

struct NoteFilter {
    FilterField field = FilterField::any;
    std::string query;  // folded to lower case
    bool active() const { return !query.empty(); }
};

NoteFilter parse_filter(const std::string& typed);
bool note_matches(const Board& board, const Note& note, const NoteFilter& filter);
// Live notes that match, in board order (all of them when the filter is empty).
std::vector<std::string> matching_notes(const Board& board, const NoteFilter& filter);

// The live notes matching a filter that sit in live collapsed groups: the find box counts them
// and goes to their group, which stays collapsed.
struct CollapsedMatches {
    std::vector<std::string> groups;  // the collapsed groups holding a match, in board order
    std::size_t notes = 0;            // the matching notes in them
};
// Nothing when the filter is empty (the find box is off then).
CollapsedMatches matches_in_collapsed_groups(const Board& board, const NoteFilter& filter);

// Lower case of ASCII and Latin-1 letters in UTF-8 text; other characters are kept.
std::string fold_case(const std::string& text);

}  // namespace hostspace
