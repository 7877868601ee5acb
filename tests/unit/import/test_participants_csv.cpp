#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <memory>

#include "core/import/participants_csv.hpp"
#include "core/util/error.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::kDeviceA;
using hostspace::test::kDeviceB;
using hostspace::test::make_op;

namespace {

ParticipantsCsv parse(std::string_view text) {
    return parse_participants_csv(text, "people.csv");
}

Error parse_error(std::string_view text) {
    try {
        parse(text);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error for: " << text);
    return Error("unreachable");
}

std::string read_data(const std::string& name) {
    std::ifstream in(std::string(HOSTSPACE_TEST_DATA) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::function<std::string()> counting_ids() {
    auto n = std::make_shared<int>(0);
    return [n] { return "p-" + std::to_string(++*n); };
}

std::vector<std::string> names_added(const std::vector<OpPayload>& ops) {
    std::vector<std::string> names;
    for (const auto& op : ops) names.push_back(std::get<AddParticipant>(op).name);
    return names;
}

}  // namespace

TEST_CASE("participants csv: columns in any order and case, fields trimmed") {
    const auto csv = parse(" ROLE ,Name,Organization\n Chair , Ann Lee ,NHS \nGuest,Bo,\n");
    REQUIRE(csv.participants.size() == 2);
    CHECK(csv.warnings.empty());
    CHECK(csv.participants[0].name == "Ann Lee");
    CHECK(csv.participants[0].organisation == "NHS");
    CHECK(csv.participants[0].role == "Chair");
    CHECK(csv.participants[0].line == 2);
    CHECK(csv.participants[1].organisation == "");
    CHECK(csv.participants[1].line == 3);
}

TEST_CASE("participants csv: a name column alone is enough") {
    const auto csv = parse("name\nAnn\n\"Lee, Bo\"\n");
    REQUIRE(csv.participants.size() == 2);
    CHECK(csv.participants[1].name == "Lee, Bo");
    CHECK(csv.participants[1].role == "");
}

TEST_CASE("participants csv: other columns are ignored, blank names skipped, with warnings") {
    const auto csv = parse(
        "name,email,organisation\n"  // 1
        "Ann,a@x.org,NHS\n"          // 2
        ",b@x.org,Council\n"         // 3: no name
        "\n"                         // 4: blank, silent
        ",,\n"                       // 5: blanks only, silent
        "  ,,Police\n"               // 6: no name
        "Cy,,\n");                   // 7
    std::vector<std::string> plan_warnings;
    CHECK(names_added(plan_participants_import(Session{}, csv, counting_ids(), plan_warnings)) ==
          std::vector<std::string>{"Ann", "Cy"});
    CHECK(plan_warnings.empty());
    CHECK(csv.warnings ==
          std::vector<std::string>{
              "ignored column \"email\" (hostspace reads name, organisation and role)",
              "skipped 2 rows with no name (lines 3, 6)"});
}

TEST_CASE("participants csv: a file without a name column is refused with its line") {
    Error e = parse_error("\nfull name,organisation\nAnn,NHS\n");
    CHECK(e.line() == 2);
    CHECK(e.file() == "people.csv");
    CHECK(e.reason() ==
          "there is no \"name\" column (found \"full name\", \"organisation\"); the first row "
          "must name the columns, separated by commas, semicolons or tabs, for example "
          "name,organisation,role");
    CHECK_THAT(parse_error("").reason(), Catch::StartsWith("the file is empty"));
    CHECK(parse_error("name,organisation,organization\n").line() == 1);  // named twice
    CHECK(parse_error("name\nAnn\n\"Bo\n").line() == 3);                 // never closed
}

TEST_CASE("participants csv: a header with no rows imports nothing and says so") {
    const auto csv = parse("name;role\n\n");
    CHECK(csv.participants.empty());
    CHECK(csv.warnings ==
          std::vector<std::string>{"the file has no participants below its header row"});
}

TEST_CASE("participants csv: a list saved by a spreadsheet (LibreOffice, UTF-8, comma)") {
    const auto csv = parse_participants_csv(read_data("participants.csv"), "participants.csv");
    REQUIRE(csv.participants.size() == 5);
    CHECK(csv.participants[2].name == "Łukasz Nowak");
    CHECK(csv.participants[2].role == "Inspector");
    CHECK(csv.participants[3].name == "ann  lee");  // a repeat: the planner drops it
    CHECK(csv.participants[4].name == "Dee Okafor");
    CHECK(csv.warnings == std::vector<std::string>{
                              "ignored column \"Email\" (hostspace reads name, organisation and "
                              "role)",
                              "skipped 1 row with no name (line 5)"});
}

TEST_CASE("participants csv: Windows-1252 with semicolons, as Excel writes it in Europe") {
    const auto csv =
        parse_participants_csv(read_data("participants-excel-1252-semicolon.csv"), "list.csv");
    REQUIRE(csv.participants.size() == 3);
    CHECK(csv.participants[0].name == "Zoë Dupré");
    CHECK(csv.participants[0].organisation == "Conseil départemental");
    CHECK(csv.participants[0].role == "Facilitator");
    CHECK(csv.participants[1].name == "José Muñoz");
    CHECK(csv.participants[1].role == "Host; co-host");
    REQUIRE(csv.warnings.size() == 1);
    CHECK_THAT(csv.warnings[0], Catch::StartsWith("list.csv is not UTF-8 text, so it was read as "
                                                  "Windows-1252"));
}

TEST_CASE("participants import plan: one AddParticipant per row, in order, with new ids") {
    const auto csv = parse("name,organisation,role\nAnn,NHS,Chair\nBo,,\n");
    std::vector<std::string> warnings;
    const auto ops = plan_participants_import(Session{}, csv, counting_ids(), warnings);
    REQUIRE(ops.size() == 2);
    const auto& ann = std::get<AddParticipant>(ops[0]);
    CHECK(ann.id == "p-1");
    CHECK(ann.name == "Ann");
    CHECK(ann.organisation == "NHS");
    CHECK(ann.role == "Chair");
    CHECK(std::get<AddParticipant>(ops[1]).id == "p-2");
    CHECK(warnings.empty());
}

TEST_CASE("participants import plan: people already in the session or earlier rows are skipped") {
    const Session session = fold({
        make_op(kDeviceA, 1, 1, AddParticipant{"a", "Ann Lee", "NHS Sheffield", "Chair"}),
        make_op(kDeviceA, 2, 2, AddParticipant{"b", "Bo Chen", "", ""}),
        make_op(kDeviceA, 3, 3, AddParticipant{"c", "Cy Diaz", "Police", ""}),
        make_op(kDeviceA, 4, 4, RemoveParticipant{"c"}),
    });
    const auto csv = parse(
        "name,organisation,role\n"
        " ann   LEE ,nhs sheffield,Guest\n"  // 2: Ann, other case and spacing
        "Bo Chen,City Council,\n"            // 3: another Bo Chen (other organisation)
        "Cy Diaz,Police,\n"                  // 4: removed from the session: added again
        "Bo Chen,,\n"                        // 5: Bo Chen without organisation: there
        "Dee,,\n"                            // 6
        "DEE,,Young person\n"                // 7: repeats line 6
        "Cy  Diaz,POLICE,\n");               // 8: repeats line 4
    std::vector<std::string> warnings{"from the parser"};
    const auto ops = plan_participants_import(session, csv, counting_ids(), warnings);
    CHECK(names_added(ops) == std::vector<std::string>{"Bo Chen", "Cy Diaz", "Dee"});
    CHECK(std::get<AddParticipant>(ops[0]).organisation == "City Council");
    CHECK(warnings ==
          std::vector<std::string>{
              "from the parser",
              "skipped 2 rows already in the session: ann   LEE (nhs sheffield), Bo Chen "
              "(lines 2, 5)",
              "skipped 2 rows repeating an earlier row: DEE, Cy  Diaz (POLICE) (lines 7, 8)"});
}

TEST_CASE("participants import plan: importing the same list twice adds nobody the second time") {
    const auto csv = parse_participants_csv(read_data("participants.csv"), "participants.csv");
    std::vector<std::string> warnings;
    const auto first = plan_participants_import(Session{}, csv, counting_ids(), warnings);
    CHECK(names_added(first) ==
          std::vector<std::string>{"Ann Lee", "Bo Chen", "Łukasz Nowak", "Dee Okafor"});
    CHECK(warnings == std::vector<std::string>{"skipped 1 row repeating an earlier row: ann  lee "
                                               "(nhs sheffield) (line 7)"});

    std::vector<Op> log;
    std::uint64_t n = 0;
    for (const auto& op : first) {
        ++n;
        log.push_back(make_op(kDeviceB, n, n, op));
    }
    const Session after = fold(log);
    CHECK(after.participants.size() == 4);
    CHECK(after.participants[2].name.value == "Łukasz Nowak");
    CHECK(after.participants[2].organisation.value == "Police");
    CHECK(after.participants[2].role.value == "Inspector");

    warnings.clear();
    CHECK(plan_participants_import(after, csv, counting_ids(), warnings).empty());
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::StartsWith("skipped 5 rows already in the session: Ann Lee "
                                              "(NHS Sheffield), Bo Chen (City Council), Łukasz "
                                              "Nowak (Police), ann  lee (nhs sheffield), Dee "
                                              "Okafor (lines 2, 3, 4, 7, 8)"));
}

TEST_CASE("participants import plan: a long list of skipped rows names the first five") {
    std::string text = "name\n";
    for (int i = 0; i < 8; ++i) text += "Ann\n";
    std::vector<std::string> warnings;
    const auto ops = plan_participants_import(Session{}, parse(text), counting_ids(), warnings);
    CHECK(ops.size() == 1);
    CHECK(warnings == std::vector<std::string>{"skipped 7 rows repeating an earlier row: Ann, "
                                               "Ann, Ann, Ann, Ann and 2 more (lines 3, 4, 5, "
                                               "6, 7, 8, 9)"});
}
