#pragma once
// The sticky-note CSV import: a facilitator's spreadsheet of notes (text, author, organisation,
// group, colour) becomes one batch of operations. Parsing and planning are separate so that the
// whole file is checked before a session is touched: a file with any error changes nothing.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/csv_text.hpp"
#include "core/session/session.hpp"

namespace hostspace {

struct CsvNote {
    std::string text;  // byte for byte as in the file, embedded line breaks included
    std::string author, organisation, group;  // trimmed of surrounding whitespace
    std::string colour;    // canonical (normalise_colour) or "" when the row gave none
    std::size_t line = 0;  // physical line (1-based) where the row starts
};

struct NotesCsv {
    std::vector<CsvNote> notes;
    std::vector<std::string> warnings;  // for the user: ignored columns, skipped rows
};

// Parses a notes CSV (RFC 4180, LF or CRLF; UTF-8 with or without a BOM, UTF-16 with a BOM, or
// Windows-1252 with a warning, see csv_text.hpp; comma, semicolon or tab as the separator, found
// from the header). The first non-blank row names the columns, matched case-insensitively in
// any order: text (required), author, organisation/organization, group, colour/color; other
// columns are ignored with a warning.
// Blank rows are skipped silently, rows with blank text with one warning. Throws
// hostspace::Error(file_name, line, reason) on the first error, worded for a facilitator.
NotesCsv parse_notes_csv(std::string_view bytes, const std::string& file_name);

// The columns a notes file may have (text required), as its header names them.
const CsvColumns& notes_columns();

// One atomic batch that adds the notes to `session`: an AddGroup for each group title that no
// live group has yet (an existing live group with that title is reused), then one AddNote per
// note in file order. Each group's notes form a grid of columns under its title, groups side by
// side in order of first appearance, ungrouped notes last, all to the right of whatever is on
// the board already (core/board/geometry.hpp sizes). Notes without a colour get
// default_note_colour(). Ids come from new_id(): first the new groups, then the notes.
std::vector<OpPayload> plan_notes_import(const Session& session, const NotesCsv& csv,
                                         const std::function<std::string()>& new_id);

}  // namespace hostspace
