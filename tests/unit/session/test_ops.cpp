#include <catch2/catch.hpp>

#include "core/export/json_export.hpp"
#include "core/session/session.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

// A board with one group, one note in it, one participant, and an agenda of two rounds. The
// agenda is by device B, so device A's seqs stay 1 to 5 and the tests continue from 6.
Session seeded_session() {
    return fold({
        make_op(kDeviceA, 1, 1, SetMeta{MetaField::title, "Board"}),
        make_op(kDeviceA, 2, 2, AddGroup{"g1", "Voice", "blue", {0, 0}}),
        make_op(kDeviceA, 3, 3,
                AddNote{"n1", "Listen first", "Ann", "NHS", "yellow", "g1", {10, 20}}),
        make_op(kDeviceA, 4, 4, AddParticipant{"p1", "Ann", "NHS", "Chair"}),
        make_op(kDeviceA, 5, 5, AddGroup{"g2", "Trust", "pink", {400, 0}}),
        make_op(kDeviceB, 1, 1, AddRound{"r1", "Check-in", "", "", 600, {}, 1}),
        make_op(kDeviceB, 2, 2, AddRound{"r2", "Café", "Q?", "world-cafe", 0, {{"Talk", 1200}}, 2}),
        make_op(kDeviceB, 3, 3, SetAgendaStart{1'795'341'600'000}),
    });
}

// Applies `payload`, then its inverse, and checks that the op changed what people see and the
// inverse put it back.
void check_op_and_inverse(const OpPayload& payload) {
    Session session = seeded_session();
    const std::string before = export_session_json(session);
    const auto inverse = invert(session, payload);
    apply(session, make_op(kDeviceA, 6, 6, payload));
    INFO(op_tag(payload));
    CHECK(export_session_json(session) != before);
    REQUIRE_FALSE(inverse.empty());
    std::uint64_t seq = 7;
    for (const auto& undo : inverse) {
        apply(session, make_op(kDeviceA, seq, seq, undo));
        ++seq;
    }
    CHECK(export_session_json(session) == before);
}

}  // namespace

TEST_CASE("every operation changes the state and its inverse restores it", "[ops]") {
    check_op_and_inverse(SetMeta{MetaField::question, "What is our purpose?"});
    check_op_and_inverse(SetMeta{MetaField::title, "New title"});
    check_op_and_inverse(AddParticipant{"p2", "Bo", "Police", "Member"});
    check_op_and_inverse(EditParticipant{"p1", "Ann B", "NHS", "Vice chair"});
    check_op_and_inverse(EditParticipant{"p1", {}, {}, "Vice chair"});
    check_op_and_inverse(RemoveParticipant{"p1"});
    check_op_and_inverse(AddNote{"n2", "Second", "Bo", "Police", "green", "", {300, 0}});
    check_op_and_inverse(EditNoteText{"n1", "Listen first, then act"});
    check_op_and_inverse(SetNoteAuthor{"n1", "Ann B", "ICB"});
    check_op_and_inverse(MoveNote{"n1", {50, 60}});
    check_op_and_inverse(SetNoteColour{"n1", "pink"});
    check_op_and_inverse(AssignNoteToGroup{"n1", "g2"});
    check_op_and_inverse(AssignNoteToGroup{"n1", ""});
    check_op_and_inverse(DeleteNote{"n1"});
    check_op_and_inverse(AddGroup{"g3", "Equity", "orange", {0, 500}});
    check_op_and_inverse(RenameGroup{"g1", "Voice of young people"});
    check_op_and_inverse(SetGroupColour{"g1", "green"});
    check_op_and_inverse(DeleteGroup{"g1"});
    check_op_and_inverse(SetGroupCollapsed{"g1", true});
    check_op_and_inverse(SetBoardAnonymous{true});
    check_op_and_inverse(AddRound{"r3", "Harvest", "", "harvest-round", 900, {}, 3});
    check_op_and_inverse(EditRound{"r1", "Welcome", std::nullopt, std::nullopt});
    check_op_and_inverse(EditRound{"r1", std::nullopt, "What brings you?", std::nullopt});
    check_op_and_inverse(EditRound{"r1", std::nullopt, std::nullopt, 900});
    check_op_and_inverse(EditRound{"r2", "Café round", "Deeper?", 60});
    check_op_and_inverse(SetRoundSteps{"r2", {{"Recap", 180}, {"Talk", 1020}}});
    check_op_and_inverse(SetRoundSteps{"r2", {}});
    check_op_and_inverse(MoveRound{"r2", 0});
    check_op_and_inverse(RemoveRound{"r1"});
    check_op_and_inverse(SetAgendaStart{1'795'345'200'000});
    check_op_and_inverse(SetAgendaStart{0});
}

