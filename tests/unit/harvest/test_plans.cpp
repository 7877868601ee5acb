#include <catch2/catch.hpp>

#include "core/harvest/plans.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;

namespace {

std::string whats(const Harvest& harvest) {
    std::string out;
    for (const Action* action : actions_in_order(harvest)) out += action->what.value + ";";
    return out;
}

std::string questions(const Harvest& harvest) {
    std::string out;
    for (const FocusItem* item : focus_in_order(harvest)) out += item->question.value + ";";
    return out;
}

}  // namespace

TEST_CASE("actions: added in order, moved, ticked done, deleted and restored", "[harvest][plans]") {
    HarvestRoom room;
    room.add(AddPrinciple{"pr", "Listen first", "", {}, {}, 0});
    const Participant& helen = *room.session.find_participant("p1");
    room.add(new_action(room.harvest(), "a", "Invite two young people", assignee_for(helen),
                        "2027-01-31", "pr"));
    room.add(new_action(room.harvest(), "b", "Map the youth groups", {"", "Jo"}));
    room.add(new_action(room.harvest(), "c", "Write to schools"));
    CHECK(whats(room.harvest()) ==
          "Invite two young people;Map the youth groups;Write to schools;");
    room.add_all(move_action_to(room.harvest(), "c", 1));
    CHECK(whats(room.harvest()) ==
          "Invite two young people;Write to schools;Map the youth groups;");
    const Action& a = *room.harvest().find_action("a");
    CHECK(a.status.value == ActionStatus::open);
    const auto undo = room.add_all(toggle_action_done(room.harvest(), "a"));
    CHECK(a.status.value == ActionStatus::done);
    room.add_all(toggle_action_done(room.harvest(), "a"));
    CHECK(a.status.value == ActionStatus::open);
    CHECK(toggle_action_done(room.harvest(), "nope").empty());
    CHECK(actions_of_principle(room.harvest(), "pr").size() == 1);
    room.add(DeleteAction{"b"});
    CHECK(whats(room.harvest()) == "Invite two young people;Write to schools;");
    room.add(RestoreAction{"b"});
    CHECK(whats(room.harvest()) ==
          "Invite two young people;Write to schools;Map the youth groups;");
    CHECK(undo.size() == 1);
}

TEST_CASE("who is named: a participant's current name, or the text typed", "[harvest][plans]") {
    HarvestRoom room;
    const Assignee helen = assignee_for(*room.session.find_participant("p1"));
    CHECK(helen.participant_id == "p1");
    CHECK(helen.name == "Helen Marsh");
    room.add(EditParticipant{"p1", "Helen Marsh-Okoro", {}, {}});
    CHECK(assignee_name(room.session, helen) == "Helen Marsh-Okoro");
    CHECK(assignee_name(room.session, {"", "The youth council"}) == "The youth council");
    CHECK(assignee_name(room.session, {"gone", "Someone who left"}) == "Someone who left");
}

TEST_CASE("focus items: added in order, moved, edited, deleted", "[harvest][plans]") {
    HarvestRoom room;
    room.add(new_focus_item(room.harvest(), "f1", "How do we fund it?", {"", "Jo"}, "March"));
    room.add(new_focus_item(room.harvest(), "f2", "Who is missing?"));
    room.add_all(move_focus_item_to(room.harvest(), "f2", 0));
    CHECK(questions(room.harvest()) == "Who is missing?;How do we fund it?;");
    room.add(EditFocusItem{"f2", std::nullopt, Assignee{"p2", "Amira Hussain"}, "2027-03-04"});
    const FocusItem& item = *room.harvest().find_focus_item("f2");
    CHECK(item.who.value.participant_id == "p2");
    CHECK(item.when.value == "2027-03-04");
    CHECK(item.question.value == "Who is missing?");
    room.add(DeleteFocusItem{"f1"});
    CHECK(questions(room.harvest()) == "Who is missing?;");
}

TEST_CASE("what is typed into actions and focus items is checked", "[harvest][plans]") {
    CHECK(action_what_refusal("  ") ==
          std::optional<std::string>("Say what the action is: what will be done."));
    CHECK_FALSE(action_what_refusal("Invite"));
    CHECK_FALSE(due_date_refusal(""));
    CHECK_FALSE(due_date_refusal("2027-01-31"));
    CHECK_THAT(*due_date_refusal("31/01/2027"), Catch::Contains("YYYY-MM-DD"));
    CHECK_THAT(*due_date_refusal("2027-02-29"), Catch::Contains("There is no day"));
    CHECK(focus_question_refusal(""));
    CHECK_FALSE(focus_question_refusal("Why?"));
    HarvestRoom room;
    room.add(AddPrinciple{"pr", "Listen", "", {}, {}, 0});
    CHECK_FALSE(action_principle_refusal(room.harvest(), ""));
    CHECK_FALSE(action_principle_refusal(room.harvest(), "pr"));
    CHECK(action_principle_refusal(room.harvest(), "nope"));
    room.add(DeletePrinciple{"pr"});
    CHECK_THAT(*action_principle_refusal(room.harvest(), "pr"), Catch::Contains("deleted"));
}
