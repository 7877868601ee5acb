#include "core/import/csv_rows.hpp"

#include <csv.h>

#include <algorithm>
#include <exception>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    });
}

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// RFC 4180: spaces are part of a field. libcsv would otherwise trim unquoted fields (and tabs,
// which are a separator here), and note text must come out exactly as it went in.
int no_space(unsigned char) {
    return 0;
}

// Feeds libcsv one physical line at a time: every callback that fires during a call belongs
// to that line, which is how rows and errors get the line numbers a user sees in an editor.
class RowReader {
  public:
    RowReader(char delimiter, const std::string& file_name,
              const std::function<bool(CsvRow&)>& on_row)
        : delimiter_(delimiter), file_(file_name), on_row_(on_row) {
        csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);  // fails only for a null parser
        csv_set_space_func(&parser_, no_space);
        csv_set_delim(&parser_, static_cast<unsigned char>(delimiter));
    }
    ~RowReader() { csv_free(&parser_); }
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    void read(std::string_view text);

  private:
    static void on_field(void* data, std::size_t size, void* self);
    static void on_row_end(int terminator, void* self);

    void feed(std::string_view line, std::size_t content_size);
    void finish_row();
    [[noreturn]] void fail(std::size_t line, const std::string& reason) const {
        throw Error(file_, line, reason);
    }

    char delimiter_;
    std::string file_;
    const std::function<bool(CsvRow&)>& on_row_;
    csv_parser parser_{};
    std::size_t line_ = 0;        // physical line being fed
    std::size_t row_line_ = 0;    // where the current row started; 0 between rows
    std::size_t field_line_ = 0;  // where the current field started
    std::vector<std::string> fields_;
    bool row_ended_ = false;
    bool stopped_ = false;
    std::exception_ptr callback_error_;  // C frames sit between us and libcsv: no throwing
};

void RowReader::on_field(void* data, std::size_t size, void* self_ptr) {
    auto* self = static_cast<RowReader*>(self_ptr);
    if (self->callback_error_) return;
    try {
        self->fields_.emplace_back(data ? static_cast<const char*>(data) : "", data ? size : 0);
        self->field_line_ = self->line_;  // the next field starts right after this separator
    } catch (...) {
        self->callback_error_ = std::current_exception();
    }
}

void RowReader::on_row_end(int, void* self_ptr) {
    static_cast<RowReader*>(self_ptr)->row_ended_ = true;
}

void RowReader::read(std::string_view text) {
    // A line ends at LF, CRLF or a lone CR, as libcsv's row ends do.
    std::size_t start = 0;
    while (start < text.size() && !stopped_) {
        ++line_;
        const std::size_t end = std::min(text.find_first_of("\r\n", start), text.size());
        const std::size_t next =
            end == text.size() ? end : end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        feed(text.substr(start, next - start), end - start);
        start = next;
    }
    if (stopped_) return;
    if (csv_fini(&parser_, on_field, on_row_end, this) != 0) {
        fail(field_line_,
             "a double quote (\") opened on this line is never closed; add the "
             "closing quote at the end of the field");
    }
    if (callback_error_) std::rethrow_exception(callback_error_);
    if (row_ended_) finish_row();
}

void RowReader::feed(std::string_view line, std::size_t content_size) {
    // Only line breaks are skipped between rows (no_space), so any content starts a row.
    if (row_line_ == 0 && content_size > 0) row_line_ = field_line_ = line_;
    const std::size_t used =
        csv_parse(&parser_, line.data(), line.size(), on_field, on_row_end, this);
    if (callback_error_) std::rethrow_exception(callback_error_);
    if (used < line.size()) {
        if (csv_error(&parser_) != CSV_EPARSE) fail(line_, "out of memory");
        // libcsv stops on the offending quote; show the text leading up to it.
        std::size_t from = used > 20 ? used - 20 : 0;
        while (from < used && is_continuation_byte(line[from])) ++from;
        const std::string separator = delimiter_name(delimiter_);
        fail(line_, "a double quote (\") is in the wrong place, here: " +
                        std::string(line.substr(from, used - from + 1)) +
                        " - put double quotes only around a whole field, right next to its " +
                        separator +
                        "s, and write a double quote inside a quoted field as two (\"\")");
    }
    if (row_ended_) finish_row();
}

void RowReader::finish_row() {
    if (!std::all_of(fields_.begin(), fields_.end(), [](const auto& f) { return is_blank(f); })) {
        CsvRow row{std::move(fields_), row_line_};
        if (!on_row_(row)) stopped_ = true;
    }
    fields_.clear();
    row_line_ = 0;
    row_ended_ = false;
}

}  // namespace

void read_csv_rows(std::string_view text, char delimiter, const std::string& file_name,
                   const std::function<bool(CsvRow& row)>& on_row) {
    RowReader(delimiter, file_name, on_row).read(text);
}

std::string delimiter_name(char delimiter) {
    switch (delimiter) {
        case ',':
            return "comma";
        case ';':
            return "semicolon";
        case '\t':
            return "tab";
        default:
            return std::string("\"") + delimiter + "\"";
    }
}

}  // namespace hostspace
