#include "core/import/csv_text.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <optional>
#include <set>

#include "core/import/csv_rows.hpp"
#include "core/util/error.hpp"
#include "core/util/utf8.hpp"

namespace hostspace {
namespace {

constexpr const char* kSaveAsUtf8 =
    "open it in the spreadsheet and save it as \"CSV UTF-8\" (in LibreOffice: Save As, Text "
    "CSV, character set Unicode (UTF-8))";

// The line (1-based) that byte `offset` is on; lines end at LF, CRLF or a lone CR.
std::size_t line_at(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++line;
    }
    return line;
}

std::string hex_byte(char c) {
    char out[8];
    std::snprintf(out, sizeof out, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return out;
}

// Windows-1252 leaves these five bytes undefined (glibc's iconv refuses them too).
bool is_undefined_in_windows_1252(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

// How much of a file reads as UTF-8: its well-formed multi-byte sequences, and its high bytes
// that are in no such sequence (where the first sequence starts, npos when there is none).
struct Utf8Evidence {
    std::size_t sequences = 0, stray_bytes = 0;
    std::size_t first_sequence = std::string_view::npos;
};

Utf8Evidence weigh_utf8(std::string_view bytes) {
    Utf8Evidence evidence;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
        if (length > 1 && i + length <= bytes.size() && is_valid_utf8(bytes.substr(i, length))) {
            if (evidence.sequences++ == 0) evidence.first_sequence = i;
            i += length;
        } else {
            ++evidence.stray_bytes;
            ++i;
        }
    }
    return evidence;
}

class Iconv {
  public:
    Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {
        if (cd_ == reinterpret_cast<iconv_t>(-1)) {
            throw Error(std::string("this system cannot convert text from ") + from +
                        " (iconv_open failed)");
        }
    }
    ~Iconv() { iconv_close(cd_); }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    // Converts all of `in`. On bad input returns false with `out` holding the text converted
    // before it and `error` the errno (EILSEQ: an invalid sequence; EINVAL: cut short).
    bool convert(std::string_view in, std::string& out, int& error) {
        char* in_ptr = const_cast<char*>(in.data());  // iconv's signature; it never writes
        std::size_t in_left = in.size();
        char chunk[64 * 1024];
        while (in_left > 0) {
            char* out_ptr = chunk;
            std::size_t out_left = sizeof chunk;
            const std::size_t rc = iconv(cd_, &in_ptr, &in_left, &out_ptr, &out_left);
            const int saved = errno;
            out.append(chunk, sizeof chunk - out_left);
            if (rc == static_cast<std::size_t>(-1) && saved != E2BIG) {
                error = saved;
                return false;
            }
        }
        return true;
    }

  private:
    iconv_t cd_;
};

CsvText decode_utf16(std::string_view bytes, const std::string& file_name) {
    const bool little_endian = bytes[0] == '\xFF';
    CsvText out;
    out.encoding = CsvEncoding::utf16;
    int error = 0;
    Iconv converter("UTF-8", little_endian ? "UTF-16LE" : "UTF-16BE");
    if (!converter.convert(bytes.substr(2), out.text, error)) {
        const std::size_t line = line_at(out.text, out.text.size());
        if (error == EINVAL) {
            throw Error(file_name, line,
                        "the file is UTF-16 (\"Unicode Text\") but ends in the middle of a "
                        "character, so it was probably cut short; save it again");
        }
        throw Error(file_name, line,
                    "this line is not valid UTF-16 (\"Unicode Text\"), although the file "
                    "starts as UTF-16; the file may be damaged: " +
                        std::string(kSaveAsUtf8));
    }
    return out;
}

CsvText decode_windows_1252(std::string_view bytes, const std::string& file_name,
                            std::size_t first_invalid_utf8) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (is_undefined_in_windows_1252(bytes[i])) {
            throw Error(file_name, line_at(bytes, i),
                        "the byte " + hex_byte(bytes[i]) +
                            " is neither UTF-8 nor Windows-1252 text, so the file's encoding "
                            "cannot be told; " +
                            kSaveAsUtf8);
        }
    }
    // Windows-1252 text holds a well-formed UTF-8 sequence only by chance ("heiß“" is 0xDF 0x93),
    // so a file where they outnumber the other high bytes is UTF-8 with a few bytes of another
    // encoding: reading it as Windows-1252 would garble all of its UTF-8.
    const Utf8Evidence utf8 = weigh_utf8(bytes);
    if (utf8.sequences > utf8.stray_bytes) {
        throw Error(file_name, line_at(bytes, first_invalid_utf8),
                    "the byte " + hex_byte(bytes[first_invalid_utf8]) +
                        " on this line is not UTF-8, but line " +
                        std::to_string(line_at(bytes, utf8.first_sequence)) +
                        " is UTF-8 text: the file mixes two encodings; " + kSaveAsUtf8);
    }
    CsvText out;
    out.encoding = CsvEncoding::windows_1252;
    int error = 0;
    if (!Iconv("UTF-8", "WINDOWS-1252").convert(bytes, out.text, error)) {
        throw Error(
            file_name, line_at(bytes, first_invalid_utf8),
            "this line is neither UTF-8 nor Windows-1252 text; " + std::string(kSaveAsUtf8));
    }
    out.warnings.push_back(file_name +
                           " is not UTF-8 text, so it was read as Windows-1252 (what Excel's "
                           "\"CSV (Comma delimited)\" writes); check that accented letters "
                           "look right, or save the file as \"CSV UTF-8\" so nothing is guessed");
    return out;
}