TEST_CASE("a restored round comes back in its place", "[ops][agenda]") {
    Session s = seeded_session();
    const std::string before = export_session_json(s);
    const auto inverse = invert(s, RemoveRound{"r1"});
    apply(s, make_op(kDeviceA, 6, 6, RemoveRound{"r1"}));
    REQUIRE(inverse.size() == 1);
    CHECK(std::holds_alternative<RestoreRound>(inverse.front()));
    CHECK(std::holds_alternative<RemoveRound>(invert(s, RestoreRound{"r1"}).front()));
    apply(s, make_op(kDeviceA, 7, 7, inverse.front()));
    CHECK(export_session_json(s) == before);
}

TEST_CASE("restores invert to deletes", "[ops]") {
    Session s = seeded_session();
    apply(s, make_op(kDeviceA, 6, 6, DeleteNote{"n1"}));
    apply(s, make_op(kDeviceA, 7, 7, DeleteGroup{"g2"}));
    apply(s, make_op(kDeviceA, 8, 8, RemoveParticipant{"p1"}));
    CHECK(invert(s, RestoreNote{"n1"}).size() == 1);
    CHECK(std::holds_alternative<DeleteNote>(invert(s, RestoreNote{"n1"}).front()));
    CHECK(std::holds_alternative<DeleteGroup>(invert(s, RestoreGroup{"g2"}).front()));
    CHECK(std::holds_alternative<RemoveParticipant>(invert(s, RestoreParticipant{"p1"}).front()));
    apply(s, make_op(kDeviceA, 9, 9, RestoreNote{"n1"}));
    apply(s, make_op(kDeviceA, 10, 10, RestoreGroup{"g2"}));
    apply(s, make_op(kDeviceA, 11, 11, RestoreParticipant{"p1"}));
    CHECK_FALSE(s.board.find_note("n1")->deleted.value);
    CHECK_FALSE(s.board.find_group("g2")->deleted.value);
    CHECK_FALSE(s.find_participant("p1")->removed.value);
}

TEST_CASE("move_group moves the group", "[ops]") {
    Session s = seeded_session();
    const auto inverse = invert(s, MoveGroup{"g1", {5, 5}});
    apply(s, make_op(kDeviceA, 6, 6, MoveGroup{"g1", {5, 5}}));
    CHECK(s.board.find_group("g1")->position.value == Vec2{5, 5});
    REQUIRE(inverse.size() == 1);
    apply(s, make_op(kDeviceA, 7, 7, inverse.front()));
    CHECK(s.board.find_group("g1")->position.value == Vec2{0, 0});
}

TEST_CASE("an op whose target does not exist is ignored and inverts to nothing", "[ops]") {
    Session s = seeded_session();
    const std::string before = export_session_json(s);
    const OpPayload orphans[] = {EditNoteText{"gone", "x"}, MoveNote{"gone", {1, 1}},
                                 DeleteNote{"gone"}, RenameGroup{"nope", "x"},
                                 EditParticipant{"nobody", "a", "b", "c"}};
    std::uint64_t seq = 6;
    for (const auto& op : orphans) {
        CHECK(invert(s, op).empty());
        apply(s, make_op(kDeviceA, seq, seq, op));
        ++seq;
    }
    CHECK(export_session_json(s) == before);
}

