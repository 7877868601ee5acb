#include "core/storage/repair.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <sstream>

#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/snapshot.hpp"
#include "core/util/error.hpp"
#include "core/util/exact_json.hpp"
#include "core/util/fnv1a.hpp"

namespace hostspace {
namespace {

std::string errno_text() {
    return std::strerror(errno);
}

// A line that a newer hostspace wrote: valid JSON with a newer schema version, or an op type
// this one does not know. Not damage: that version reads it.
bool written_by_newer(std::string_view line, const std::string& reason) {
    if (reason.rfind("unknown operation type", 0) == 0) return true;
    rapidjson::Document doc;
    if (!parse_json_exact(doc, line).empty() || !doc.IsObject()) return false;
    const auto version = doc.FindMember("v");
    return version != doc.MemberEnd() && version->value.IsInt() &&
           version->value.GetInt() > kOpSchemaVersion;
}

// The session's lock, as JournalWriter takes it (flock on the journal), held while repair
// reads and writes, so a window that is saving to the session is never cut short.
class SessionLock {
  public:
    explicit SessionLock(const std::filesystem::path& journal) {
        fd_ = ::open(journal.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) {
            if (errno == ENOENT || errno == ENOTDIR) return;  // nobody can be writing it
            throw Error(journal.string(), 0, "cannot open: " + errno_text());
        }
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            fd_ = -1;
            throw Error(journal.string(), 0,
                        "the session is open in another hostspace window: close it there, then "
                        "repair it. Nothing was changed");
        }
    }
    ~SessionLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;

