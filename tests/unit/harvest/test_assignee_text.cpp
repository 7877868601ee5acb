#include <catch2/catch.hpp>

#include "core/harvest/assignee_text.hpp"
#include "harvest_room.hpp"

using namespace hostspace;
using hostspace::test::HarvestRoom;

TEST_CASE("assignee_from_text: a participant's name links them, other text stays text",
          "[harvest][plans]") {
    HarvestRoom room;
    CHECK(assignee_from_text(room.session, "  ").empty());
    const Assignee helen = assignee_from_text(room.session, " helen marsh ");
    CHECK(helen.participant_id == "p1");
    CHECK(helen.name == "Helen Marsh");
    const Assignee council = assignee_from_text(room.session, " the youth council ");
    CHECK(council.participant_id.empty());
    CHECK(council.name == "the youth council");
    // A removed participant is no longer chosen: the name stays free text.
    room.add(RemoveParticipant{"p2"});
    const Assignee amira = assignee_from_text(room.session, "Amira Hussain");
    CHECK(amira.participant_id.empty());
    CHECK(amira.name == "Amira Hussain");
}
