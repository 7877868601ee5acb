#include "core/sync/segment.hpp"

#include <glib.h>

#include <cstdio>

#include "core/session/op_json.hpp"
#include "core/util/error.hpp"
#include "core/util/exact_json.hpp"
#include "core/util/json_put.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::sync {
namespace {

constexpr std::size_t kSeqDigits = 12;

std::optional<std::uint64_t> parse_seq(std::string_view digits) {
    if (digits.empty() || digits.size() > 19) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

std::string padded(std::uint64_t seq) {
    std::string digits = std::to_string(seq);
    if (digits.size() < kSeqDigits) digits.insert(0, kSeqDigits - digits.size(), '0');
    return digits;
}

std::string header_line(const std::string& device, SeqRange range, std::size_t line_count,
                        const std::string& hash) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    json_put::put(w, "type", std::string("segment"));
    json_put::put_int(w, "v", kSegmentSchemaVersion);
    json_put::put(w, "device", device);
    w.Key("first");
    w.Uint64(range.first);
    w.Key("last");
    w.Uint64(range.last);
    w.Key("lines");
    w.Uint64(line_count);
    json_put::put(w, "sha256", hash);
    w.EndObject();
    return buffer.GetString();
}

std::uint64_t header_number(const rapidjson::Document& doc, const char* key) {
    const auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || !it->value.IsUint64()) {
        throw Error(std::string("its header has no number \"") + key + "\"");
    }
    return it->value.GetUint64();
}

std::string header_text(const rapidjson::Document& doc, const char* key) {
    const auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || !it->value.IsString()) {
        throw Error(std::string("its header has no text \"") + key + "\"");
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

}  // namespace

std::string segment_file_name(SeqRange range) {
    return padded(range.first) + "-" + padded(range.last) + ".jsonl";
}

std::optional<SeqRange> parse_segment_file_name(std::string_view name) {
    constexpr std::string_view kSuffix = ".jsonl";
    if (name.size() <= kSuffix.size() || name.substr(name.size() - kSuffix.size()) != kSuffix) {
        return std::nullopt;
    }
    name.remove_suffix(kSuffix.size());
    const auto dash = name.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const auto first = parse_seq(name.substr(0, dash));
    const auto last = parse_seq(name.substr(dash + 1));
    if (!first || !last || *first == 0 || *last < *first) return std::nullopt;
    return SeqRange{*first, *last};
}

std::string sha256_hex(std::string_view bytes) {
    gchar* hex = g_compute_checksum_for_data(
        G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(bytes.data()), bytes.size());
    std::string result(hex);
    g_free(hex);
    return result;
}

std::string encode_segment(const std::string& device, const std::vector<OwnLine>& lines) {
    if (lines.empty()) throw Error("a segment needs at least one line");
    std::string body;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 && lines[i].seqs.first != lines[i - 1].seqs.last + 1) {
            throw Error("a segment's lines must run on without a gap");
        }
        body += lines[i].text;
        body += '\n';
    }
    const SeqRange range{lines.front().seqs.first, lines.back().seqs.last};
    return header_line(device, range, lines.size(), sha256_hex(body)) + "\n" + body;
}

DecodedSegment decode_segment(std::string_view bytes, const std::string& device, SeqRange named) {
    const auto header_end = bytes.find('\n');
    if (header_end == std::string_view::npos) throw Error("it has no header line");
    rapidjson::Document header;
    if (!parse_json_exact(header, bytes.substr(0, header_end)).empty() || !header.IsObject()) {
        throw Error("its header line is not JSON");
    }
    if (header_text(header, "type") != "segment") throw Error("it is not an ops segment");
    const auto version = header_number(header, "v");
    if (version < 1 || version > static_cast<std::uint64_t>(kSegmentSchemaVersion)) {
        throw Error("its schema version " + std::to_string(version) +
                    " is newer than this hostspace reads (" +
                    std::to_string(kSegmentSchemaVersion) + "): update hostspace");
    }
    DecodedSegment segment;
    segment.device = header_text(header, "device");
    segment.seqs = SeqRange{header_number(header, "first"), header_number(header, "last")};
    if (segment.device != device) throw Error("it holds another device's ops");
    if (!(segment.seqs == named)) throw Error("its ops are not the ones its name says");
    const std::string_view body = bytes.substr(header_end + 1);
    if (sha256_hex(body) != header_text(header, "sha256")) {
        throw Error("its content does not match its hash (cut short or changed)");
    }

    std::uint64_t next = segment.seqs.first;
    std::size_t start = 0;
    while (start < body.size()) {
        const auto end = body.find('\n', start);
        if (end == std::string_view::npos) throw Error("its last line is cut short");
        const std::string_view text = body.substr(start, end - start);
        std::vector<Op> ops;
        try {
            ops = decode_op_line(text);
        } catch (const Error& e) {
            throw Error("line " + std::to_string(segment.lines.size() + 2) + ": " + e.reason());
        }
        for (const Op& op : ops) {
            if (op.id.device != device || op.id.seq != next) {
                throw Error("its ops do not run on from seq " + std::to_string(next));
            }
            ++next;
        }
        segment.lines.push_back(std::move(ops));
        segment.texts.emplace_back(text);
        start = end + 1;
    }
    if (segment.lines.size() != header_number(header, "lines") || next != segment.seqs.last + 1) {
        throw Error("it holds fewer ops than its header says");
    }
    return segment;
}

std::vector<std::vector<OwnLine>> split_into_segments(std::vector<OwnLine> lines,
                                                      std::size_t target_bytes) {
    std::vector<std::vector<OwnLine>> segments;
    std::size_t bytes = 0;
    for (auto& line : lines) {
        const std::size_t size = line.text.size() + 1;
        if (segments.empty() || (bytes > 0 && bytes + size > target_bytes)) {
            segments.emplace_back();
            bytes = 0;
        }
        bytes += size;
        segments.back().push_back(std::move(line));
    }
    return segments;
}

}  // namespace hostspace::sync
