#include "core/storage/durable_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <streambuf>
#include <utility>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

std::string errno_text() {
    return std::strerror(errno);
}

void write_all(int fd, std::string_view bytes, const std::string& name) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            throw Error(name, 0, "cannot write: " + errno_text());
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

// An output stream buffer over a file descriptor. A failed write throws hostspace::Error (the
// stream would only set a flag and lose the reason).
class FdOutBuffer : public std::streambuf {
  public:
    FdOutBuffer(int fd, std::string name) : fd_(fd), name_(std::move(name)) {
        setp(buffer_, buffer_ + sizeof buffer_);
    }

  protected:
    int_type overflow(int_type ch) override {
        flush_buffer();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (n >= static_cast<std::streamsize>(sizeof buffer_)) {  // large pieces go straight out
            flush_buffer();
            write_all(fd_, std::string_view(s, static_cast<std::size_t>(n)), name_);
            return n;
        }
        return std::streambuf::xsputn(s, n);
    }
    int sync() override {
        flush_buffer();
        return 0;
    }

  private:
    void flush_buffer() {
        write_all(fd_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())),
                  name_);
        setp(buffer_, buffer_ + sizeof buffer_);
    }

    int fd_;
    std::string name_;
    char buffer_[64 * 1024];
};

}  // namespace

std::string read_whole_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(file.string(), 0, "cannot open for reading: " + errno_text());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw Error(file.string(), 0, "cannot read: " + errno_text());
    return bytes.str();
}

void fsync_directory(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw Error(folder.string(), 0, "cannot open folder: " + errno_text());
    const int rc = ::fsync(fd);
    const std::string reason = errno_text();
    ::close(fd);
    if (rc != 0) throw Error(folder.string(), 0, "cannot sync folder: " + reason);
}

void write_file_atomically(const std::filesystem::path& file, std::string_view bytes) {
    write_file_atomically(file, [bytes](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

namespace {

void write_with_mode(const std::filesystem::path& file,
                     const std::function<void(std::ostream&)>& write, mode_t mode) {
    const std::filesystem::path temp = file.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) throw Error(temp.string(), 0, "cannot create: " + errno_text());
    try {
        // A temp file left by a crash keeps its old mode through O_TRUNC: set it again.
        if (::fchmod(fd, mode) != 0)
            throw Error(temp.string(), 0, "cannot set its mode: " + errno_text());
        FdOutBuffer buffer(fd, temp.string());
        std::ostream out(&buffer);
        out.exceptions(std::ios::badbit);  // the buffer's Error comes through, not a flag
        write(out);
        out.flush();
        if (::fsync(fd) != 0) throw Error(temp.string(), 0, "cannot sync: " + errno_text());
    } catch (...) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    ::close(fd);
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const std::string reason = errno_text();
        ::unlink(temp.c_str());
        throw Error(file.string(), 0, "cannot replace: " + reason);
    }
    fsync_directory(file.has_parent_path() ? file.parent_path() : ".");
}

}  // namespace

void write_file_atomically(const std::filesystem::path& file,
                           const std::function<void(std::ostream&)>& write) {
    write_with_mode(file, write, 0644);
}

void write_private_file_atomically(const std::filesystem::path& file, std::string_view bytes) {
    write_with_mode(
        file,
        [bytes](std::ostream& out) {
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        },
        0600);
}

}  // namespace hostspace
