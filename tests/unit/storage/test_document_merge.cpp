// Document::merge_foreign and own_lines_after: what sync does to a session on disk.
#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/session/op_json.hpp"
#include "core/storage/document.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::fixed_options;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::TempDir;

namespace {

AddNote note(const std::string& id, const std::string& text) {
    return AddNote{id, text, "", "", "yellow", "", {0, 0}};
}

// What a device uploads, as another device receives it.
std::vector<ForeignLine> lines_of(Document& from, std::uint64_t after = 0) {
    std::vector<ForeignLine> lines;
    for (auto& own : from.own_lines_after(after)) {
        lines.push_back(ForeignLine{decode_op_line(own.text), own.text});
    }
    return lines;
}

std::string state_json(const Document& doc) {
    return export_session_json(doc.state());
}

Document reopen(const std::filesystem::path& folder, const std::string& device) {
    std::vector<std::string> warnings;
    return Document::open(folder, fixed_options(device), warnings);
}

}  // namespace

TEST_CASE("own_lines_after gives this device's journal lines after a seq", "[document][sync]") {
    TempDir dir;
    Document doc = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    doc.commit({note("n1", "one")});
    doc.commit({note("n2", "two"), MoveNote{"n2", {4, 4}}});
    const auto all = doc.own_lines_after(0);
    REQUIRE(all.size() == 3);  // the title, then two changes
    CHECK(all[0].first_seq == 1);
    CHECK(all[2].first_seq == 3);
    CHECK(all[2].last_seq == 4);
    CHECK(decode_op_line(all[2].text).size() == 2);
    doc.commit({note("n3", "three")});  // kept up after the first reading
    const auto later = doc.own_lines_after(4);
    REQUIRE(later.size() == 1);
    CHECK(later[0].first_seq == 5);
    CHECK(decode_op_line(later[0].text)[0].id.seq == 5);
    CHECK(doc.own_lines_after(5).empty());
}

TEST_CASE("another device's lines are saved, folded in, and skipped when known",
          "[document][sync]") {
    TempDir dir;
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    a.commit({note("n1", "from A")});
    Document b = Document::create(dir / "b.hostspace", "Purpose", fixed_options(kDeviceB));
    CHECK(b.merge_foreign(lines_of(a)) == 2);
    REQUIRE(b.state().board.find_note("n1") != nullptr);
    CHECK(b.state().device_seq.at(kDeviceA) == 2);
    CHECK(b.merge_foreign(lines_of(a)) == 0);  // known already
    b.commit({note("n2", "from B")});
    // B's own op follows what it folded in, so it is stamped after A's.
    CHECK(b.state().max_lamport > a.state().max_lamport);

    // Saved: a reopen shows the same.
    const std::string before = state_json(b);
    Document again = reopen(dir / "b.hostspace", kDeviceB);
    CHECK(state_json(again) == before);
    CHECK(again.saved_seq() == 2);  // B's own seqs go on from its own ops, not A's
}

TEST_CASE("a gap in a device's seqs stops its lines there: the rest is not yet",
          "[document][sync]") {
    TempDir dir;
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    a.commit({note("n1", "one")});
    a.commit({note("n2", "two")});
    a.commit({note("n3", "three")});
    auto lines = lines_of(a);
    REQUIRE(lines.size() == 4);
    lines.erase(lines.begin() + 2);  // seq 3 has not arrived
    Document b = Document::create(dir / "b.hostspace", "Purpose", fixed_options(kDeviceB));
    CHECK(b.merge_foreign(lines) == 2);
    CHECK(b.state().board.find_note("n3") == nullptr);
    CHECK(b.merge_foreign(lines_of(a)) == 2);  // the rest, once it is there
    CHECK(b.state().board.find_note("n3") != nullptr);
}

TEST_CASE("ops that arrive after later ones give the state of folding all in order",
          "[document][sync]") {
    TempDir dir;
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    Document b = Document::create(dir / "b.hostspace", "Purpose", fixed_options(kDeviceB));
    // Both see the round open; then A, offline, casts Priya's only dot first in fold order,
    // and B casts one for her later. Whichever arrives first, A's dot is the one that counts.
    VotingRules rules;
    rules.dots_per_person = 1;
    a.commit({note("n1", "one"), note("n2", "two"), OpenVotingRound{"v", "Vote", rules}});
    b.merge_foreign(lines_of(a));
    a.commit({CastDot{"d-a", "v", "n1", "Priya"}});
    b.commit({note("n3", "three")});
    b.commit({CastDot{"d-b", "v", "n2", "Priya"}});
    REQUIRE(b.state().voting.find_round("v")->find_dot("d-b")->live.value);

    const std::size_t refolds = b.refold_count();
    b.merge_foreign(lines_of(a, 4));
    CHECK(b.refold_count() == refolds + 1);
    const auto* round = b.state().voting.find_round("v");
    REQUIRE(round->find_dot("d-a") != nullptr);
    CHECK(round->find_dot("d-a")->live.value);
    CHECK(round->find_dot("d-b") == nullptr);  // refused in fold order: Priya had no dot left

    // A, receiving B's ops in the other order, ends in exactly the same state.
    a.merge_foreign(lines_of(b));
    CHECK(state_json(a) == state_json(b));
    // And a fresh device that gets everything at once agrees too.
    Document c = Document::create(dir / "c.hostspace", "Purpose",
                                  fixed_options("cccccccc-0000-4000-8000-000000000003"));
    auto all = lines_of(b);
    for (auto& line : lines_of(a)) all.push_back(line);
    c.merge_foreign(all);
    CHECK(state_json(c) == state_json(a));
    // Reopening the merged session folds the same state from its snapshot and journal.
    CHECK(state_json(reopen(dir / "b.hostspace", kDeviceB)) == state_json(b));
}

TEST_CASE("a device's own ops offered as another's are refused", "[document][sync]") {
    TempDir dir;
    Document a = Document::create(dir / "a.hostspace", "Purpose", fixed_options(kDeviceA));
    const auto mine = lines_of(a);
    CHECK_THROWS_WITH(a.merge_foreign(mine), Catch::Contains("own ops"));
}
