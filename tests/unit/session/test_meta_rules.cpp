#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <string>

#include "core/session/meta.hpp"

using namespace hostspace;

TEST_CASE("a title is required; spaces alone are no title", "[meta]") {
    CHECK(meta_value_problem(MetaField::title, "Board away day") == "");
    CHECK(meta_value_problem(MetaField::title, "  Board away day  ") == "");
    CHECK_THAT(meta_value_problem(MetaField::title, ""), Catch::Contains("needs a title"));
    CHECK_THAT(meta_value_problem(MetaField::title, " \t\n "), Catch::Contains("needs a title"));
}

TEST_CASE("a date is empty or a real day as YYYY-MM-DD", "[meta]") {
    CHECK(meta_value_problem(MetaField::date, "") == "");
    CHECK(meta_value_problem(MetaField::date, "2026-03-14") == "");
    CHECK(meta_value_problem(MetaField::date, " 2026-03-14 ") == "");  // saved trimmed
    CHECK(meta_value_problem(MetaField::date, "2024-02-29") == "");    // a leap year
    CHECK(meta_value_problem(MetaField::date, "2000-02-29") == "");
    for (const char* bad : {"14/03/2026", "2026-3-14", "2026-03-14T10:00", "next Tuesday",
                            "2026_03_14", "２０２６-03-14"}) {
        INFO(bad);
        const std::string problem = meta_value_problem(MetaField::date, bad);
        CHECK_THAT(problem, Catch::Contains("YYYY-MM-DD") && Catch::Contains("2026-03-14") &&
                                Catch::Contains(std::string("\"") + bad + "\""));
    }
    for (const char* impossible : {"2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10",
                                   "2026-04-31", "2026-01-00", "0000-01-01"}) {
        INFO(impossible);
        CHECK_THAT(
            meta_value_problem(MetaField::date, impossible),
            Catch::Contains(std::string("no day ") + impossible) && Catch::Contains("YYYY-MM-DD"));
    }
}

TEST_CASE("venue, hosts and the calling question take any text, even none", "[meta]") {
    for (MetaField field : {MetaField::venue, MetaField::hosts, MetaField::question}) {
        CHECK(meta_value_problem(field, "") == "");
        CHECK(meta_value_problem(field, "Town hall, room 2 – 14/03") == "");
    }
}

TEST_CASE("the local day of a moment is written YYYY-MM-DD in this laptop's time zone", "[meta]") {
    const char* saved = std::getenv("TZ");
    const std::string old = saved ? saved : "";
    ::setenv("TZ", "UTC0", 1);  // POSIX rules: no time zone files needed
    ::tzset();
    CHECK(local_date_iso(1'795'341'600'000) == "2026-11-22");  // 10:00 UTC
    ::setenv("TZ", "LINT-14", 1);  // UTC+14 (POSIX signs are west-positive): the next day
    ::tzset();
    CHECK(local_date_iso(1'795'341'600'000) == "2026-11-23");
    if (saved) {
        ::setenv("TZ", old.c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
    CHECK(meta_value_problem(MetaField::date, local_date_iso(0)).empty());
}
