#pragma once
// Repair of a damaged session, for when opening it stops at a bad line. The damaged files are
// kept beside the session under new names (never overwritten or deleted); the journal is
// written again from every line that still reads, and the snapshot made to match it.
//
// What is kept: every journal line that reads as ops, in its original bytes. What the
// snapshot holds is kept too while the snapshot itself reads: it may hold changes whose
// journal lines were damaged after it was written, or cut off (a journal restored from an
// older copy). An op of the journal counts as already in the snapshot when its sequence number
// is at most the highest the snapshot saw from its device (a device's ops are saved in order);
// the others are folded onto it, as opening does. A snapshot that does not read is rebuilt
// from the journal alone.
//
// Lines written by a newer hostspace (an unknown op type, a newer schema version) are not
// damage: repair refuses to drop them unless asked to, since that version can read them.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/document.hpp"

namespace hostspace {

// ---- the pure part: which lines of a journal still read --------------------------------------

struct KeptLine {
    std::size_t number = 0;  // counted from 1
    std::size_t begin = 0;   // byte offsets in the journal, without the line end
    std::size_t end = 0;
};

struct DroppedLine {
    std::size_t number = 0;
    std::string reason;
    bool newer = false;        // written by a newer hostspace rather than damaged
    std::size_t end = 0;       // byte offset just past the line (and its line end, if any)
    bool in_snapshot = false;  // the snapshot, written after the line, still holds its change
};

struct JournalRepairPlan {
    std::vector<KeptLine> kept;
    std::vector<DroppedLine> dropped;
    bool torn = false;       // the last line has no line end: a write cut short by a crash
    bool torn_kept = false;  // ... and it still reads whole, so it is kept (with a line end)

    // Whether the journal must be written again (a line dropped, or a line end added).
    bool changes_journal() const { return torn || !dropped.empty(); }
    // The first line a newer hostspace wrote, or nullptr.
    const DroppedLine* first_newer() const;
};

// Reads `bytes` line by line, as opening does, but goes on past a bad line.
JournalRepairPlan plan_journal_repair(std::string_view bytes);

// The journal made of the kept lines, each with its line end, in their original order.
std::string rebuilt_journal(std::string_view bytes, const JournalRepairPlan& plan);

// "20260314T101500Z": the UTC time `unix_ms`, as the kept copies' names carry it.
std::string repair_time_stamp(std::int64_t unix_ms);

// ---- the effect: a session folder ------------------------------------------------------------

struct RepairOptions {
    WallClock clock = system_clock_ms;  // the time in the kept copies' names
    bool drop_newer = false;  // also drop lines a newer hostspace wrote (kept in the copy)
};

enum class SnapshotRepair {
    unchanged,  // it matched the journal, which was left as it was
    caught_up,  // it read: written again from what it held and the journal's kept lines
    rebuilt,    // it did not read (or was missing): made from the journal's kept lines
};

struct RepairReport {
    std::filesystem::path folder;
    bool needed = false;  // false: the session opens cleanly, and nothing was changed
    std::size_t lines_kept = 0;
    std::vector<DroppedLine> dropped;  // in line order
    bool torn_kept = false;            // the last line had lost its line end but read whole
    bool journal_rewritten = false;
    bool journal_missing = false;  // there was none: an empty one was made
    std::string snapshot_problem;  // why the snapshot was not used as it was ("" if it was)
    SnapshotRepair snapshot = SnapshotRepair::unchanged;
    std::filesystem::path journal_copy;   // the damaged journal, kept ("" when none was made)
    std::filesystem::path snapshot_copy;  // the damaged snapshot, kept ("" when none was made)
};

// What repair_session would do, changing nothing on disk (the copies' names stay empty).
// Throws hostspace::Error when the session cannot be repaired: no session in `folder`, lines
// or a snapshot written by a newer hostspace (unless options.drop_newer allows the lines), or
// the session open in another hostspace.
RepairReport plan_session_repair(const std::filesystem::path& folder,
                                 const RepairOptions& options = {});

// Repairs the session in `folder`, or leaves it byte for byte as it was when it opens cleanly
// (report.needed is then false). Holds the session's lock throughout. Throws hostspace::Error
// as plan_session_repair does, before anything is written; a failure while writing leaves the
// kept copies and either the old or the new journal and snapshot (written atomically), and
// running repair again finishes the work.
RepairReport repair_session(const std::filesystem::path& folder, const RepairOptions& options = {});

// The report for a person, several lines: what was kept and dropped, and where the damaged
// copies are.
std::string describe_repair(const RepairReport& report);

}  // namespace hostspace
