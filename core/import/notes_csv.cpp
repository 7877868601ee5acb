#include "core/import/notes_csv.hpp"

#include <algorithm>

#include "core/board/colour.hpp"
#include "core/import/csv_table.hpp"
#include "core/util/error.hpp"

namespace hostspace {
namespace {

enum Column : std::size_t { kText, kAuthor, kOrganisation, kGroup, kColour };

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

const CsvColumns& notes_columns() {
    static const CsvColumns columns{
        {{"text"}, {"author"}, {"organisation", "organization"}, {"group"}, {"colour", "color"}},
        kText};
    return columns;
}

NotesCsv parse_notes_csv(std::string_view bytes, const std::string& file_name) {
    NotesCsv out;
    std::vector<std::size_t> blank_text_lines;
    const CsvTableInfo info = read_csv_table(bytes, file_name, notes_columns(), [&](CsvRow& row) {
        // A row without text is skipped whatever else it holds, so its colour cannot stop
        // the import.
        if (is_blank_text(row.fields[kText])) {
            blank_text_lines.push_back(row.line);
            return;
        }
        CsvNote note;
        note.line = row.line;
        note.text = std::move(row.fields[kText]);  // byte for byte: a note is kept as typed
        note.author = trim_blanks(row.fields[kAuthor]);
        note.organisation = trim_blanks(row.fields[kOrganisation]);
        note.group = trim_blanks(row.fields[kGroup]);
        const std::string colour = trim_blanks(row.fields[kColour]);
        if (!colour.empty()) {
            const auto canonical = normalise_colour(colour);
            if (!canonical) {
                throw Error(file_name, row.line,
                            "unknown colour " + shown_value(colour) + " (use " +
                                join(named_colours()) + " or #RRGGBB)");
            }
            note.colour = *canonical;
        }
        out.notes.push_back(std::move(note));
    });

    out.warnings = info.warnings;
    if (!blank_text_lines.empty()) {
        const std::size_t n = blank_text_lines.size();
        out.warnings.push_back("skipped " + std::to_string(n) + (n == 1 ? " row" : " rows") +
                               " with empty text (" + line_list(blank_text_lines) + ")");
    }
    if (out.notes.empty()) out.warnings.push_back("the file has no notes below its header row");
    return out;
}

}  // namespace hostspace
