#pragma once
// An open session: its folder on disk (NAME.hostspace/ with journal.jsonl and snapshot.json),
// the folded state, and this device's undo history. Every change goes through commit(), which
// saves it (append + fdatasync) before it touches the state, so what is shown is what is saved.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/session/history.hpp"
#include "core/session/session.hpp"

namespace hostspace {

class JournalWriter;
struct JournalTail;

using WallClock = std::function<std::int64_t()>;  // Unix time in milliseconds
std::int64_t system_clock_ms();

// One journal line of another device's ops, as sync fetched it: one atomic change of that
// device, its ops in seq order, and the same line as text (saved as it came).
struct ForeignLine {
    std::vector<Op> ops;
    std::string text;
};

// One journal line of this device's own ops, for sync to upload.
struct OwnJournalLine {
    std::uint64_t first_seq = 0, last_seq = 0;
    std::string text;  // without its newline
};

struct DocumentOptions {
    std::string device_id;              // this installation's UUID
    WallClock clock = system_clock_ms;  // injected so tests get fixed times
};

// "board" -> "board.hostspace"; a path already ending in .hostspace is kept.
std::filesystem::path session_folder_for(const std::string& name);

inline const char* journal_file_name() {
    return "journal.jsonl";
}
inline const char* snapshot_file_name() {
    return "snapshot.json";
}

class Document {
  public:
    // Creates NAME.hostspace/ with an empty journal and snapshot, then records the title.
    // Throws hostspace::Error if the folder already holds a session or cannot be written.
    static Document create(const std::filesystem::path& folder, const std::string& title,
                           DocumentOptions options);

    // Opens a session: snapshot + journal tail. Warnings (a dropped torn line) are appended to
    // `warnings`. Any other damage throws hostspace::Error naming file, line and reason; a
    // failed open writes nothing.
    static Document open(const std::filesystem::path& folder, DocumentOptions options,
                         std::vector<std::string>& warnings);

    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    ~Document();

    const Session& state() const { return state_; }
    const std::filesystem::path& folder() const { return folder_; }
    const std::string& device_id() const { return options_.device_id; }

    // One user change (one undo step): stamps the payloads, saves them as one journal line,
    // then folds them in. Throws hostspace::Error if saving fails; the state is then unchanged.
    void commit(const std::vector<OpPayload>& payloads);
    // A change nobody made by hand (the timer advancing by itself at zero): saved and folded in
    // like commit(), but not an undo step, so Ctrl+Z still undoes the user's own last change.
    void commit_without_undo(const std::vector<OpPayload>& payloads);

    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    bool undo();  // false when there was nothing to undo
    bool redo();

    // Writes the snapshot now so the next open replays nothing.
    void write_snapshot();
    // Writes the snapshot when the journal tail has grown past `max_tail_lines`.
    void compact_if_needed(std::size_t max_tail_lines = 2000);
    std::size_t tail_lines() const { return journal_lines_ - snapshot_lines_; }

    // The highest sequence number of this device's ops that is saved on disk.
    std::uint64_t saved_seq() const;

    // Folds in lines of other devices' ops that sync fetched (document_merge.cpp). Lines
    // already folded in are skipped, and so is everything after a gap in a device's seqs (a
    // gap is "not yet"); the rest are saved (one append, one fdatasync) and then folded in.
    // When one of them comes before ops already folded (a laptop that was offline), the whole
    // journal is folded again in order, so the state never depends on arrival order. Returns
    // the number of ops folded in. Throws hostspace::Error if saving fails (nothing changed).
    std::size_t merge_foreign(const std::vector<ForeignLine>& lines);
    // Saves this copy's changes under `device` from now on (sync gives a copy restored from an
    // older backup an id of its own: see core/sync/session_device.hpp). The ops already saved
    // keep theirs, and from now on count as another device's.
    void continue_as_device(const std::string& device);
    // This device's journal lines with ops after seq `after`, in order, for upload.
    std::vector<OwnJournalLine> own_lines_after(std::uint64_t after);
    // How many times the whole journal was folded again (tests and benchmarks read it).
    std::size_t refold_count() const { return refolds_; }

  private:
    Document(std::filesystem::path folder, DocumentOptions options);
    // Saves and applies; returns the inverse of what was applied, for the history.
    std::vector<OpPayload> save_and_apply(const std::vector<OpPayload>& payloads);
    // The writer, opened (and the lock taken) at the first change. Anything another window
    // saved meanwhile is folded in first, so nothing it wrote is cut or numbered twice.
    JournalWriter& writer();
    void fold_in(const JournalTail& tail);
    // Folds ops (in any order) onto the state, or the whole journal again when one comes
    // before what is folded already.
    void fold_ops(std::vector<const Op*> ops);
    void refold_journal();
    void record_line(const std::string& line, std::uint64_t offset, const std::vector<Op>& ops);

    std::filesystem::path folder_;
    DocumentOptions options_;
    Session state_;
    UndoHistory history_;
    std::unique_ptr<JournalWriter> writer_;  // opened at the first change, holds the lock
    std::uint64_t journal_end_ = 0;          // bytes of the journal that are folded in
    std::size_t journal_lines_ = 0;
    std::uint64_t journal_hash_ = 0;  // fnv1a of the journal's first journal_end_ bytes
    std::size_t snapshot_lines_ = 0;
    // The latest stamp folded in; before any, the snapshot's Lamport clock stands for it (an
    // op at or below it may come before something the snapshot holds).
    std::optional<Stamp> folded_max_;
    std::uint64_t snapshot_lamport_ = 0;
    std::size_t refolds_ = 0;
    // Where this device's own lines are in the journal, found once on the first upload and
    // kept up as lines are saved: (first seq, last seq, offset, length).
    struct OwnLineAt {
        std::uint64_t first_seq, last_seq, offset, length;
    };
    std::optional<std::vector<OwnLineAt>> own_lines_;
};

}  // namespace hostspace
