#include <catch2/catch.hpp>

#include "core/board/arrange.hpp"
#include "core/board/board_edit.hpp"
#include "core/board/filter.hpp"
#include "core/board/geometry.hpp"
#include "core/storage/snapshot.hpp"
#include "core/util/text.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;
using hostspace::test::TempDir;

namespace {

Session board_session() {
    return fold({
        make_op(kDeviceA, 1, 1, AddGroup{"g1", "Voice of children", "", {0, 0}}),
        make_op(kDeviceA, 2, 2, AddGroup{"g2", "Trust", "", {800, 0}}),
        make_op(kDeviceA, 3, 3, AddNote{"n1", "Listen first", "Ann", "NHS", "", "g1", {0, 50}}),
        make_op(kDeviceA, 4, 4,
                AddNote{"n2", "Café talk", "Zo\xC3\xAB", "Police", "", "g1", {200, 50}}),
        make_op(kDeviceA, 5, 5, AddNote{"n3", "Share data", "Bo", "ÉCOLE", "", "g2", {800, 50}}),
        make_op(kDeviceA, 6, 6, AddNote{"n4", "Loose idea", "Ann", "", "", "", {50, 900}}),
        make_op(kDeviceA, 7, 7, AddNote{"n5", "Gone", "", "", "", "", {0, 0}}),
        make_op(kDeviceA, 8, 8, DeleteNote{"n5"}),
    });
}

// Applies `ops` as one step and returns the state after.
Session after(Session s, const std::vector<OpPayload>& ops) {
    std::uint64_t seq = s.device_seq[kDeviceA];
    for (const auto& op : ops) {
        ++seq;
        apply(s, make_op(kDeviceA, seq, seq, op));
    }
    return s;
}

}  // namespace

TEST_CASE("move_notes moves every live note by the same delta, clamped to the board",
          "[board][edit]") {
    const Session s = board_session();
    const auto ops = move_notes(s.board, {"n1", "n3", "n5", "missing"}, Vec2{-20, 10.4f});
    REQUIRE(ops.size() == 2);  // the deleted and the missing note are skipped
    const Session moved = after(s, ops);
    CHECK(moved.board.find_note("n1")->position.value == Vec2{0, 60});  // x clamped at 0
    CHECK(moved.board.find_note("n3")->position.value == Vec2{780, 60});
    CHECK(move_notes(s.board, {"n1"}, Vec2{0, 0}).empty());
}

TEST_CASE("drop_notes moves notes into a group or out of every group", "[board][edit]") {
    const Session s = board_session();
    const Session into = after(s, drop_notes(s.board, {"n1", "n4"}, Vec2{800, 0}, "g2"));
    CHECK(into.board.find_note("n1")->group_id.value == "g2");
    CHECK(into.board.find_note("n4")->group_id.value == "g2");
    CHECK(into.board.find_note("n1")->position.value == Vec2{800, 50});
    const Session out = after(into, drop_notes(into.board, {"n1"}, Vec2{0, 600}, ""));
    CHECK(out.board.find_note("n1")->group_id.value.empty());
    // A group that is gone is not a target: the notes only move.
    const Session gone = after(s, {DeleteGroup{"g2"}});
    const auto ops = drop_notes(gone.board, {"n1"}, Vec2{10, 0}, "g2");
    REQUIRE(ops.size() == 1);
    CHECK(std::holds_alternative<MoveNote>(ops[0]));
}

TEST_CASE("recolour, delete and duplicate act on the live notes given", "[board][edit]") {
    const Session s = board_session();
    const auto recolour = recolour_notes(s.board, {"n1", "n2", "n5"}, "sky");
    CHECK(recolour.size() == 2);
    CHECK(after(s, recolour).board.find_note("n2")->colour.value == "sky");
    CHECK(delete_notes(s.board, {"n1", "n5"}).size() == 1);
    CHECK(after(s, delete_notes(s.board, {"n1"})).board.live_note_count() == 3);

    int next = 0;
    std::vector<std::string> created;
    const auto copies = duplicate_notes(
        s.board, {"n2", "n5"}, Vec2{20, 20}, [&] { return "copy" + std::to_string(++next); },
        &created);
    REQUIRE(copies.size() == 1);
    CHECK(created == std::vector<std::string>{"copy1"});
    const Session dup = after(s, copies);
    const Note* copy = dup.board.find_note("copy1");
    REQUIRE(copy);
    CHECK(copy->text.value == "Café talk");
    CHECK(copy->author.value == "Zo\xC3\xAB");
    CHECK(copy->organisation.value == "Police");
    CHECK(copy->group_id.value == "g1");
    CHECK(copy->position.value == Vec2{220, 70});
}

