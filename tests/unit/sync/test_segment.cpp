#include <catch2/catch.hpp>

#include "core/session/op_json.hpp"
#include "core/sync/segment.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

OwnLine line_of(std::vector<Op> ops) {
    return OwnLine{SeqRange{ops.front().id.seq, ops.back().id.seq}, encode_op_line(ops)};
}

std::vector<OwnLine> sample_lines() {
    return {line_of({make_op(kDeviceA, 1, 1, AddNote{"n1", "Kindness", "", "", "yellow", "", {}})}),
            line_of({make_op(kDeviceA, 2, 2, AddNote{"n2", "李伟 إيمان", "", "", "blue", "", {}}),
                     make_op(kDeviceA, 3, 3, MoveNote{"n2", {10, 20}})})};
}

}  // namespace

TEST_CASE("segment file names are zero-padded ranges and nothing else reads as one", "[sync]") {
    CHECK(segment_file_name({1, 57}) == "000000000001-000000000057.jsonl");
    CHECK(parse_segment_file_name("000000000001-000000000057.jsonl") == SeqRange{1, 57});
    CHECK(parse_segment_file_name("3-9.jsonl") == SeqRange{3, 9});
    CHECK_FALSE(parse_segment_file_name("server-check.txt"));
    CHECK_FALSE(parse_segment_file_name("9-3.jsonl"));
    CHECK_FALSE(parse_segment_file_name("0-3.jsonl"));
    CHECK_FALSE(parse_segment_file_name("a-3.jsonl"));
    CHECK_FALSE(parse_segment_file_name("3.jsonl"));
    CHECK_FALSE(parse_segment_file_name("1-2.jsonl.part"));
}

TEST_CASE("a segment reads back as the lines and ops it was made of", "[sync]") {
    const auto lines = sample_lines();
    const std::string bytes = encode_segment(kDeviceA, lines);
    const auto segment = decode_segment(bytes, kDeviceA, {1, 3});
    CHECK(segment.device == kDeviceA);
    CHECK(segment.seqs == SeqRange{1, 3});
    REQUIRE(segment.lines.size() == 2);
    CHECK(segment.lines[1].size() == 2);
    CHECK(segment.texts[1] == lines[1].text);
    CHECK(std::get<AddNote>(segment.lines[1][0].payload).text == "李伟 إيمان");
}

TEST_CASE("a damaged or mislabelled segment is refused with the reason", "[sync]") {
    const std::string bytes = encode_segment(kDeviceA, sample_lines());
    CHECK_THROWS_WITH(decode_segment(bytes.substr(0, bytes.size() - 10), kDeviceA, {1, 3}),
                      Catch::Contains("does not match its hash"));
    std::string changed = bytes;
    changed[changed.find("Kindness")] = 'k';
    CHECK_THROWS_WITH(decode_segment(changed, kDeviceA, {1, 3}),
                      Catch::Contains("does not match its hash"));
    CHECK_THROWS_WITH(decode_segment(bytes, kDeviceB, {1, 3}), Catch::Contains("another device"));
    CHECK_THROWS_WITH(decode_segment(bytes, kDeviceA, {1, 4}), Catch::Contains("name says"));
    CHECK_THROWS_WITH(decode_segment("<html>502 Bad Gateway</html>", kDeviceA, {1, 3}),
                      Catch::Contains("no header"));
    CHECK_THROWS_WITH(decode_segment("<html>\n", kDeviceA, {1, 3}), Catch::Contains("not JSON"));
}

TEST_CASE("a segment whose ops skip a seq is refused even with a good hash", "[sync]") {
    std::vector<OwnLine> lines = {
        line_of({make_op(kDeviceA, 1, 1, DeleteNote{"n1"})}),
        OwnLine{SeqRange{2, 2}, encode_op_line({make_op(kDeviceA, 3, 3, DeleteNote{"n1"})})}};
    const std::string bytes = encode_segment(kDeviceA, lines);
    CHECK_THROWS_WITH(decode_segment(bytes, kDeviceA, {1, 2}), Catch::Contains("run on"));
    CHECK_THROWS_WITH(encode_segment(kDeviceA, {lines[0], OwnLine{SeqRange{3, 3}, "{}"}}),
                      Catch::Contains("gap"));
}

TEST_CASE("lines are split into segments of about the target size, whole lines each", "[sync]") {
    std::vector<OwnLine> lines;
    for (std::uint64_t seq = 1; seq <= 10; ++seq) {
        lines.push_back(OwnLine{SeqRange{seq, seq}, std::string(99, 'x')});  // 100 bytes a line
    }
    const auto segments = split_into_segments(lines, 300);
    REQUIRE(segments.size() == 4);
    CHECK(segments[0].size() == 3);
    CHECK(segments[3].size() == 1);
    CHECK(segments[3][0].seqs.first == 10);
    // A line larger than the target goes alone.
    const auto big = split_into_segments({OwnLine{{1, 1}, std::string(1000, 'y')}}, 300);
    CHECK(big.size() == 1);
}

TEST_CASE("sha256_hex matches the standard test vector", "[sync]") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
