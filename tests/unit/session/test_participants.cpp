#include <catch2/catch.hpp>

#include "core/session/participants.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::make_op;

namespace {

Session room_of_three() {
    return fold({
        make_op(kDeviceA, 1, 1, AddParticipant{"p1", "Ann", "NHS", "Chair"}),
        make_op(kDeviceA, 2, 2, AddParticipant{"p2", "李伟", "Council", ""}),
        make_op(kDeviceA, 3, 3, AddParticipant{"p3", "Łukasz", "Police", ""}),
        make_op(kDeviceA, 4, 4, RemoveParticipant{"p2"}),
    });
}

std::vector<std::string> ids(const std::vector<const Participant*>& people) {
    std::vector<std::string> out;
    for (const Participant* p : people) out.push_back(p->id);
    return out;
}

}  // namespace

TEST_CASE("live and removed participants keep the order they were added in", "[participants]") {
    const Session s = room_of_three();
    CHECK(ids(live_participants(s)) == std::vector<std::string>{"p1", "p3"});
    CHECK(ids(removed_participants(s)) == std::vector<std::string>{"p2"});
}

TEST_CASE("a participant needs a name; the other fields are trimmed and optional",
          "[participants]") {
    CHECK(participant_name_problem("  ") == "A participant needs a name.");
    CHECK(participant_name_problem("Ann").empty());
    int next = 0;
    const auto new_id = [&next] { return "id" + std::to_string(++next); };
    const AddParticipant add = add_participant("  Priya Shah ", " ICB ", "", new_id);
    CHECK(add.id == "id1");
    CHECK(add.name == "Priya Shah");
    CHECK(add.organisation == "ICB");
    CHECK(add.role.empty());
    CHECK_THROWS_WITH(add_participant("\t", "NHS", "", new_id), Catch::Contains("needs a name"));
    CHECK(next == 1);  // no id is spent on a refused add
}

TEST_CASE("editing one field of a participant sets only that field", "[participants]") {
    const Session s = room_of_three();
    const auto ops = edit_participant(s, "p1", ParticipantField::role, " Vice chair ");
    REQUIRE(ops.size() == 1);
    const auto& edit = std::get<EditParticipant>(ops[0]);
    CHECK(edit.id == "p1");
    CHECK_FALSE(edit.name);
    CHECK_FALSE(edit.organisation);
    CHECK(edit.role == std::optional<std::string>("Vice chair"));
    CHECK(edit_participant(s, "p1", ParticipantField::organisation, "NHS ").empty());  // same
    CHECK(edit_participant(s, "nobody", ParticipantField::name, "Bo").empty());
    CHECK_THROWS_WITH(edit_participant(s, "p1", ParticipantField::name, " "),
                      Catch::Contains("needs a name"));
    const auto cleared = edit_participant(s, "p1", ParticipantField::organisation, "");
    REQUIRE(cleared.size() == 1);
    CHECK(std::get<EditParticipant>(cleared[0]).organisation == std::optional<std::string>(""));
}
