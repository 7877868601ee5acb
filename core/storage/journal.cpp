#include "core/storage/journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"

namespace hostspace {

JournalTail read_journal(const std::filesystem::path& file, std::uint64_t offset,
                         std::size_t lines_before) {
    const std::string bytes = read_whole_file(file);
    const std::string name = file.string();
    if (offset > bytes.size()) {
        throw Error(name, 0,
                    "the journal is shorter (" + std::to_string(bytes.size()) +
                        " bytes) than the snapshot expects (" + std::to_string(offset) +
                        " bytes): it was cut or replaced");
    }
    if (offset > 0 && bytes[offset - 1] != '\n') {
        throw Error(name, lines_before,
                    "the snapshot does not end on a line boundary of this journal");
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
    return tail;
}

namespace {
std::string errno_text() {
    return std::strerror(errno);
}
}  // namespace

JournalWriter::JournalWriter(const std::filesystem::path& file, std::uint64_t good_end)
    : file_(file) {
    fd_ = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
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
    if (size_ > good_end) {
        if (::ftruncate(fd_, static_cast<off_t>(good_end)) != 0 || ::fdatasync(fd_) != 0) {
            ::close(fd_);
            throw Error(file.string(), 0, "cannot drop the incomplete last line: " + errno_text());
        }
        size_ = good_end;
    }
}

JournalWriter::~JournalWriter() {
    if (fd_ >= 0) ::close(fd_);
}

void JournalWriter::append(const std::string& line) {
    std::string record = line;
    record.push_back('\n');
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
