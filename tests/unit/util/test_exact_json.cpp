#include <catch2/catch.hpp>

#include "core/util/exact_json.hpp"

using namespace hostspace;

namespace {
rapidjson::Document parsed(const std::string& text) {
    rapidjson::Document doc;
    REQUIRE(parse_json_exact(doc, text).empty());
    return doc;
}
}  // namespace

TEST_CASE("numbers are read exactly, with their integer types kept", "[json]") {
    const auto doc = parsed(
        R"({"a":0.1,"b":-7,"c":18446744073709551615,"d":-9223372036854775808,"e":3,)"
        R"("f":1.7976931348623157e308,"g":0e-47,"h":1E222,"i":18446744073709551616,"s":"3"})");
    CHECK(doc["a"].GetDouble() == 0.1);
    CHECK(doc["b"].IsInt());
    CHECK(doc["b"].GetInt() == -7);
    CHECK(doc["c"].GetUint64() == 18446744073709551615ull);
    CHECK(doc["d"].GetInt64() == INT64_MIN);
    CHECK(doc["e"].IsUint64());
    CHECK(doc["f"].GetDouble() == 1.7976931348623157e308);
    CHECK(doc["g"].GetDouble() == 0.0);
    CHECK(doc["h"].GetDouble() == 1e222);
    CHECK(doc["i"].IsDouble());  // past uint64: kept as the nearest double
    CHECK(doc["s"].IsString());  // a string of digits stays a string
}

TEST_CASE("bad JSON and numbers out of range are refused with the byte", "[json]") {
    rapidjson::Document doc;
    CHECK_THAT(parse_json_exact(doc, R"({"a":1e999})"),
               Catch::Contains("too big") || Catch::Contains("out of range"));
    CHECK_THAT(parse_json_exact(doc, R"({"a":)"), Catch::Contains("at byte 5"));
    CHECK_THAT(parse_json_exact(doc, "[1,]"), Catch::Contains("at byte"));
    CHECK(parse_json_exact(doc, "[]").empty());
}
