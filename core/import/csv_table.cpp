#include "core/import/csv_table.hpp"

#include <algorithm>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string join(const std::vector<std::string>& items, const char* last = ", ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    return out;
}

// "text,author,organisation" and "text, author and organisation", from the columns' names.
std::string example_header(const CsvColumns& columns) {
    std::string out;
    for (const auto& names : columns.names) out += (out.empty() ? "" : ",") + names.front();
    return out;
}

std::string column_list(const CsvColumns& columns) {
    std::vector<std::string> names;
    for (const auto& accepted : columns.names) names.push_back(accepted.front());
    return join(names, " and ");
}

// Matches the header row to the columns: by position, the column each field holds (npos for
// one that is ignored).
std::vector<std::size_t> map_header(const CsvRow& header, const CsvColumns& columns,
                                    const std::string& file_name,
                                    std::vector<std::string>& warnings) {
    std::vector<std::size_t> column_at(header.fields.size(), std::string::npos);
    std::vector<std::size_t> first(columns.names.size());  // 1-based header position, 0: absent
    std::vector<std::string> ignored, found;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name = trim_blanks(header.fields[i]);
        found.push_back(shown_value(name));
        const std::size_t column = csv_column_index(columns, name);
        if (column == std::string::npos) {
            ignored.push_back(name.empty() ? "column " + std::to_string(i + 1) + " (no name)"
                                           : shown_value(name));
            continue;
        }
        if (first[column]) {
            throw Error(file_name, header.line,
                        "columns " + std::to_string(first[column]) + " (" +
                            shown_value(trim_blanks(header.fields[first[column] - 1])) + ") and " +
                            std::to_string(i + 1) + " (" + shown_value(name) +
                            ") name the same thing; keep only one");
        }
        first[column] = i + 1;
        column_at[i] = column;
    }
    if (!first[columns.required]) {
        throw Error(file_name, header.line,
                    "there is no \"" + columns.names[columns.required].front() +
                        "\" column (found " + join(found) +
                        "); the first row must name the columns, separated by commas, "
                        "semicolons or tabs, for example " +
                        example_header(columns));
    }
    if (!ignored.empty()) {
        warnings.push_back(
            std::string(ignored.size() == 1 ? "ignored column " : "ignored columns ") +
            join(ignored) + " (hostspace reads " + column_list(columns) + ")");
    }
    return column_at;
}

}  // namespace

CsvTableInfo read_csv_table(std::string_view bytes, const std::string& file_name,
                            const CsvColumns& columns,
                            const std::function<void(CsvRow& row)>& on_row) {
    CsvText decoded = decode_csv_bytes(bytes, file_name);
    CsvTableInfo info;
    info.warnings = std::move(decoded.warnings);
    info.encoding = decoded.encoding;
    info.delimiter = detect_csv_delimiter(decoded.text, columns);

    bool have_header = false;
    std::vector<std::size_t> column_at;
    CsvRow by_column;
    read_csv_rows(decoded.text, info.delimiter, file_name, [&](CsvRow& row) {
        if (!have_header) {
            column_at = map_header(row, columns, file_name, info.warnings);
            have_header = true;
            return true;
        }
        if (row.fields.size() > column_at.size()) {
            throw Error(file_name, row.line,
                        "row has " + std::to_string(row.fields.size()) + " fields, header has " +
                            std::to_string(column_at.size()) +
                            " (a double quote may be missing around a field that holds a " +
                            delimiter_name(info.delimiter) + ")");
        }
        by_column.fields.assign(columns.names.size(), std::string());
        by_column.line = row.line;
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
            if (column_at[i] != std::string::npos) {
                by_column.fields[column_at[i]] = std::move(row.fields[i]);
            }
        }
        on_row(by_column);
        return true;
    });
    if (!have_header) {
        throw Error(file_name, 1,
                    "the file is empty; the first row must name the columns, for example " +
                        example_header(columns));
    }
    return info;
}

std::string shown_value(std::string_view value) {
    // Short, because a broken quote can sweep half the file into one field.
    constexpr std::size_t kMax = 40;
    if (value.size() <= kMax) return "\"" + std::string(value) + "\"";
    std::size_t cut = kMax;
    while (cut > 0 && is_continuation_byte(value[cut])) --cut;
    return "\"" + std::string(value.substr(0, cut)) + "...\"";
}

std::string line_list(const std::vector<std::size_t>& lines) {
    constexpr std::size_t kListed = 20;  // a whole column of blanks must not flood the screen
    std::string out = lines.size() == 1 ? "line " : "lines ";
    for (std::size_t i = 0; i < lines.size() && i < kListed; ++i) {
        out += (i ? ", " : "") + std::to_string(lines[i]);
    }
    if (lines.size() > kListed) out += " and " + std::to_string(lines.size() - kListed) + " more";
    return out;
}

std::string trim_blanks(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    return std::string(text.substr(begin, end - begin));
}

bool is_blank_text(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_space);
}

}  // namespace hostspace
