#pragma once
// One call per kind of import that the window and the command line share: read the file the
// user named, parse and check all of it, and plan the ops, so both show the same warnings,
// errors and summary. Nothing here touches a session: the caller commits the ops as one step.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

enum class ImportKind { notes, participants };

struct ImportPlan {
    std::vector<OpPayload> ops;         // one undo step; empty when nothing is new
    std::vector<std::string> warnings;  // encoding guessed, columns ignored, rows skipped
    std::size_t count = 0;              // notes or participants added
    std::size_t new_groups = 0;         // themes created by a notes import
};

// Far above any sheet of notes (10,000 rows are about 1 MB), low enough that a wrong file
// chosen by mistake (a video, a disk image) is refused before it is read into memory.
constexpr std::uintmax_t kMaxImportFileBytes = 50u * 1024 * 1024;

// The bytes of the file at `path`. Throws hostspace::Error naming the file for one that is
// missing, unreadable, a folder or not a regular file, empty, or over kMaxImportFileBytes.
std::string read_import_file(const std::filesystem::path& path);

// read_import_file + parse_notes_csv + plan_notes_import. Throws hostspace::Error with file,
// line and reason.
ImportPlan plan_notes_file(const Session& session, const std::filesystem::path& path,
                           const std::function<std::string()>& new_id);

// read_import_file + parse_participants_csv + plan_participants_import.
ImportPlan plan_participants_file(const Session& session, const std::filesystem::path& path,
                                  const std::function<std::string()>& new_id);

// The sentence that reports an import: "imported 8 notes (2 new themes)", "imported 1
// participant"; with `into`, "imported 8 notes into board.hostspace (2 new themes)".
std::string import_summary(const ImportPlan& plan, ImportKind kind, const std::string& into = "");

// The amount alone, for a sentence of the caller's own: "8 notes (2 new themes)", "no
// participants".
std::string import_amount(const ImportPlan& plan, ImportKind kind);

// What a dropped file most likely holds: from its header row (a `text` column: notes; a `name`
// column and no `text`: participants), else from words in its name ("participants.csv",
// "Attendees 2026.csv", "board-notes.csv"); nullopt when neither says.
std::optional<ImportKind> guess_import_kind(const std::filesystem::path& path);

}  // namespace hostspace
