#pragma once
// What a spreadsheet's CSV file holds as text, whichever program saved it: the encoding (UTF-8,
// Excel's Windows-1252, UTF-16 "Unicode Text") and the separator (comma, or semicolon in many
// European locales, or tab), found before any row is read. Shared by every CSV import.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hostspace {

enum class CsvEncoding { utf8, windows_1252, utf16 };

struct CsvText {
    std::string text;  // UTF-8, without a byte order mark; line breaks as in the file
    CsvEncoding encoding = CsvEncoding::utf8;
    std::vector<std::string> warnings;  // for the user: the encoding had to be guessed
};

// Decodes a CSV file's bytes to UTF-8 text:
// - valid UTF-8, with or without a byte order mark: as it is;
// - UTF-16 with a byte order mark (Excel's "Unicode Text"): transcoded;
// - otherwise, if every byte is Windows-1252 text: transcoded, with a warning naming the file;
// - anything else, a file that is mostly UTF-8 (or has the UTF-8 mark) with bytes of another
//   encoding, and text holding a NUL character: hostspace::Error(file_name, line, reason)
//   naming the line and the byte.
// Line numbers are those of the file, since each encoding keeps its line breaks.
CsvText decode_csv_bytes(std::string_view bytes, const std::string& file_name);

// The columns an import reads: each column's accepted header names in lower case (the first is
// the one messages show), and which column a file must have.
struct CsvColumns {
    std::vector<std::vector<std::string>> names;
    std::size_t required = 0;
};

// Which column a header cell names (trimmed, any case): an index into columns.names, or npos.
std::size_t csv_column_index(const CsvColumns& columns, std::string_view header_cell);

// The separator the header (the first row that holds more than blanks) is written with: of
// comma, semicolon and tab, the one that makes the header name the required column, with
// double quotes respected; when several do, the one that finds the most known columns, then
// in that order. Comma when none does, so the reader reports what it found.
char detect_csv_delimiter(std::string_view text, const CsvColumns& columns);

// Whether the header names the required column with one of those separators: what kind of
// file a dropped CSV is.
bool csv_header_names_required(std::string_view text, const CsvColumns& columns);

}  // namespace hostspace
