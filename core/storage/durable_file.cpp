#include "core/storage/durable_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

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
    const std::filesystem::path temp = file.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw Error(temp.string(), 0, "cannot create: " + errno_text());
    try {
        write_all(fd, bytes, temp.string());
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

}  // namespace hostspace
