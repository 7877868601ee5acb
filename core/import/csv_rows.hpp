#pragma once
// RFC 4180 rows out of decoded CSV text, read by libcsv with a chosen separator, each row with
// the physical line it starts on: the line a user finds in an editor, which every import error
// names. Shared by every CSV import.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hostspace {

struct CsvRow {
    std::vector<std::string> fields;  // byte for byte as in the text, spaces included
    std::size_t line = 0;             // physical line (1-based) where the row starts
};

// Calls on_row for every row that holds more than blanks, in order, until on_row returns
// false. Lines end at LF, CRLF or a lone CR. Throws hostspace::Error(file_name, line, reason)
// for a double quote in the wrong place (on the line where reading stopped) or never closed
// (on the line where its field opened), worded for a facilitator.
void read_csv_rows(std::string_view text, char delimiter, const std::string& file_name,
                   const std::function<bool(CsvRow& row)>& on_row);

// "comma", "semicolon", "tab": the separator as a message names it.
std::string delimiter_name(char delimiter);

}  // namespace hostspace
