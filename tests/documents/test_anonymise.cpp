#include <catch2/catch.hpp>

#include "core/export/anonymise.hpp"
#include "core/export/harvest_files.hpp"
#include "sample_session.hpp"

using namespace hostspace;
using namespace hostspace::doc;

TEST_CASE("an anonymous copy of a session names no one and keeps the organisations",
          "[documents][anonymous]") {
    const Session original = test::sample_session();
    ExportRequest request;
    request.options.anonymous = true;
    const std::string json = render_format(original, Format::json, request);
    for (const char* name : {"Helen Marsh", "Amira Hussain", "Ruth Adeyemi", "Dan Price", "\"Tom\"",
                             "\xE6\x9D\x8E\xE4\xBC\x9F\"", "Finance team"}) {
        INFO(name);
        CHECK_THAT(json, !Catch::Contains(name));
    }
    CHECK_THAT(json, Catch::Contains("Youth Council"));
    CHECK_THAT(json, Catch::Contains("\"voter 1\""));
    // The counts still add up: distinct people stay distinct.
    const Session copy = anonymised(original, true);
    const ConsentRound& round = *copy.harvest.find_consent_round("c2");
    REQUIRE(round.responses.size() == 3);
    CHECK(round.responses[0].person != round.responses[1].person);
    CHECK(consent_counts(round).agree == 3);
    CHECK(copy.harvest.find_action("a1")->who.value.name == "ICB");
}

TEST_CASE("without anonymity only the authors the board hides are taken out",
          "[documents][anonymous]") {
    Session original = test::sample_session();
    CHECK(anonymised(original, false).board.find_note("n1")->author.value == "Amira");
    original.board.anonymous.value = true;
    const Session copy = anonymised(original, false);
    CHECK(copy.board.find_note("n1")->author.value.empty());
    CHECK(copy.participants.front().name.value == "Helen Marsh");
}
