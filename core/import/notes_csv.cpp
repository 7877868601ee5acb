#include "core/import/notes_csv.hpp"

#include <csv.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <unordered_map>

#include "core/board/colour.hpp"
#include "core/util/error.hpp"
#include "core/util/utf8.hpp"

namespace hostspace {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

std::string trim(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    return std::string(text.substr(begin, end - begin));
}

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_space);
}

std::string lower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A value as shown inside an error message: quoted, and short, because a broken quote can sweep
// half the file into one field. Cut on a character boundary so the message stays valid UTF-8.
std::string shown(std::string_view value) {
    constexpr std::size_t kMax = 40;
    if (value.size() <= kMax) return "\"" + std::string(value) + "\"";
    std::size_t cut = kMax;
    while (cut > 0 && is_continuation_byte(value[cut])) --cut;
    return "\"" + std::string(value.substr(0, cut)) + "...\"";
}

enum class Column { text, author, organisation, group, colour, ignored };
constexpr std::size_t kKnownColumns = 5;

Column column_named(const std::string& key) {
    if (key == "text") return Column::text;
    if (key == "author") return Column::author;
    if (key == "organisation" || key == "organization") return Column::organisation;
    if (key == "group") return Column::group;
    if (key == "colour" || key == "color") return Column::colour;
    return Column::ignored;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
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

// RFC 4180: spaces are part of a field. libcsv would otherwise trim unquoted fields, and note
// text must come out exactly as it went in.
int no_space(unsigned char) {
    return 0;
}

// Feeds libcsv one physical line at a time: every callback that fires during a call belongs
// to that line, which is how rows and errors get the line numbers a user sees in an editor.
class Reader {
  public:
    explicit Reader(const std::string& file_name) : file_(file_name) {
        csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);  // fails only for a null parser
        csv_set_space_func(&parser_, no_space);
    }
    ~Reader() { csv_free(&parser_); }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    NotesCsv read(std::string_view bytes);

  private:
    static void on_field(void* data, std::size_t size, void* self);
    static void on_row(int terminator, void* self);

    void feed(std::string_view line, std::size_t content_size);
    void finish_row();
    void read_header();
    void read_note();
    [[noreturn]] void fail(std::size_t line, const std::string& reason) const {
        throw Error(file_, line, reason);
    }

    std::string file_;
    csv_parser parser_{};
    std::size_t line_ = 0;        // physical line being fed
    std::size_t row_line_ = 0;    // where the current row started; 0 between rows
    std::size_t field_line_ = 0;  // where the current field started
    std::vector<std::string> fields_;
    bool row_ended_ = false;
    std::exception_ptr callback_error_;  // C frames sit between us and libcsv: no throwing
    bool have_header_ = false;
    std::vector<Column> columns_;  // by position in the header
    std::vector<std::size_t> blank_text_lines_;
    NotesCsv out_;
};

void Reader::on_field(void* data, std::size_t size, void* self_ptr) {
    auto* self = static_cast<Reader*>(self_ptr);
    if (self->callback_error_) return;
    try {
        self->fields_.emplace_back(data ? static_cast<const char*>(data) : "", data ? size : 0);
        self->field_line_ = self->line_;  // the next field starts right after this comma
    } catch (...) {
        self->callback_error_ = std::current_exception();
    }
}

void Reader::on_row(int, void* self_ptr) {
    static_cast<Reader*>(self_ptr)->row_ended_ = true;
}

