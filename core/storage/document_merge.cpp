// Document's part in sync: folding in other devices' lines, folding the whole journal again
// when ops arrive out of order, and finding this device's own lines for upload.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/storage/journal.hpp"
#include "core/util/error.hpp"
#include "core/util/fnv1a.hpp"

namespace hostspace {

void Document::fold_ops(std::vector<const Op*> ops) {
    if (ops.empty()) return;
    std::sort(ops.begin(), ops.end(), [](const Op* a, const Op* b) { return fold_before(*a, *b); });
    const Op& first = *ops.front();
    // Stamps make every field last-writer-wins, but some rules are decided in fold order (a
    // voter's dot budget): an op that comes before one already folded means a fold of all.
    const bool before_folded =
        first.lamport <= snapshot_lamport_ || (folded_max_ && first.stamp() < *folded_max_);
    if (before_folded) {
        refold_journal();
        return;
    }
    for (const Op* op : ops) apply(state_, *op);
    folded_max_ = ops.back()->stamp();
}

void Document::refold_journal() {
    JournalTail all = read_journal(folder_ / journal_file_name(), 0, 0);
    std::sort(all.ops.begin(), all.ops.end(), fold_before);
    Session fresh;
    for (const auto& op : all.ops) apply(fresh, op);
    state_ = std::move(fresh);
    folded_max_.reset();
    if (!all.ops.empty()) folded_max_ = all.ops.back().stamp();
    snapshot_lamport_ = 0;
    ++refolds_;
}

std::size_t Document::merge_foreign(const std::vector<ForeignLine>& lines) {
    if (lines.empty()) return 0;
    JournalWriter& journal = writer();  // first: it may fold in another window's changes

    // Per device, the next seq that may follow: lines already folded are skipped, and a
    // device's lines stop at a gap (the missing ones have not arrived yet).
    std::map<std::string, std::uint64_t> next;
    std::set<std::string> stalled;
    std::vector<const ForeignLine*> fresh;
    for (const auto& line : lines) {
        if (line.ops.empty()) continue;
        const std::string& device = line.ops.front().id.device;
        if (device == options_.device_id) {
            throw Error("sync offered this device's own ops as another's");
        }
        for (std::size_t i = 1; i < line.ops.size(); ++i) {
            if (line.ops[i].id.device != device ||
                line.ops[i].id.seq != line.ops[i - 1].id.seq + 1) {
                throw Error("a line of another device's ops is not one device's run of seqs");
            }
        }
        auto expected = next.find(device);
        if (expected == next.end()) {
            const auto known = state_.device_seq.find(device);
            const std::uint64_t seen = known == state_.device_seq.end() ? 0 : known->second;
            expected = next.emplace(device, seen + 1).first;
        }
        if (stalled.count(device) > 0 || line.ops.back().id.seq < expected->second) continue;
        if (line.ops.front().id.seq != expected->second) {
            stalled.insert(device);
            continue;
        }
        expected->second = line.ops.back().id.seq + 1;
        fresh.push_back(&line);
    }
    if (fresh.empty()) return 0;

    std::vector<std::string> texts;
    texts.reserve(fresh.size());
    for (const ForeignLine* line : fresh) texts.push_back(line->text);
    journal.append_lines(texts);  // throws before anything changed if not saved
    for (const auto& text : texts) journal_hash_ = fnv1a("\n", fnv1a(text, journal_hash_));
    journal_end_ = journal.size();
    journal_lines_ += texts.size();

    std::vector<const Op*> ops;
    for (const ForeignLine* line : fresh) {
        for (const auto& op : line->ops) ops.push_back(&op);
    }
    const std::size_t count = ops.size();
    const std::size_t refolds_before = refolds_;
    fold_ops(std::move(ops));
    // After a fold of all, a snapshot now spares the next open from folding all again.
    if (refolds_ != refolds_before) write_snapshot();
    return count;
}

void Document::record_line(const std::string& line, std::uint64_t offset,
                           const std::vector<Op>& ops) {
    if (!own_lines_ || ops.empty() || ops.front().id.device != options_.device_id) return;
    own_lines_->push_back(OwnLineAt{ops.front().id.seq, ops.back().id.seq, offset, line.size()});
}

std::vector<OwnJournalLine> Document::own_lines_after(std::uint64_t after) {
    const auto file = folder_ / journal_file_name();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(file.string(), 0, "cannot read the journal");
    if (!own_lines_) {
        // Found once, by reading every line; kept up by record_line from then on.
        own_lines_.emplace();
        std::string text;
        std::uint64_t offset = 0;
        while (offset < journal_end_ && std::getline(in, text)) {
            const std::uint64_t length = text.size();
            if (offset + length + 1 > journal_end_) break;  // an incomplete last line
            std::vector<Op> ops = decode_op_line(text);
            if (!ops.empty() && ops.front().id.device == options_.device_id) {
                own_lines_->push_back(
                    OwnLineAt{ops.front().id.seq, ops.back().id.seq, offset, length});
            }
            offset += length + 1;
        }
        in.clear();
    }
    std::vector<OwnJournalLine> result;
    for (const auto& at : *own_lines_) {
        if (at.last_seq <= after) continue;
        OwnJournalLine line{at.first_seq, at.last_seq, std::string(at.length, '\0')};
        in.seekg(static_cast<std::streamoff>(at.offset));
        if (!in.read(line.text.data(), static_cast<std::streamsize>(at.length))) {
            throw Error(file.string(), 0, "cannot read the journal");
        }
        result.push_back(std::move(line));
    }
    return result;
}

}  // namespace hostspace