TEST_CASE("a repeated add does not replace the note", "[ops]") {
    Session s = seeded_session();
    apply(s, make_op(kDeviceB, 1, 9, AddNote{"n1", "impostor", "", "", "red", "", {0, 0}}));
    CHECK(s.board.find_note("n1")->text.value == "Listen first");
    CHECK(s.board.notes.size() == 1);
}

TEST_CASE("the fold orders ops by (lamport, device, seq)", "[ops][fold]") {
    const Op add = make_op(kDeviceA, 1, 1, AddNote{"n", "a", "", "", "yellow", "", {0, 0}});
    const Op by_a = make_op(kDeviceA, 2, 5, EditNoteText{"n", "from A"});
    const Op by_b = make_op(kDeviceB, 1, 5, EditNoteText{"n", "from B"});
    const Op later = make_op(kDeviceA, 3, 6, SetNoteColour{"n", "blue"});
    CHECK(fold_before(by_a, by_b));  // same lamport: device id decides
    CHECK(fold_before(add, by_b));
    CHECK_FALSE(fold_before(later, by_b));

    // Same ops in any arrival order give the same state; the tie goes to device B.
    const Session one = fold({add, by_a, by_b, later});
    const Session two = fold({later, by_b, by_a, add});
    CHECK(one.board.find_note("n")->text.value == "from B");
    CHECK(export_session_json(one) == export_session_json(two));
    CHECK(one.max_lamport == 6);
    CHECK(one.device_seq.at(kDeviceA) == 3);
    CHECK(one.device_seq.at(kDeviceB) == 1);
    CHECK(one.op_count() == 4);
}

TEST_CASE("last writer wins per field, even when applied out of order", "[ops][fold]") {
    Session s;
    apply(s, make_op(kDeviceA, 1, 1, AddNote{"n", "a", "", "", "yellow", "", {0, 0}}));
    apply(s, make_op(kDeviceA, 2, 9, EditNoteText{"n", "newest"}, 5000));
    apply(s, make_op(kDeviceB, 1, 4, EditNoteText{"n", "older"}, 9000));
    apply(s, make_op(kDeviceB, 2, 5, MoveNote{"n", {7, 7}}));
    const Note& note = *s.board.find_note("n");
    CHECK(note.text.value == "newest");
    CHECK(note.edited_ms == 5000);  // from the op that won, not the last applied
    CHECK(note.position.value == Vec2{7, 7});
}

TEST_CASE("edits to a deleted note are kept and come back on restore", "[ops]") {
    Session s = seeded_session();
    apply(s, make_op(kDeviceA, 6, 6, DeleteNote{"n1"}));
    apply(s, make_op(kDeviceB, 1, 7, EditNoteText{"n1", "edited while deleted"}));
    CHECK(s.board.live_note_count() == 0);
    apply(s, make_op(kDeviceA, 7, 8, RestoreNote{"n1"}));
    CHECK(s.board.find_note("n1")->text.value == "edited while deleted");
}

