#pragma once
// A spreadsheet's CSV file as a table of known columns: decoded (csv_text.hpp), its separator
// found, its header matched to the columns an import reads, and each row's fields handed over by
// column. The importers (notes, participants) only say what a row means.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/csv_rows.hpp"
#include "core/import/csv_text.hpp"

namespace hostspace {

struct CsvTableInfo {
    std::vector<std::string> warnings;  // the encoding guessed, columns ignored
    CsvEncoding encoding = CsvEncoding::utf8;
    char delimiter = ',';
};

// Reads `bytes` as a CSV file with a header row naming `columns` (any order and case, trimmed;
// other columns are ignored with a warning) and calls on_row for each row below the header
// that holds more than blanks, its fields by column (columns.names order, "" when absent or
// short). Throws hostspace::Error(file_name, line, reason) on the first problem in file order:
// the encoding, quoting, an empty file, no required column, a column named twice, a row with
// more fields than the header, or whatever on_row throws.
CsvTableInfo read_csv_table(std::string_view bytes, const std::string& file_name,
                            const CsvColumns& columns,
                            const std::function<void(CsvRow& row)>& on_row);

// Helpers for the importers' messages, so they all read alike.
// A value as shown inside a message: quoted, and cut short on a character boundary.
std::string shown_value(std::string_view value);
// "line 4" / "lines 4, 9 and 12 more": a long list is cut short.
std::string line_list(const std::vector<std::size_t>& lines);
// `text` without spaces, tabs and line breaks at either end.
std::string trim_blanks(std::string_view text);
// True when `text` is empty or only spaces, tabs and line breaks.
bool is_blank_text(std::string_view text);

}  // namespace hostspace
