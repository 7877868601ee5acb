#pragma once
// The participants CSV import: a facilitator's list of who is in the room (name, organisation,
// role) becomes one batch of AddParticipant ops. As with notes, the whole file is parsed and
// checked before a session is touched, and importing the same list twice does not double it.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/csv_text.hpp"
#include "core/session/session.hpp"

namespace hostspace {

struct CsvParticipant {
    std::string name, organisation, role;  // trimmed of surrounding whitespace
    std::size_t line = 0;                  // physical line (1-based) where the row starts
};

struct ParticipantsCsv {
    std::vector<CsvParticipant> participants;
    std::vector<std::string> warnings;  // for the user: encoding, ignored columns, skipped rows
};

// Parses a participants CSV, read as parse_notes_csv reads notes (encodings, separators,
// quoting): the first non-blank row names the columns, in any order and case: name (required),
// organisation/organization, role; other columns are ignored with a warning. Blank rows are
// skipped silently, rows with a blank name with one warning. Throws
// hostspace::Error(file_name, line, reason) on the first error.
ParticipantsCsv parse_participants_csv(std::string_view bytes, const std::string& file_name);

// The columns a participants file may have (name required), as its header names them.
const CsvColumns& participant_columns();

// One AddParticipant per row, in file order, ids from new_id(). A row whose name and
// organisation (trimmed, case and inner spacing ignored) match a live participant of `session`
// or an earlier row is skipped, with one warning for each kind appended to `warnings`.
std::vector<OpPayload> plan_participants_import(const Session& session, const ParticipantsCsv& csv,
                                                const std::function<std::string()>& new_id,
                                                std::vector<std::string>& warnings);

}  // namespace hostspace
