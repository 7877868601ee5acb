#include "core/import/import_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <variant>

#include "core/import/csv_text.hpp"
#include "core/import/notes_csv.hpp"
#include "core/import/participants_csv.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

// Rounded up, so a file just over the limit never reads as equal to it.
std::string megabytes(std::uintmax_t bytes) {
    const double tenths = std::ceil(static_cast<double>(bytes) * 10 / (1024 * 1024));
    char out[32];
    std::snprintf(out, sizeof out, "%.1f MB", tenths / 10);
    return out;
}

std::string counted(std::size_t n, const char* one, const char* many) {
    return (n == 0 ? std::string("no") : std::to_string(n)) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string read_import_file(const std::filesystem::path& path) {
    const std::string name = path.string();
    if (name.empty()) throw Error("no file was named; give the path of a CSV file");
    // Non-blocking, so a named pipe or a device chosen by mistake is refused, not waited on.
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            throw Error(name, 0, "there is no such file; check the folder and the file name");
        }
        if (error == EACCES || error == EPERM) {
            throw Error(name, 0,
                        "you may not read this file (permission denied); copy it somewhere "
                        "you may, or ask whoever owns it");
        }
        throw Error(name, 0, std::string("cannot open the file: ") + std::strerror(error));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        throw Error(name, 0, std::string("cannot read the file: ") + std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        throw Error(name, 0, "this is a folder, not a file; choose the CSV file inside it");
    }
    if (!S_ISREG(info.st_mode))
        throw Error(name, 0, "this is not a regular file; choose a CSV file");
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size == 0) {
        throw Error(name, 0,
                    "the file is empty (0 bytes); save the spreadsheet as CSV again, with a "
                    "header row naming the columns");
    }
    if (size > kMaxImportFileBytes) {
        throw Error(name, 0,
                    "the file is " + megabytes(size) + ", more than the " +
                        std::to_string(kMaxImportFileBytes / (1024 * 1024)) +
                        " MB an import reads (a list of notes or people is far smaller); check "
                        "that this is the right file");
    }
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(size));
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(fd.get(), chunk, sizeof chunk);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw Error(name, 0, std::string("cannot read the file: ") + std::strerror(errno));
        }
        if (got == 0) break;
        bytes.append(chunk, static_cast<std::size_t>(got));
        if (bytes.size() > kMaxImportFileBytes) {  // it grew while being read
            throw Error(name, 0,
                        "the file grew past " +
                            std::to_string(kMaxImportFileBytes / (1024 * 1024)) + " MB" +
                            " while it was read; wait until it is saved, then import it");
        }
    }
    return bytes;
}

ImportPlan plan_notes_file(const Session& session, const std::filesystem::path& path,
                           const std::function<std::string()>& new_id) {
    const NotesCsv csv = parse_notes_csv(read_import_file(path), path.string());
    ImportPlan plan;
    plan.ops = plan_notes_import(session, csv, new_id);
    plan.warnings = csv.warnings;
    plan.count = csv.notes.size();
    for (const auto& op : plan.ops) plan.new_groups += std::holds_alternative<AddGroup>(op);
    return plan;
}

ImportPlan plan_participants_file(const Session& session, const std::filesystem::path& path,
                                  const std::function<std::string()>& new_id) {
    const ParticipantsCsv csv = parse_participants_csv(read_import_file(path), path.string());
    ImportPlan plan;
    plan.warnings = csv.warnings;
    plan.ops = plan_participants_import(session, csv, new_id, plan.warnings);
    plan.count = plan.ops.size();
    return plan;
}

std::string import_amount(const ImportPlan& plan, ImportKind kind) {
    std::string out = kind == ImportKind::notes
                          ? counted(plan.count, "note", "notes")
                          : counted(plan.count, "participant", "participants");
    if (kind == ImportKind::notes && plan.new_groups > 0) {
        out += " (" + counted(plan.new_groups, "new theme", "new themes") + ")";
    }
    return out;
}

std::string import_summary(const ImportPlan& plan, ImportKind kind, const std::string& into) {
    std::string out = "imported ";
    out += kind == ImportKind::notes ? counted(plan.count, "note", "notes")
                                     : counted(plan.count, "participant", "participants");
    if (!into.empty()) out += " into " + into;
    if (kind == ImportKind::notes && plan.new_groups > 0) {
        out += " (" + counted(plan.new_groups, "new theme", "new themes") + ")";
    }
    return out;
}

namespace {

std::string lower_ascii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// From the header row: a notes file names a text column, a participants file a name column.
std::optional<ImportKind> kind_from_header(const std::filesystem::path& path) {
    std::string text;
    try {
        text = decode_csv_bytes(read_import_file(path), path.string()).text;
    } catch (const Error&) {
        return std::nullopt;  // the import itself will say what is wrong with the file
    }
    if (csv_header_names_required(text, notes_columns())) return ImportKind::notes;
    if (csv_header_names_required(text, participant_columns())) return ImportKind::participants;
    return std::nullopt;
}

}  // namespace

std::optional<ImportKind> guess_import_kind(const std::filesystem::path& path) {
    if (const auto from_header = kind_from_header(path)) return from_header;
    const std::string stem = lower_ascii(path.stem().string());
    for (const char* word :
         {"participant", "attendee", "people", "member", "register", "delegate", "guest"}) {
        if (stem.find(word) != std::string::npos) return ImportKind::participants;
    }
    for (const char* word : {"note", "idea", "board", "harvest", "sticky"}) {
        if (stem.find(word) != std::string::npos) return ImportKind::notes;
    }
    return std::nullopt;
}

}  // namespace hostspace