TEST_CASE("arrange lays each group out in a grid under its title", "[board][arrange]") {
    const Session s = board_session();
    const Session tidy = after(s, arrange_by_group(s.board, nullptr));
    const auto pos = [&](const char* id) { return tidy.board.find_note(id)->position.value; };
    // g1 first (reading order), two notes side by side under the title band.
    CHECK(tidy.board.find_group("g1")->position.value == Vec2{0, 0});
    CHECK(pos("n1") == Vec2{0, kGroupTitleBand});
    CHECK(pos("n2") == Vec2{kNoteWidth + kNoteGap, kGroupTitleBand});
    // g2 to the right of g1's block, with the group gap.
    const float g2_x = 2 * kNoteWidth + kNoteGap + 80;
    CHECK(tidy.board.find_group("g2")->position.value == Vec2{g2_x, 0});
    CHECK(pos("n3") == Vec2{g2_x, kGroupTitleBand});
    // The loose note starts a new row below the groups.
    CHECK(pos("n4").x == 0);
    CHECK(pos("n4").y == kGroupTitleBand + kNoteHeight + kNoteGap + 80);
    // Arranging again changes nothing.
    CHECK(arrange_by_group(tidy.board, nullptr).empty());
}

TEST_CASE("arrange wraps groups and uses measured heights", "[board][arrange]") {
    std::vector<Op> ops;
    std::uint64_t seq = 0;
    for (int g = 0; g < 3; ++g) {
        ++seq;
        ops.push_back(make_op(kDeviceA, seq, seq,
                              AddGroup{"g" + std::to_string(g), "G", "", {g * 1000.0f, 0}}));
        for (int n = 0; n < 5; ++n) {
            ++seq;
            ops.push_back(make_op(kDeviceA, seq, seq,
                                  AddNote{"n" + std::to_string(g * 10 + n),
                                          "x",
                                          "",
                                          "",
                                          "",
                                          "g" + std::to_string(g),
                                          {g * 1000.0f, 100.0f + n}}));
        }
    }
    const Session s = fold(ops);
    ArrangeOptions options;
    options.max_columns = 3;
    options.row_width = 1500;
    const auto tall = [](const Note& note) { return note.id == "n1" ? 300.0f : kNoteHeight; };
    const Session tidy = after(s, arrange_by_group(s.board, tall, options));
    const auto pos = [&](const std::string& id) {
        return tidy.board.find_note(id)->position.value;
    };
    // 5 notes -> 3 columns: rows of 3 and 2; n1 (tall) makes its row 300 high.
    CHECK(pos("n0") == Vec2{0, kGroupTitleBand});
    CHECK(pos("n2") == Vec2{2 * (kNoteWidth + kNoteGap), kGroupTitleBand});
    CHECK(pos("n3") == Vec2{0, kGroupTitleBand + 300 + kNoteGap});
    // A block is 3*200-20 = 580 wide: two fit in 1500, the third wraps to a new row.
    CHECK(tidy.board.find_group("g1")->position.value.y == 0);
    CHECK(tidy.board.find_group("g2")->position.value.x == 0);
    CHECK(tidy.board.find_group("g2")->position.value.y > 300);
}

TEST_CASE("the filter finds notes by text, author, organisation or group", "[board][filter]") {
    const Session s = board_session();
    using Ids = std::vector<std::string>;
    CHECK(matching_notes(s.board, parse_filter("")) == Ids{"n1", "n2", "n3", "n4"});
    CHECK(matching_notes(s.board, parse_filter("ann")) == Ids{"n1", "n4"});
    CHECK(matching_notes(s.board, parse_filter("author:ann")) == Ids{"n1", "n4"});
    CHECK(matching_notes(s.board, parse_filter("  By: ZOË ")) == Ids{"n2"});
    CHECK(matching_notes(s.board, parse_filter("org:école")) == Ids{"n3"});
    CHECK(matching_notes(s.board, parse_filter("group:children")) == Ids{"n1", "n2"});
    CHECK(matching_notes(s.board, parse_filter("theme:trust")) == Ids{"n3"});
    CHECK(matching_notes(s.board, parse_filter("text:idea")) == Ids{"n4"});
    CHECK(matching_notes(s.board, parse_filter("CAFÉ")) == Ids{"n2"});
    CHECK(matching_notes(s.board, parse_filter("text:ann")).empty());
    CHECK(matching_notes(s.board, parse_filter("gone")).empty());  // deleted notes never match
    CHECK(parse_filter("author:").field == FilterField::author);
    CHECK_FALSE(parse_filter("author:").active());
    CHECK(fold_case("ÀÉÎÕÜ×Þ ABC") == "àéîõü×þ abc");
    CHECK(note_matches(s.board, *s.board.find_note("n3"), parse_filter("share")));
}

TEST_CASE("the find box counts matches hidden in collapsed groups", "[board][filter]") {
    const Session open = board_session();
    CHECK(matches_in_collapsed_groups(open.board, parse_filter("a")).notes == 0);  // none collapsed
    const Session s =
        after(open, {SetGroupCollapsed{"g1", true}, SetGroupCollapsed{"g2", true},
                     AddNote{"n6", "Another", "", "", "", "g2", {900, 50}}, DeleteNote{"n6"}});
    using Ids = std::vector<std::string>;
    // "a": Listen first (Ann, g1), Café talk (g1), Share data (g2); Loose idea is in no group.
    const CollapsedMatches a = matches_in_collapsed_groups(s.board, parse_filter("a"));
    CHECK(a.notes == 3);
    CHECK(a.groups == Ids{"g1", "g2"});
    const CollapsedMatches share = matches_in_collapsed_groups(s.board, parse_filter("share"));
    CHECK(share.notes == 1);
    CHECK(share.groups == Ids{"g2"});
    // Deleted notes never count; nor does anything when the filter is empty.
    CHECK(matches_in_collapsed_groups(s.board, parse_filter("another")).notes == 0);
    CHECK(matches_in_collapsed_groups(s.board, parse_filter("")).groups.empty());
    // Opening a group takes its notes out of the hidden count.
    const Session opened = after(s, {SetGroupCollapsed{"g1", false}});
    CHECK(matches_in_collapsed_groups(opened.board, parse_filter("a")).groups == Ids{"g2"});
}

