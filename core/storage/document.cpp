#include "core/storage/document.hpp"

#include <algorithm>
#include <chrono>

#include "core/session/op_json.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/journal.hpp"
#include "core/storage/snapshot.hpp"
#include "core/util/error.hpp"
#include "core/util/fnv1a.hpp"

namespace hostspace {

std::int64_t system_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::filesystem::path session_folder_for(const std::string& name) {
    std::filesystem::path path(name);
    while (path.has_parent_path() && path.filename().empty()) path = path.parent_path();  // "x/"
    if (path.extension() == ".hostspace") return path;
    return path.string() + ".hostspace";
}

Document::Document(std::filesystem::path folder, DocumentOptions options)
    : folder_(std::move(folder)), options_(std::move(options)), journal_hash_(kFnv1aSeed) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Document Document::create(const std::filesystem::path& folder, const std::string& title,
                          DocumentOptions options) {
    if (options.device_id.empty()) throw Error("no device id given");
    std::error_code ec;
    if (std::filesystem::exists(folder / snapshot_file_name()) ||
        std::filesystem::exists(folder / journal_file_name())) {
        throw Error(folder.string(), 0, "a session already exists here");
    }
    std::filesystem::create_directories(folder, ec);
    if (ec) throw Error(folder.string(), 0, "cannot create the session folder: " + ec.message());
    fsync_directory(std::filesystem::absolute(folder).parent_path());

    Document doc(folder, std::move(options));
    doc.writer();  // creates and locks the journal before the snapshot names it
    fsync_directory(folder);
    doc.write_snapshot();
    if (!title.empty()) doc.commit({SetMeta{MetaField::title, title}});
    return doc;
}

Document Document::open(const std::filesystem::path& folder, DocumentOptions options,
                        std::vector<std::string>& warnings) {
    if (!std::filesystem::is_directory(folder)) {
        throw Error(folder.string(), 0, "no session here (expected a NAME.hostspace folder)");
    }
    if (options.device_id.empty()) throw Error("no device id given");
    const auto journal = folder / journal_file_name();
    if (!std::filesystem::exists(journal)) {
        throw Error(journal.string(), 0, "the journal is missing (a session folder needs one)");
    }
    Snapshot snapshot = load_snapshot(folder / snapshot_file_name());
    JournalTail tail = read_journal(journal, snapshot.journal_offset, snapshot.journal_lines,
                                    snapshot.journal_hash);
    if (tail.torn_warning) warnings.push_back(*tail.torn_warning);

    Document doc(folder, std::move(options));
    doc.state_ = std::move(snapshot.session);
    doc.snapshot_lines_ = snapshot.journal_lines;
    doc.snapshot_lamport_ = doc.state_.max_lamport;
    doc.fold_in(tail);
    return doc;
}

void Document::fold_in(const JournalTail& tail) {
    // The tail is in file (commit) order; fold_ops sorts it into fold order.
    std::vector<const Op*> ops;
    ops.reserve(tail.ops.size());
    for (const auto& op : tail.ops) ops.push_back(&op);
    if (!tail.ops.empty()) own_lines_.reset();  // another window's lines: found again if needed
    journal_end_ = tail.good_end;
    journal_lines_ = tail.line_count;
    journal_hash_ = tail.hash;
    fold_ops(std::move(ops));
}

JournalWriter& Document::writer() {
    if (writer_) return *writer_;
    const auto file = folder_ / journal_file_name();
    auto journal = std::make_unique<JournalWriter>(file);  // takes the lock first
    if (journal->size() != journal_end_) {
        // Another window saved changes (or a crash left half a line) since this one read the
        // journal: fold in its complete lines, then drop only an incomplete one.
        fold_in(read_journal(file, journal_end_, journal_lines_));
        journal->drop_incomplete_tail(journal_end_);
    }
    writer_ = std::move(journal);
    return *writer_;
}

std::vector<OpPayload> Document::save_and_apply(const std::vector<OpPayload>& payloads) {
    if (payloads.empty()) return {};
    JournalWriter& journal = writer();  // first: it may fold in another window's changes
    const std::int64_t now = options_.clock();
    std::uint64_t seq = saved_seq();
    std::uint64_t lamport = state_.max_lamport;
    std::vector<Op> ops;
    ops.reserve(payloads.size());
    for (const auto& payload : payloads) {
        ops.push_back(Op{OpId{options_.device_id, ++seq}, ++lamport, now, payload});
    }
    const std::string line = encode_op_line(ops);
    const std::uint64_t offset = journal.size();
    journal.append(line);  // throws before anything changed if not saved
    record_line(line, offset, ops);
    journal_end_ = journal.size();
    journal_hash_ = fnv1a("\n", fnv1a(line, journal_hash_));
    ++journal_lines_;

    // Undo runs the ops' inverses in reverse order: collect each op's inverse, then reverse.
    std::vector<std::vector<OpPayload>> steps;
    steps.reserve(ops.size());
    for (const auto& op : ops) {
        steps.push_back(invert(state_, op.payload));
        apply(state_, op);
    }
    folded_max_ = ops.back().stamp();  // a new op is stamped after everything folded
    std::vector<OpPayload> inverse;
    for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
        for (auto& payload : *step) inverse.push_back(std::move(payload));
    }
    return inverse;
}

void Document::commit(const std::vector<OpPayload>& payloads) {
    history_.record(save_and_apply(payloads));
}

void Document::commit_without_undo(const std::vector<OpPayload>& payloads) {
    save_and_apply(payloads);
}

bool Document::undo() {
    auto step = history_.take_undo();
    if (step.empty()) return false;
    try {
        history_.push_redo(save_and_apply(step));
    } catch (...) {
        history_.push_undo(std::move(step));  // not saved: keep it undoable
        throw;
    }
    return true;
}

bool Document::redo() {
    auto step = history_.take_redo();
    if (step.empty()) return false;
    try {
        history_.push_undo(save_and_apply(step));
    } catch (...) {
        history_.push_redo(std::move(step));
        throw;
    }
    return true;
}

void Document::write_snapshot() {
    save_snapshot(folder_ / snapshot_file_name(), journal_end_, journal_lines_, journal_hash_,
                  state_);
    snapshot_lines_ = journal_lines_;
}

void Document::compact_if_needed(std::size_t max_tail_lines) {
    if (tail_lines() > max_tail_lines) write_snapshot();
}

void Document::continue_as_device(const std::string& device) {
    options_.device_id = device;
    own_lines_.reset();  // found again, for the new id, at the next upload
}

std::uint64_t Document::saved_seq() const {
    const auto it = state_.device_seq.find(options_.device_id);
    return it == state_.device_seq.end() ? 0 : it->second;
}

}  // namespace hostspace