  private:
    int fd_ = -1;
};

// Why `snapshot` does not stand for the start of this journal, or "" when it does: the checks
// opening makes (read_journal).
std::string snapshot_mismatch(std::string_view journal, const Snapshot& snapshot) {
    const std::uint64_t offset = snapshot.journal_offset;
    if (offset > journal.size()) {
        return "the journal is shorter (" + std::to_string(journal.size()) +
               " bytes) than the snapshot expects (" + std::to_string(offset) + " bytes)";
    }
    if (offset > 0 && journal[offset - 1] != '\n') {
        return "the snapshot does not end on a line boundary of the journal";
    }
    if (fnv1a(journal.substr(0, offset)) != snapshot.journal_hash) {
        return "journal lines the snapshot stands for were changed after it was written";
    }
    return "";
}

// What the folder holds, read once under the lock: the journal's lines, the snapshot if it
// reads, and whether anything needs repair.
struct Assessment {
    std::filesystem::path journal_file, snapshot_file;
    bool journal_exists = false, snapshot_exists = false;
    std::string journal;  // its bytes ("" when missing)
    JournalRepairPlan plan;
    std::optional<Snapshot> snapshot;
    std::string snapshot_problem;  // why it does not read, or does not match the journal
    bool snapshot_reads = false;
};

Assessment assess(const std::filesystem::path& folder, const RepairOptions& options) {
    if (!std::filesystem::is_directory(folder)) {
        throw Error(folder.string(), 0, "no session here (expected a NAME.hostspace folder)");
    }
    Assessment a;
    a.journal_file = folder / journal_file_name();
    a.snapshot_file = folder / snapshot_file_name();
    a.journal_exists = std::filesystem::exists(a.journal_file);
    a.snapshot_exists = std::filesystem::exists(a.snapshot_file);
    if (!a.journal_exists && !a.snapshot_exists) {
        throw Error(folder.string(), 0,
                    "no session here: the folder has neither journal.jsonl nor snapshot.json");
    }
    if (a.journal_exists) a.journal = read_whole_file(a.journal_file);
    a.plan = plan_journal_repair(a.journal);
    if (const DroppedLine* newer = a.plan.first_newer(); newer && !options.drop_newer) {
        throw Error(a.journal_file.string(), newer->number,
                    newer->reason +
                        ": a newer hostspace wrote this line, and that version can open the "
                        "session. Nothing was changed (`hostspace repair --drop-unknown` would "
                        "set such lines aside with the damaged ones)");
    }
    try {
        a.snapshot = load_snapshot(a.snapshot_file);
        a.snapshot_reads = true;
    } catch (const Error& e) {
        if (e.reason().find("newer than this hostspace") != std::string::npos) {
            throw Error(a.snapshot_file.string(), 0,
                        e.reason() + ": open the session with that version. Nothing was changed");
        }
        a.snapshot_problem = e.reason();
    }
    if (!a.journal_exists && !a.snapshot_reads) {
        throw Error(a.journal_file.string(), 0,
                    "the journal is missing and the snapshot does not read (" + a.snapshot_problem +
                        "): there is nothing to rebuild the session from");
    }
    if (a.snapshot_reads) {
        a.snapshot_problem = snapshot_mismatch(a.journal, *a.snapshot);
        for (auto& line : a.plan.dropped) line.in_snapshot = line.end <= a.snapshot->journal_offset;
    }
    return a;
}

bool healthy(const Assessment& a) {
    return a.journal_exists && a.snapshot_reads && a.snapshot_problem.empty() &&
           !a.plan.changes_journal();
}

RepairReport report_of(const std::filesystem::path& folder, const Assessment& a) {
    RepairReport report;
    report.folder = folder;
    report.needed = !healthy(a);
    report.lines_kept = a.plan.kept.size();
    report.dropped = a.plan.dropped;
    report.torn_kept = a.plan.torn_kept;
    if (!report.needed) return report;
    report.journal_rewritten = a.plan.changes_journal() || !a.journal_exists;
    report.journal_missing = !a.journal_exists;
    report.snapshot_problem = a.snapshot_problem;
    report.snapshot = a.snapshot_reads ? SnapshotRepair::caught_up : SnapshotRepair::rebuilt;
    return report;
}

// The state to save with the repaired journal: the snapshot's (when it reads) with the kept
// lines' ops it does not hold yet folded on, in fold order, as opening does.
Session repaired_state(const Assessment& a) {
    Session state = a.snapshot_reads ? a.snapshot->session : Session{};
    const std::map<std::string, std::uint64_t> held = state.device_seq;
    std::vector<Op> ops;
    for (const auto& line : a.plan.kept) {
        const std::string_view text(a.journal.data() + line.begin, line.end - line.begin);
        for (auto& op : decode_op_line(text)) {
            const auto seen = held.find(op.id.device);
            if (seen != held.end() && op.id.seq <= seen->second) continue;  // folded already
            ops.push_back(std::move(op));
        }
    }
    std::sort(ops.begin(), ops.end(), fold_before);
    for (const auto& op : ops) apply(state, op);
    return state;
}

// Writes `bytes` to a new file "<name>-<stamp>.<ext>" in `folder` (then "-2", "-3"... if that
// exists): never over an existing file. Returns its path.
std::filesystem::path keep_copy(const std::filesystem::path& folder, const std::string& name,
                                const std::string& stamp, const std::string& ext,
                                std::string_view bytes) {
    for (int n = 1;; ++n) {
        const std::string suffix = n == 1 ? "" : "-" + std::to_string(n);
        const std::filesystem::path path = folder / (name + "-" + stamp + suffix + ext);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) {
            throw Error(path.string(), 0,
                        "cannot keep a copy of the damaged file: " + errno_text() +
                            ". Nothing was changed");
        }
        std::string_view rest = bytes;
        bool ok = true;
        while (ok && !rest.empty()) {
            const ssize_t written = ::write(fd, rest.data(), rest.size());
            if (written < 0 && errno == EINTR) continue;
            ok = written > 0;
            if (ok) rest.remove_prefix(static_cast<std::size_t>(written));
        }
        ok = ok && ::fsync(fd) == 0;
        const std::string reason = errno_text();
        ::close(fd);
        if (!ok) {
            ::unlink(path.c_str());
            throw Error(
                path.string(), 0,
                "cannot keep a copy of the damaged file: " + reason + ". Nothing was changed");
        }
        return path;
    }
}

std::string lines_word(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " line" : " lines");
}

}  // namespace

const DroppedLine* JournalRepairPlan::first_newer() const {
    for (const auto& line : dropped) {
        if (line.newer) return &line;
    }
    return nullptr;
}