TEST_CASE("op tags are the documented names", "[ops]") {
    CHECK(std::string(op_tag(AddNote{})) == "add_note");
    CHECK(std::string(op_tag(AssignNoteToGroup{})) == "assign_note_to_group");
    CHECK(std::string(op_tag(SetMeta{})) == "set_meta");
    CHECK(std::string(op_tag(RestoreGroup{})) == "restore_group");
    CHECK(std::string(op_tag(AddRound{})) == "add_round");
    CHECK(std::string(op_tag(EditRound{})) == "edit_round");
    CHECK(std::string(op_tag(SetRoundSteps{})) == "set_round_steps");
    CHECK(std::string(op_tag(MoveRound{})) == "move_round");
    CHECK(std::string(op_tag(RemoveRound{})) == "remove_round");
    CHECK(std::string(op_tag(RestoreRound{})) == "restore_round");
    CHECK(std::string(op_tag(SetAgendaStart{})) == "set_agenda_start");
    CHECK(std::string(op_tag(StartRound{})) == "start_round");
    CHECK(std::string(op_tag(PauseTimer{})) == "pause_timer");
    CHECK(std::string(op_tag(ResumeTimer{})) == "resume_timer");
    CHECK(std::string(op_tag(AdjustTimer{})) == "adjust_timer");
    CHECK(std::string(op_tag(RestartStep{})) == "restart_step");
    CHECK(std::string(op_tag(NextStep{})) == "next_step");
    CHECK(std::string(op_tag(StopTimer{})) == "stop_timer");
    CHECK(std::string(op_tag(SetTimerOptions{})) == "set_timer_options");
    CHECK(std::string(op_tag(NextSpeaker{})) == "next_speaker");
    CHECK(std::string(op_tag(RestoreTimer{})) == "restore_timer");
}

TEST_CASE("board lookups find by id and live title", "[board]") {
    Session s = seeded_session();
    CHECK(s.board.find_note("n1") != nullptr);
    CHECK(s.board.find_note("zz") == nullptr);
    CHECK(s.board.find_group_by_title("Voice")->id == "g1");
    apply(s, make_op(kDeviceA, 6, 6, DeleteGroup{"g1"}));
    CHECK(s.board.find_group_by_title("Voice") == nullptr);
    CHECK(s.board.live_note_count() == 1);
    CHECK(meta_field_from_name("venue") == MetaField::venue);
    CHECK(std::string(meta_field_name(MetaField::hosts)) == "hosts");
    CHECK_THROWS_AS(meta_field_from_name("colour"), Error);
}

TEST_CASE("a session's version changes with every op folded in", "[session]") {
    Session s;
    const SessionVersion empty = version_of(&s);
    CHECK(empty == version_of(&s));
    CHECK(version_of(nullptr) == SessionVersion{});
    CHECK(empty != version_of(nullptr));
    apply(s, make_op(kDeviceA, 1, 1, AddNote{"n1", "one", "", "", "", "", {0, 0}}));
    const SessionVersion one = version_of(&s);
    CHECK(one != empty);
    CHECK(one.note_count == 1);
    CHECK(one.ops == 1);
    // An edit changes no count of notes or groups, but the op count and the clock move.
    apply(s, make_op(kDeviceA, 2, 2, EditNoteText{"n1", "uno"}));
    CHECK(version_of(&s) != one);
    const Session copy = s;  // another session in the same state is another version
    CHECK(version_of(&copy) != version_of(&s));
}

TEST_CASE("a participant edit changes only the fields it sets, so two co-hosts keep both edits",
          "[ops][participants]") {
    const Session base = seeded_session();
    const auto role_only = make_op(kDeviceA, 6, 6, EditParticipant{"p1", {}, {}, "Vice chair"});
    const auto org_only = make_op(kDeviceB, 4, 6, EditParticipant{"p1", {}, "ICB", {}});
    for (const bool a_first : {true, false}) {
        Session s = base;
        apply(s, a_first ? role_only : org_only);
        apply(s, a_first ? org_only : role_only);
        const Participant* p = s.find_participant("p1");
        REQUIRE(p);
        CHECK(p->name.value == "Ann");
        CHECK(p->organisation.value == "ICB");
        CHECK(p->role.value == "Vice chair");
    }
    // The inverse names only what the edit changed.
    const auto undo = invert(base, EditParticipant{"p1", "Ann", {}, "Vice chair"});
    REQUIRE(undo.size() == 1);
    const auto& back = std::get<EditParticipant>(undo[0]);
    CHECK_FALSE(back.name);  // "Ann" was already the name
    CHECK_FALSE(back.organisation);
    CHECK(back.role == std::optional<std::string>("Chair"));
    CHECK(invert(base, EditParticipant{"p1", "Ann", "NHS", "Chair"}).empty());
}