std::string ascii_lower_trimmed(std::string_view text) {
    const char* space = " \t\r\n\v\f";
    const std::size_t begin = text.find_first_not_of(space);
    if (begin == std::string_view::npos) return "";
    std::string out(text.substr(begin, text.find_last_not_of(space) - begin + 1));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

CsvText decode_csv_bytes(std::string_view bytes, const std::string& file_name) {
    CsvText out;
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
        bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
        throw Error(file_name, 1, "the file is saved as UTF-32; " + std::string(kSaveAsUtf8));
    }
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        out = decode_utf16(bytes, file_name);
    } else {
        const bool utf8_mark = bytes.substr(0, 3) == "\xEF\xBB\xBF";
        if (utf8_mark) bytes.remove_prefix(3);
        const std::size_t invalid = find_invalid_utf8(bytes);
        if (invalid == std::string_view::npos) {
            out.text = std::string(bytes);
        } else if (utf8_mark) {
            throw Error(file_name, line_at(bytes, invalid),
                        "the byte " + hex_byte(bytes[invalid]) +
                            " on this line is not UTF-8, although the file starts with the "
                            "UTF-8 mark: the file mixes two encodings; " +
                            kSaveAsUtf8);
        } else {
            out = decode_windows_1252(bytes, file_name, invalid);
        }
    }
    const std::size_t nul = out.text.find('\0');
    if (nul != std::string::npos) {
        throw Error(file_name, line_at(out.text, nul),
                    "this line holds a NUL character, which CSV text never does: the file is "
                    "not a CSV file, or is UTF-16 without its byte order mark; " +
                        std::string(kSaveAsUtf8));
    }
    return out;
}

std::size_t csv_column_index(const CsvColumns& columns, std::string_view header_cell) {
    const std::string name = ascii_lower_trimmed(header_cell);
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        for (const auto& accepted : columns.names[i]) {
            if (name == accepted) return i;
        }
    }
    return std::string_view::npos;
}

namespace {

// The columns the header row names when split at `delimiter`; nothing when quotes are out of
// place with that separator (then it is not the file's separator).
std::optional<std::set<std::size_t>> header_columns(std::string_view text, char delimiter,
                                                    const CsvColumns& columns) {
    std::vector<std::string> header;
    try {
        read_csv_rows(text, delimiter, "", [&](CsvRow& row) {
            header = std::move(row.fields);
            return false;
        });
    } catch (const Error&) {
        return std::nullopt;
    }
    std::set<std::size_t> known;
    for (const auto& cell : header) {
        const std::size_t column = csv_column_index(columns, cell);
        if (column != std::string_view::npos) known.insert(column);
    }
    return known;
}

constexpr char kDelimiters[] = {',', ';', '\t'};

}  // namespace

char detect_csv_delimiter(std::string_view text, const CsvColumns& columns) {
    char best = ',';
    std::size_t best_known = 0;  // 0: no candidate names the required column yet
    for (const char delimiter : kDelimiters) {
        const auto known = header_columns(text, delimiter, columns);
        if (known && known->count(columns.required) && known->size() > best_known) {
            best = delimiter;
            best_known = known->size();
        }
    }
    return best;
}

bool csv_header_names_required(std::string_view text, const CsvColumns& columns) {
    for (const char delimiter : kDelimiters) {
        const auto known = header_columns(text, delimiter, columns);
        if (known && known->count(columns.required)) return true;
    }
    return false;
}

}  // namespace hostspace
