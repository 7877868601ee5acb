#pragma once
// The notes and themes a draft or principle was started from, as the views show them beside it
// (raw material). A source is a link by id: it still reads after the note or theme is deleted.
#include <string>
#include <vector>

#include "core/board/board.hpp"
#include "core/harvest/harvest.hpp"

namespace hostspace {

enum class SourceKind { note, theme, missing };

struct SourceView {
    std::string id;
    SourceKind kind = SourceKind::missing;
    std::string text;      // the note's text or the theme's title ("" when missing)
    bool deleted = false;  // deleted from the board since: shown, marked, never dropped
};

// What a source id names on the board now. "missing" only for an id the board never had here
// (an op from another device not yet synced).
SourceView describe_source(const Board& board, const std::string& id);
std::vector<SourceView> describe_sources(const Board& board, const std::vector<std::string>& ids);

// A principle's sources that are linked now, in the order first linked.
std::vector<std::string> linked_sources(const Principle& principle);

// A theme as sources: the theme itself first, then its live notes in board order. Empty when
// the group is missing.
std::vector<std::string> theme_sources(const Board& board, const std::string& group_id);

// "note"/"theme"/"missing", as in the export.
const char* source_kind_name(SourceKind kind);

}  // namespace hostspace
