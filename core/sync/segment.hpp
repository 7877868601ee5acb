#pragma once
// A segment: one device's ops from seq `first` to `last`, as a file on the sync server
// (<base>/<event>/ops/<device>/<first>-<last>.jsonl). A device writes only its own segments,
// once, under names no other device uses, so nothing on the server is ever overwritten. The
// header line holds a SHA-256 of the lines below it: a file cut short by a dropped connection
// or changed by anything else is refused, never folded in.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::sync {

constexpr int kSegmentSchemaVersion = 1;
// A segment holds whole journal lines up to about this many bytes (one larger line goes alone).
constexpr std::size_t kSegmentTargetBytes = 1000 * 1000;

struct SeqRange {
    std::uint64_t first = 0, last = 0;
    friend bool operator==(const SeqRange& a, const SeqRange& b) {
        return a.first == b.first && a.last == b.last;
    }
};

// "000000000001-000000000057.jsonl" for seqs 1..57: zero-padded so a file browser lists
// segments in order.
std::string segment_file_name(SeqRange range);
// The range a segment file's name stands for; nullopt for any other file (a server check's
// probe, a desktop.ini a sync client left).
std::optional<SeqRange> parse_segment_file_name(std::string_view name);

// One journal line of the device's own ops, as it is in the journal.
struct OwnLine {
    SeqRange seqs;
    std::string text;  // the line without its newline
};

// The file's bytes for these lines (their seqs must run on without a gap).
std::string encode_segment(const std::string& device, const std::vector<OwnLine>& lines);

struct DecodedSegment {
    std::string device;
    SeqRange seqs;
    std::vector<std::vector<Op>> lines;  // each line's ops, one atomic change each
    std::vector<std::string> texts;      // the same lines as text, for the journal
};

// Checks and reads a downloaded segment: the header, its hash, that the name's range and the
// device folder match the header, that every line reads and that the ops are exactly this
// device's seqs first..last in order. Throws hostspace::Error with the reason.
DecodedSegment decode_segment(std::string_view bytes, const std::string& device, SeqRange named);

// Splits lines (in seq order, no gaps) into segments of about kSegmentTargetBytes.
std::vector<std::vector<OwnLine>> split_into_segments(
    std::vector<OwnLine> lines, std::size_t target_bytes = kSegmentTargetBytes);

// Lowercase hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace hostspace::sync