TEST_CASE("groups toggle collapsed together: any open collapses them all", "[board][edit]") {
    const Session s = board_session();
    using Ids = std::vector<std::string>;
    // n1, n2 in g1; n3 in g2; n4 in no group; n5 deleted.
    CHECK(groups_of_notes(s.board, {"n3", "n1", "n2", "n4", "n5", "ghost"}) == Ids{"g2", "g1"});
    const Session one = after(s, {SetGroupCollapsed{"g1", true}});
    const auto ops = toggle_groups_collapsed(one.board, {"g1", "g2", "g2", "nope"});
    REQUIRE(ops.size() == 1);  // g1 is collapsed already
    CHECK(std::get<SetGroupCollapsed>(ops[0]).id == "g2");
    CHECK(std::get<SetGroupCollapsed>(ops[0]).collapsed);
    const Session both = after(one, ops);
    const auto open = toggle_groups_collapsed(both.board, {"g1", "g2"});
    REQUIRE(open.size() == 2);
    CHECK_FALSE(std::get<SetGroupCollapsed>(open[1]).collapsed);
    CHECK(toggle_groups_collapsed(both.board, {}).empty());
}

TEST_CASE("a note for the current group lands in the group's grid", "[board][geometry]") {
    const Session s = board_session();
    std::vector<Rect> taken;
    for (const Note& note : s.board.notes) {
        if (!note.deleted.value) taken.push_back(note_rect(note));
    }
    // g2 holds n3 at (800, 50): the next free cell is to its right, under the title.
    CHECK(find_spot_in_group(s.board, *s.board.find_group("g2"), taken) ==
          Vec2{800 + kNoteWidth + kNoteGap, kGroupTitleBand});
    // find_free_spot keeps its old behaviour from the origin.
    CHECK(find_free_spot({}, 3) == Vec2{0, 0});
    CHECK(find_free_spot({}, 3, Vec2{40, 60}) == Vec2{40, 60});
}

TEST_CASE("a snapshot keeps voting rounds, dots, the tally and a group's collapse",
          "[storage][snapshot][voting]") {
    TempDir dir;
    Snapshot snap;
    Session s = board_session();
    s = after(
        s, {SetGroupCollapsed{"g1", true}, SetBoardAnonymous{true},
            OpenVotingRound{"v", "Top",
                            VotingRules{VoteTarget::notes, 2, 1, false, true, {"n1", "n2"}, "v0"}},
            CastDot{"d1", "v", "n1", "Priya"}, CastDot{"d2", "v", "n2", "Priya"},
            WithdrawDot{"d2", "v"}, AdjustTally{"v", "n2", 4}, RevealVotes{"v", true}});
    snap.session = s;
    save_snapshot(dir / "snapshot.json", snap);
    const Snapshot back = load_snapshot(dir / "snapshot.json");
    CHECK(back.session.board.find_group("g1")->collapsed.value);
    CHECK(back.session.board.anonymous.value);
    const VotingRound* round = back.session.voting.find_round("v");
    REQUIRE(round);
    CHECK(round->rules == s.voting.find_round("v")->rules);
    CHECK(round->revealed.value);
    REQUIRE(round->find_dot("d2"));
    CHECK_FALSE(round->find_dot("d2")->live.value);
    CHECK(round->find_dot("d1")->live.stamp ==
          s.voting.find_round("v")->find_dot("d1")->live.stamp);
    CHECK(round->tally_of("n2") == 4);
    CHECK(round->dots_used("Priya") == 1);
}

TEST_CASE("assign_notes_to_group moves only notes not already in the group", "[board][edit]") {
    const Session s = board_session();
    const auto ops = assign_notes_to_group(s.board, {"n1", "n3", "n5"}, "g2");
    REQUIRE(ops.size() == 1);  // n3 is in g2 already; n5 is deleted
    const Session grouped = after(s, ops);
    CHECK(grouped.board.find_note("n1")->group_id.value == "g2");
    CHECK(grouped.board.find_note("n1")->position.value == Vec2{0, 50});  // not moved
    CHECK(assign_notes_to_group(s.board, {"n4"}, "").empty());
}

TEST_CASE("trim_space takes spaces, tabs and line breaks off both ends", "[text]") {
    CHECK(trim_space("  Priya \t\r\n") == "Priya");
    CHECK(trim_space(" \n ") == "");
    CHECK(trim_space("a b") == "a b");
}