NotesCsv Reader::read(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        fail(1, "the file is saved as UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8\" instead");
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

    // A line ends at LF, CRLF or a lone CR, as libcsv's row ends do.
    std::size_t start = 0;
    while (start < bytes.size()) {
        ++line_;
        const std::size_t end = std::min(bytes.find_first_of("\r\n", start), bytes.size());
        const std::size_t next =
            end == bytes.size() ? end : end + (bytes.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        const std::string_view content = bytes.substr(start, end - start);
        if (find_invalid_utf8(content) != std::string_view::npos) {
            fail(line_,
                 "this line is not UTF-8 text (the file was probably saved in another "
                 "encoding; in a spreadsheet choose \"CSV UTF-8\" when saving)");
        }
        feed(bytes.substr(start, next - start), content.size());
        start = next;
    }

    if (csv_fini(&parser_, on_field, on_row, this) != 0) {
        fail(field_line_,
             "a double quote (\") opened on this line is never closed; add the "
             "closing quote at the end of the field");
    }
    if (callback_error_) std::rethrow_exception(callback_error_);
    if (row_ended_) finish_row();

    if (!have_header_) {
        fail(1,
             "the file is empty; the first row must name the columns, for example "
             "text,author,organisation,group,colour");
    }
    if (!blank_text_lines_.empty()) {
        const std::size_t n = blank_text_lines_.size();
        out_.warnings.push_back("skipped " + std::to_string(n) + (n == 1 ? " row" : " rows") +
                                " with empty text (" + line_list(blank_text_lines_) + ")");
    }
    if (out_.notes.empty()) out_.warnings.push_back("the file has no notes below its header row");
    return std::move(out_);
}

void Reader::feed(std::string_view line, std::size_t content_size) {
    // Only line breaks are skipped between rows (no_space), so any content starts a row.
    if (row_line_ == 0 && content_size > 0) row_line_ = field_line_ = line_;
    const std::size_t used = csv_parse(&parser_, line.data(), line.size(), on_field, on_row, this);
    if (callback_error_) std::rethrow_exception(callback_error_);
    if (used < line.size()) {
        if (csv_error(&parser_) != CSV_EPARSE) fail(line_, "out of memory");
        // libcsv stops on the offending quote; show the text leading up to it.
        std::size_t from = used > 20 ? used - 20 : 0;
        while (from < used && is_continuation_byte(line[from])) ++from;
        fail(line_, "a double quote (\") is in the wrong place, here: " +
                        std::string(line.substr(from, used - from + 1)) +
                        " - put double quotes only around a whole field, right next to its "
                        "commas, and write a double quote inside a quoted field as two (\"\")");
    }
    if (row_ended_) finish_row();
}

void Reader::finish_row() {
    if (!std::all_of(fields_.begin(), fields_.end(), [](const auto& f) { return is_blank(f); })) {
        if (have_header_) {
            read_note();
        } else {
            read_header();
        }
    }
    fields_.clear();
    row_line_ = 0;
    row_ended_ = false;
}

void Reader::read_header() {
    columns_.assign(fields_.size(), Column::ignored);
    std::array<std::size_t, kKnownColumns> first{};  // 1-based header position, 0: absent
    std::vector<std::string> ignored, found;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        const std::string name = trim(fields_[i]);
        found.push_back(shown(name));
        const Column column = column_named(lower(name));
        if (column == Column::ignored) {
            ignored.push_back(name.empty() ? "column " + std::to_string(i + 1) + " (no name)"
                                           : shown(name));
            continue;
        }
        auto& seen = first[static_cast<std::size_t>(column)];
        if (seen) {
            fail(row_line_, "columns " + std::to_string(seen) + " (" +
                                shown(trim(fields_[seen - 1])) + ") and " + std::to_string(i + 1) +
                                " (" + shown(name) + ") name the same thing; keep only one");
        }
        seen = i + 1;
        columns_[i] = column;
    }
    if (!first[static_cast<std::size_t>(Column::text)]) {
        fail(row_line_, "there is no \"text\" column (found " + join(found) +
                            "); the first row must name the columns, for example "
                            "text,author,organisation,group,colour");
    }
    if (!ignored.empty()) {
        out_.warnings.push_back(
            std::string(ignored.size() == 1 ? "ignored column " : "ignored columns ") +
            join(ignored) + " (hostspace reads text, author, organisation, group and colour)");
    }
    have_header_ = true;
}

void Reader::read_note() {
    if (fields_.size() > columns_.size()) {
        fail(row_line_, "row has " + std::to_string(fields_.size()) + " fields, header has " +
                            std::to_string(columns_.size()) +
                            " (a double quote may be missing around a field that holds a comma)");
    }
    CsvNote note;
    note.line = row_line_;
    std::string colour;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        switch (columns_[i]) {
            case Column::text:
                note.text = std::move(fields_[i]);
                break;
            case Column::author:
                note.author = trim(fields_[i]);
                break;
            case Column::organisation:
                note.organisation = trim(fields_[i]);
                break;
            case Column::group:
                note.group = trim(fields_[i]);
                break;
            case Column::colour:
                colour = trim(fields_[i]);
                break;
            case Column::ignored:
                break;
        }
    }
    // A row without text is skipped whatever else it holds, so its colour cannot stop the import.
    if (is_blank(note.text)) {
        blank_text_lines_.push_back(row_line_);
        return;
    }
    if (!colour.empty()) {
        const auto canonical = normalise_colour(colour);
        if (!canonical) {
            fail(row_line_, "unknown colour " + shown(colour) + " (use " + join(named_colours()) +
                                " or #RRGGBB)");
        }
        note.colour = *canonical;
    }
    out_.notes.push_back(std::move(note));
}

}  // namespace

NotesCsv parse_notes_csv(std::string_view bytes, const std::string& file_name) {
    return Reader(file_name).read(bytes);
}

}  // namespace hostspace