JournalRepairPlan plan_journal_repair(std::string_view bytes) {
    JournalRepairPlan plan;
    std::size_t pos = 0, number = 0;
    while (pos < bytes.size()) {
        ++number;
        std::size_t newline = bytes.find('\n', pos);
        const bool torn = newline == std::string_view::npos;
        if (torn) newline = bytes.size();
        const std::string_view line = bytes.substr(pos, newline - pos);
        const std::size_t next = torn ? bytes.size() : newline + 1;
        try {
            decode_op_line(line);
            plan.kept.push_back(KeptLine{number, pos, newline});
            plan.torn_kept = torn;
        } catch (const Error& e) {
            DroppedLine dropped{number, e.reason(), written_by_newer(line, e.reason()), next};
            if (torn) {
                // Appends fsync a whole line with its line end before reporting it saved.
                dropped.reason = "an incomplete last line (" + std::to_string(line.size()) +
                                 " bytes), most likely cut short by a crash; it was never "
                                 "reported saved";
                dropped.newer = false;
            }
            plan.dropped.push_back(std::move(dropped));
        }
        plan.torn = torn;
        pos = next;
    }
    return plan;
}

std::string rebuilt_journal(std::string_view bytes, const JournalRepairPlan& plan) {
    std::string out;
    for (const auto& line : plan.kept) {
        out.append(bytes.data() + line.begin, line.end - line.begin);
        out.push_back('\n');
    }
    return out;
}

std::string repair_time_stamp(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

RepairReport plan_session_repair(const std::filesystem::path& folder,
                                 const RepairOptions& options) {
    const SessionLock lock(folder / journal_file_name());
    return report_of(folder, assess(folder, options));
}

RepairReport repair_session(const std::filesystem::path& folder, const RepairOptions& options) {
    const SessionLock lock(folder / journal_file_name());
    const Assessment a = assess(folder, options);
    RepairReport report = report_of(folder, a);
    if (!report.needed) return report;

    // Everything is worked out before the first byte is written: a line that fails to decode
    // now would throw here, with nothing changed.
    const std::string journal =
        report.journal_rewritten ? rebuilt_journal(a.journal, a.plan) : a.journal;
    const Session state = repaired_state(a);

    const std::string stamp = repair_time_stamp(options.clock());
    if (a.journal_exists && a.plan.changes_journal()) {
        report.journal_copy = keep_copy(folder, "journal.damaged", stamp, ".jsonl", a.journal);
    }
    if (a.snapshot_exists && !a.snapshot_reads) {
        report.snapshot_copy =
            keep_copy(folder, "snapshot.damaged", stamp, ".json", read_whole_file(a.snapshot_file));
    }
    fsync_directory(folder);
    if (report.journal_rewritten) write_file_atomically(a.journal_file, journal);
    save_snapshot(a.snapshot_file, journal.size(), a.plan.kept.size(), fnv1a(journal), state);
    return report;
}

std::string describe_repair(const RepairReport& report) {
    std::ostringstream out;
    const std::string folder = report.folder.string();
    if (!report.needed) {
        out << folder << " opens cleanly: nothing needed repair, and nothing was changed.\n";
        return out.str();
    }
    out << "Repaired " << folder << ".\n";
    const std::size_t total = report.lines_kept + report.dropped.size();
    if (report.dropped.empty()) {
        out << "The journal: kept all " << lines_word(report.lines_kept) << ".\n";
    } else {
        out << "The journal: kept " << report.lines_kept << " of " << lines_word(total)
            << "; dropped " << lines_word(report.dropped.size()) << " that no longer read:\n";
        for (const auto& line : report.dropped) {
            out << "  line " << line.number << ": " << line.reason;
            if (line.newer) out << " (written by a newer hostspace)";
            if (line.in_snapshot) out << " (its change is kept: the snapshot held it)";
            out << "\n";
        }
    }
    if (report.journal_missing) out << "The journal was missing: a new one was made.\n";
    if (report.torn_kept) {
        out << "The last line had lost its line end (a crash cut it short) but read whole, so it "
               "was kept.\n";
    }
    if (!report.journal_copy.empty()) {
        out << "The damaged journal is kept unchanged as " << report.journal_copy.string() << "\n";
    }
    switch (report.snapshot) {
        case SnapshotRepair::unchanged:
            break;
        case SnapshotRepair::caught_up:
            out << "The snapshot was written again to match the journal, with every change it "
                   "held";
            if (!report.snapshot_problem.empty()) out << " (" << report.snapshot_problem << ")";
            out << ".\n";
            break;
        case SnapshotRepair::rebuilt:
            out << "The snapshot did not read (" << report.snapshot_problem
                << "): it was rebuilt from the journal.\n";
            break;
    }
    if (!report.snapshot_copy.empty()) {
        out << "The damaged snapshot is kept unchanged as " << report.snapshot_copy.string()
            << "\n";
    }
    return out.str();
}

}  // namespace hostspace
