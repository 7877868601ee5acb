#pragma once
// The journal: one JSON line per committed change (a single op or an atomic batch), appended
// and fdatasync'ed before the change counts as saved. It is never rewritten, only appended to
// (and, after a torn write, cut back to its last complete line before the next append).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

struct JournalTail {
    std::vector<Op> ops;         // in file order
    std::uint64_t good_end = 0;  // byte offset just past the last complete, valid line
    std::size_t line_count = 0;  // lines in the file up to good_end, counted from the start
    std::uint64_t hash = 0;      // fnv1a of the file's bytes up to good_end
    std::optional<std::string> torn_warning;  // set when an incomplete last line was dropped
};

// Reads the lines from byte `offset` on (line numbers continue from `lines_before`). An
// incomplete last line (no newline) is dropped with a warning; any other damage throws
// hostspace::Error with the file, the line and the reason. When `prefix_hash` is given, the
// bytes before `offset` must still have that fnv1a fingerprint (they are what a snapshot
// folded); if not, the first damaged line there is named. Reading changes nothing.
JournalTail read_journal(const std::filesystem::path& file, std::uint64_t offset,
                         std::size_t lines_before,
                         std::optional<std::uint64_t> prefix_hash = std::nullopt);

// Appends lines to a journal. Holds an exclusive lock on the file so that two programs never
// write the same session at once.
class JournalWriter {
  public:
    // Opens for appending and takes the lock. Throws hostspace::Error if the file is locked
    // by another program or cannot be written.
    explicit JournalWriter(const std::filesystem::path& file);

    // Cuts an incomplete last line off, so the next append starts on a line of its own.
    // Refuses (hostspace::Error) to cut anything that holds a complete line.
    void drop_incomplete_tail(std::uint64_t good_end);
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    // Writes line + '\n' and fdatasyncs. On failure the file is cut back to where it was
    // and hostspace::Error is thrown: the change was not saved.
    void append(const std::string& line);
    // Writes several lines with one fdatasync: all are saved, or none.
    void append_lines(const std::vector<std::string>& lines);

    std::uint64_t size() const { return size_; }

  private:
    std::filesystem::path file_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

}  // namespace hostspace
