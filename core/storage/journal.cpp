#include "core/storage/journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/fnv1a.hpp"

namespace hostspace {

namespace {

// The part of the journal a snapshot folded is not what it was: cut, replaced or edited. Name
// the first line there that does not parse; failing that, give `reason`.
[[noreturn]] void report_damaged_prefix(const std::string& name, const std::string& bytes,
                                        std::uint64_t offset, const std::string& reason) {
    const std::size_t end = std::min<std::size_t>(offset, bytes.size());
    std::size_t pos = 0, line_number = 0;
    while (pos < end) {
        const std::size_t newline = bytes.find('\n', pos);
        if (newline == std::string::npos || newline >= end) break;  // only whole lines
        ++line_number;
        try {
            decode_op_line(std::string_view(bytes.data() + pos, newline - pos));
        } catch (const Error& e) {
            throw Error(name, line_number, e.reason());
        }
        pos = newline + 1;
    }
    throw Error(name, 0, reason);
}

}  // namespace

JournalTail read_journal(const std::filesystem::path& file, std::uint64_t offset,
                         std::size_t lines_before, std::optional<std::uint64_t> prefix_hash) {
    const std::string bytes = read_whole_file(file);
    const std::string name = file.string();
    if (offset > bytes.size()) {
        report_damaged_prefix(name, bytes, offset,
                              "the journal is shorter (" + std::to_string(bytes.size()) +
                                  " bytes) than the snapshot expects (" + std::to_string(offset) +
                                  " bytes): it was cut or replaced");
    }
    if (offset > 0 && bytes[offset - 1] != '\n') {
        report_damaged_prefix(name, bytes, offset,
                              "the snapshot does not end on a line boundary of this journal");
    }
    const std::uint64_t hash_before = fnv1a(std::string_view(bytes.data(), offset));
    if (prefix_hash && *prefix_hash != hash_before) {
        report_damaged_prefix(name, bytes, offset,
                              "lines were changed after hostspace wrote them (it only ever "
                              "appends), so they no longer match the snapshot");
    }
    JournalTail tail;
    tail.good_end = offset;
    tail.line_count = lines_before;
    std::size_t pos = offset;
    while (pos < bytes.size()) {
        const std::size_t newline = bytes.find('\n', pos);
        const std::size_t line_number = tail.line_count + 1;
        if (newline == std::string::npos) {
            // A write cut short by a crash or power loss. Appends fsync the whole line with its
            // newline before reporting it saved, so a line without one was never saved.
            tail.torn_warning = format_error_message(
                name, line_number,
                "dropped an incomplete last line (" + std::to_string(bytes.size() - pos) +
                    " bytes), most likely cut short by a crash; it was never reported saved");
            break;
        }
        try {
            auto ops = decode_op_line(std::string_view(bytes.data() + pos, newline - pos));
            for (auto& op : ops) tail.ops.push_back(std::move(op));
        } catch (const Error& e) {
            throw Error(name, line_number, e.reason());
        }
        tail.line_count = line_number;
        tail.good_end = newline + 1;
        pos = tail.good_end;
    }
    tail.hash = fnv1a(std::string_view(bytes.data() + offset, tail.good_end - offset), hash_before);
    return tail;
}

namespace {
std::string errno_text() {
    return std::strerror(errno);
}
}  // namespace

JournalWriter::JournalWriter(const std::filesystem::path& file) : file_(file) {
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw Error(file.string(), 0, "cannot open for writing: " + errno_text());
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd_);
        throw Error(file.string(), 0,
                    "the session is open in another hostspace; close it there first");
    }
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
        ::close(fd_);
        throw Error(file.string(), 0, "cannot inspect: " + errno_text());
    }
    size_ = static_cast<std::uint64_t>(info.st_size);
}

void JournalWriter::drop_incomplete_tail(std::uint64_t good_end) {
    if (size_ <= good_end) return;
    std::string excess(size_ - good_end, '\0');
    const ssize_t got = ::pread(fd_, excess.data(), excess.size(), static_cast<off_t>(good_end));
    if (got != static_cast<ssize_t>(excess.size())) {
        throw Error(file_.string(), 0, "cannot read the end of the journal: " + errno_text());
    }
    if (excess.find('\n') != std::string::npos) {
        throw Error(file_.string(), 0, "will not cut complete lines off the journal");
    }
    if (::ftruncate(fd_, static_cast<off_t>(good_end)) != 0 || ::fdatasync(fd_) != 0) {
        throw Error(file_.string(), 0, "cannot drop the incomplete last line: " + errno_text());
    }
    size_ = good_end;
}

JournalWriter::~JournalWriter() {
    if (fd_ >= 0) ::close(fd_);
}

void JournalWriter::append(const std::string& line) {
    append_lines({line});
}

void JournalWriter::append_lines(const std::vector<std::string>& lines) {
    std::string record;
    for (const auto& line : lines) {
        record += line;
        record.push_back('\n');
    }
    std::size_t done = 0;
    while (done < record.size()) {
        const ssize_t written = ::pwrite(fd_, record.data() + done, record.size() - done,
                                         static_cast<off_t>(size_ + done));
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            const std::string reason = written < 0 ? errno_text() : "no space written";
            if (::ftruncate(fd_, static_cast<off_t>(size_)) != 0) {
                // Left as is: the next open drops the incomplete line with a warning.
            }
            throw Error(file_.string(), 0, "the change was not saved: " + reason);
        }
        done += static_cast<std::size_t>(written);
    }
    if (::fdatasync(fd_) != 0) {
        const std::string reason = errno_text();
        if (::ftruncate(fd_, static_cast<off_t>(size_)) != 0) {
        }
        throw Error(file_.string(), 0, "the change was not saved (fdatasync failed): " + reason);
    }
    size_ += record.size();
}

}  // namespace hostspace
