#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <tuple>

#include "core/agenda/rounds_from_method.hpp"
#include "core/methods/method.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/located_json.hpp"
#include "test_support.hpp"

using namespace hostspace;
using hostspace::test::TempDir;

namespace {

const std::filesystem::path kBuiltIn = std::filesystem::path(HOSTSPACE_ASSETS_DIR) / "methods";

// A valid method, one field a line, so a test can break line N and expect "line N".
std::vector<std::string> good_lines() {
    return {
        "{",                                                                        // 1
        "  \"schema_version\": 1,",                                                 // 2
        "  \"id\": \"fishbowl\",",                                                  // 3
        "  \"name\": \"Fishbowl\",",                                                // 4
        "  \"how_to\": \"An inner circle talks, an outer circle listens.\",",       // 5
        "  \"harvest_hint\": \"Note what the outer circle heard.\",",               // 6
        "  \"question_prompts\": [\"What do we see?\", \"What next?\"],",           // 7
        "  \"talking_piece\": false,",                                              // 8
        "  \"speaker_seconds\": 60,",                                               // 9
        "  \"rounds\": [",                                                          // 10
        "    {\"title\": \"Inner circle\", \"minutes\": 20},",                      // 11
        "    {",                                                                    // 12
        "      \"title\": \"Open chair\",",                                         // 13
        "      \"question\": \"Who wants to step in?\",",                           // 14
        "      \"steps\": [",                                                       // 15
        "        {\"title\": \"Swap in\", \"minutes\": 1.5},",                      // 16
        "        {\"title\": \"Talk\", \"minutes\": 8.5, \"description\": \"d\"}",  // 17
        "      ]",                                                                  // 18
        "    }",                                                                    // 19
        "  ]",                                                                      // 20
        "}",                                                                        // 21
    };
}

std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

std::string with_line(std::size_t line, const std::string& replacement) {
    auto lines = good_lines();
    lines.at(line - 1) = replacement;
    return join(lines);
}

// The line and reason parse_method reports, or line 0 if it accepted the text.
std::pair<std::size_t, std::string> failure(const std::string& text) {
    try {
        parse_method(text, "mine.json");
    } catch (const Error& e) {
        CHECK(e.file() == "mine.json");
        return {e.line(), e.reason()};
    }
    return {0, "accepted"};
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a method file parses into rounds and steps", "[methods]") {
    const Method m = parse_method(join(good_lines()), "mine.json");
    CHECK(m.id == "fishbowl");
    CHECK(m.name == "Fishbowl");
    CHECK(m.how_to.find("inner circle") != std::string::npos);
    CHECK(m.harvest_hint == "Note what the outer circle heard.");
    CHECK(m.question_prompts == std::vector<std::string>{"What do we see?", "What next?"});
    CHECK_FALSE(m.talking_piece);
    CHECK(m.speaker_s == 60);
    REQUIRE(m.rounds.size() == 2);
    CHECK(m.rounds[0].title == "Inner circle");
    CHECK(m.rounds[0].duration_s == 1200);
    CHECK(m.rounds[0].steps.empty());
    CHECK(m.rounds[1].question == "Who wants to step in?");
    REQUIRE(m.rounds[1].steps.size() == 2);
    CHECK(m.rounds[1].steps[0].duration_s == 90);  // 1.5 minutes
    CHECK(m.rounds[1].steps[0].description.empty());
    CHECK(m.rounds[1].steps[1].description == "d");
    CHECK(m.rounds[1].duration_s == 600);  // the sum of its steps
    CHECK(method_duration_s(m) == 1800);
    CHECK(m.file.empty());

    // A byte order mark (Windows editors) is fine, and a round's minutes may match its steps.
    CHECK(parse_method("\xEF\xBB\xBF" + join(good_lines()), "bom.json").id == "fishbowl");
    CHECK(parse_method(with_line(15, "\"minutes\": 10, \"steps\": ["), "x.json")
              .rounds[1]
              .duration_s == 600);
}

TEST_CASE("every built-in method parses and has what a facilitator needs", "[methods]") {
    std::vector<std::string> warnings;
    const auto methods = load_method_library({kBuiltIn}, warnings);
    CHECK(warnings.empty());
    const char* expected[] = {"check-in-circle",   "one-two-four-all", "world-cafe",
                              "open-space",        "pro-action-cafe",  "appreciative-inquiry",
                              "troika-consulting", "harvest-round",    "closing-circle"};
    REQUIRE(methods.size() == std::size(expected));
    for (std::size_t i = 0; i < methods.size(); ++i) {
        const Method& m = methods[i];
        INFO(m.file.string());
        CHECK(m.id == expected[i]);    // in file name order: the arc of a session
        CHECK(m.how_to.size() > 300);  // a real paragraph
        CHECK_FALSE(m.harvest_hint.empty());
        CHECK(m.question_prompts.size() >= 2);
        CHECK(method_duration_s(m) > 0);
        CHECK(m.file.parent_path() == kBuiltIn);
        for (const auto& round : m.rounds) {
            int sum = 0;
            for (const auto& step : round.steps) sum += step.duration_s;
            if (!round.steps.empty()) CHECK(sum == round.duration_s);
        }
        // Each file parses on its own too, with the same result.
        CHECK(parse_method(read_whole_file(m.file), m.file.string()).id == m.id);
    }
}

TEST_CASE("the built-in methods have the documented timings", "[methods]") {
    std::vector<std::string> warnings;
    const auto methods = load_method_library({kBuiltIn}, warnings);
    const Method* cafe = find_method(methods, "world-cafe");
    REQUIRE(cafe);
    REQUIRE(cafe->rounds.size() == 4);  // three café rounds and a harvest
    for (int i = 0; i < 3; ++i) CHECK(cafe->rounds[i].duration_s == 1200);
    const Method* one24 = find_method(methods, "one-two-four-all");
    REQUIRE(one24);
    REQUIRE(one24->rounds.size() == 1);
    std::vector<int> minutes;
    for (const auto& step : one24->rounds[0].steps) minutes.push_back(step.duration_s / 60);
    CHECK(minutes == std::vector<int>{1, 2, 4, 5});
    const Method* pro = find_method(methods, "pro-action-cafe");
    REQUIRE(pro);
    int with_question = 0;
    for (const auto& round : pro->rounds) with_question += round.question.empty() ? 0 : 1;
    CHECK(with_question >= 3);  // three rounds with three questions
    const Method* ai = find_method(methods, "appreciative-inquiry");
    REQUIRE(ai);
    REQUIRE(ai->rounds.size() == 4);
    CHECK(ai->rounds[0].title.rfind("Discover", 0) == 0);
    CHECK(ai->rounds[3].title.rfind("Deliver", 0) == 0);
    CHECK(find_method(methods, "open-space")->rounds.size() == 5);
    CHECK(find_method(methods, "check-in-circle")->talking_piece);
    CHECK(find_method(methods, "closing-circle")->talking_piece);
    CHECK(find_method(methods, "troika-consulting")->rounds.size() == 3);
    CHECK(find_method(methods, "harvest-round") != nullptr);
    CHECK(find_method(methods, "nope") == nullptr);

    int next = 0;
    const auto adds = rounds_from_method(
        *cafe, [&] { return std::to_string(++next); }, 0);
    CHECK(adds.size() == 4);
}

TEST_CASE("broken method files are refused with the line and the reason", "[methods]") {
    using Catch::Contains;
    std::size_t line = 0;
    std::string reason;
    std::tie(line, reason) = failure(with_line(5, "  \"how_to\": \"unterminated,"));
    CHECK(line == 5);
    CHECK_THAT(reason, Contains("not valid JSON"));

    std::tie(line, reason) =
        failure(with_line(11, "    {\"title\": \"Inner circle\", \"minutes\": 20},,"));
    CHECK(line == 11);

    std::tie(line, reason) = failure(with_line(4, ""));  // "name" is gone
    CHECK(line == 1);                                    // the object that lacks it
    CHECK_THAT(reason, Contains("missing field \"name\""));

    std::tie(line, reason) = failure(with_line(2, "  \"schema_version\": 2,"));
    CHECK(line == 2);
    CHECK_THAT(reason, Contains("schema version 2 is newer than this hostspace reads (1)"));

    std::tie(line, reason) = failure(with_line(2, "  \"schema_version\": \"1\","));
    CHECK(line == 2);
    CHECK_THAT(reason, Contains("\"schema_version\" is not an integer"));

    std::tie(line, reason) = failure(with_line(2, ""));
    CHECK_THAT(reason, Contains("missing field \"schema_version\""));

    std::tie(line, reason) = failure(with_line(3, "  \"id\": 7,"));
    CHECK(line == 3);
    CHECK_THAT(reason, Contains("field \"id\" is not a string"));

    std::tie(line, reason) = failure(with_line(4, "  \"name\": \"\","));
    CHECK(line == 4);
    CHECK_THAT(reason, Contains("\"name\" is empty"));

    std::tie(line, reason) = failure(with_line(7, "  \"question_prompts\": [\"ok\", 3],"));
    CHECK(line == 7);
    CHECK_THAT(reason, Contains("prompt is not a string"));

    std::tie(line, reason) = failure(with_line(8, "  \"talking_piece\": \"yes\","));
    CHECK(line == 8);

    std::tie(line, reason) = failure(with_line(9, "  \"speaker_seconds\": 0,"));
    CHECK(line == 9);

    std::tie(line, reason) = failure(with_line(11, "    {\"title\": \"Inner circle\"},"));
    CHECK(line == 11);
    CHECK_THAT(reason, Contains("needs \"minutes\" or \"steps\""));

    std::tie(line, reason) =
        failure(with_line(16, "        {\"title\": \"Swap in\", \"minutes\": \"1\"},"));
    CHECK(line == 16);
    CHECK_THAT(reason, Contains("\"minutes\" is not a number"));

    std::tie(line, reason) =
        failure(with_line(16, "        {\"title\": \"Swap in\", \"minutes\": -1},"));
    CHECK(line == 16);
    CHECK_THAT(reason, Contains("more than 0"));

    std::tie(line, reason) = failure(with_line(17, "        {\"minutes\": 8.5}"));
    CHECK(line == 17);  // the step that lacks a title
    CHECK_THAT(reason, Contains("missing field \"title\""));

    std::tie(line, reason) = failure(with_line(15, "      \"minutes\": 11, \"steps\": ["));
    CHECK(line == 15);
    CHECK_THAT(reason, Contains("not the sum of the steps"));

    std::tie(line, reason) = failure(with_line(10, "  \"rounds\": 3, \"x\": ["));
    CHECK(line == 10);
    CHECK_THAT(reason, Contains("\"rounds\" is not a list"));

    std::tie(line, reason) = failure(
        "{\"schema_version\": 1, \"id\": \"a\", \"name\": \"A\",\n"
        "\"how_to\": \"h\", \"harvest_hint\": \"\",\n"
        "\"question_prompts\": [], \"rounds\": []}\n");
    CHECK(line == 3);
    CHECK_THAT(reason, Contains("\"rounds\" is empty"));

    std::tie(line, reason) = failure("\n\n[1, 2]");
    CHECK(line == 3);
    CHECK_THAT(reason, Contains("one JSON object"));

    std::tie(line, reason) = failure("");
    CHECK(line == 1);
    CHECK_THAT(reason, Contains("not valid JSON"));

    std::tie(line, reason) = failure(join(good_lines()) + std::string("\0x", 2));
    CHECK(line == 22);
    CHECK_THAT(reason, Contains("NUL"));
}

TEST_CASE("lines are counted from byte offsets and located paths", "[methods][json]") {
    CHECK(line_at_offset("", 0) == 1);
    CHECK(line_at_offset("a\nb\nc", 2) == 2);
    CHECK(line_at_offset("a\nb\nc", 4) == 3);
    CHECK(line_at_offset("a\nb", 99) == 2);
    const LocatedJson json = parse_located_json("{\n\"a\": [\n1,\n{\"b\": 2}\n]\n}", "f");
    CHECK(json.line_of("") == 1);
    CHECK(json.line_of("/a") == 2);
    CHECK(json.line_of("/a/0") == 3);
    CHECK(json.line_of("/a/1") == 4);
    CHECK(json.line_of("/a/1/b") == 4);
    CHECK(json.line_of("/a/1/missing") == 4);  // the nearest recorded parent
    CHECK(json.document["a"][1]["b"].GetInt() == 2);
    CHECK_THROWS_AS(parse_located_json("{\n\"a\" 1}", "f"), Error);
}

TEST_CASE("a broken user method is skipped with a warning; the others load", "[methods]") {
    TempDir user;
    write_text(user / "fishbowl.json", join(good_lines()));
    write_text(user / "broken.json", with_line(3, "  \"id\": \"oops"));
    write_text(user / "future.json", with_line(2, "  \"schema_version\": 9,"));
    write_text(user / "notes.txt", "not a method, not read");
    auto cafe = good_lines();
    cafe[2] = "  \"id\": \"world-cafe\",";
    cafe[3] = "  \"name\": \"Our own café\",";
    write_text(user / "my-cafe.json", join(cafe));
    std::filesystem::create_directory(user / "sub.json");  // a folder named like a file

    std::vector<std::string> warnings;
    const auto methods =
        load_method_library({kBuiltIn, user.path(), user / "does-not-exist"}, warnings);
    CHECK(methods.size() == 10);  // nine built in, one new
    CHECK(methods.back().id == "fishbowl");
    CHECK(methods.back().file == user / "fishbowl.json");
    // The user's café replaced the built-in one, in its place.
    CHECK(methods[2].id == "world-cafe");
    CHECK(methods[2].name == "Our own café");
    REQUIRE(warnings.size() == 3);
    CHECK_THAT(warnings[0], Catch::Contains((user / "broken.json").string() + " line 3") &&
                                Catch::Contains("not valid JSON") && Catch::Contains("skipped"));
    CHECK_THAT(warnings[1], Catch::Contains((user / "future.json").string() + " line 2") &&
                                Catch::Contains("schema version 9"));
    CHECK_THAT(warnings[2], Catch::Contains("my-cafe.json") &&
                                Catch::Contains("replaces the one in") &&
                                Catch::Contains("30-world-cafe.json"));
}

TEST_CASE("the user's methods folder follows XDG_DATA_HOME", "[methods]") {
    const char* old_xdg = std::getenv("XDG_DATA_HOME");
    const std::string saved = old_xdg ? old_xdg : "";
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
    CHECK(user_methods_folder() == std::filesystem::path("/tmp/xdg-data/hostspace/methods"));
    ::unsetenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    CHECK(user_methods_folder() ==
          std::filesystem::path(home && *home ? home : ".") / ".local/share/hostspace/methods");
    if (old_xdg) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
}
