#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "core/agenda/agenda_time.hpp"

using namespace hostspace;

namespace {

// Runs the test in a fixed time zone, whatever the machine's, and puts the old one back.
struct ZoneGuard {
    std::string saved;
    bool had = false;
    explicit ZoneGuard(const char* zone) {
        if (const char* old = std::getenv("TZ")) {
            saved = old;
            had = true;
        }
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ZoneGuard() {
        if (had) {
            setenv("TZ", saved.c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }
};

constexpr std::int64_t k2026_11_26_utc = 1'795'651'200'000;  // 2026-11-26 00:00 UTC
constexpr std::int64_t kHour = 3'600'000;

}  // namespace

TEST_CASE("a start time is read on the session's date, in local time", "[agenda][time]") {
    ZoneGuard utc("UTC");
    const std::int64_t now = 0;
    CHECK(agenda_start_from_text("13:30", "2026-11-26", now) ==
          k2026_11_26_utc + 13 * kHour + 1'800'000);
    CHECK(agenda_start_from_text("9:05", "2026-11-26", now) ==
          k2026_11_26_utc + 9 * kHour + 300'000);
    CHECK(agenda_start_from_text("9.05", "2026-11-26", now) ==
          k2026_11_26_utc + 9 * kHour + 300'000);
    CHECK(agenda_start_from_text("0905", "2026-11-26", now) ==
          k2026_11_26_utc + 9 * kHour + 300'000);
    CHECK(agenda_start_from_text("905", "2026-11-26", now) ==
          k2026_11_26_utc + 9 * kHour + 300'000);
    CHECK(agenda_start_from_text(" 00:00 ", "2026-11-26", now) == k2026_11_26_utc);
    CHECK(agenda_start_from_text("", "2026-11-26", now) == 0);  // clears the start
    CHECK(agenda_start_from_text("   ", "2026-11-26", now) == 0);
}

TEST_CASE("a start time without a session date is today", "[agenda][time]") {
    ZoneGuard utc("UTC");
    const std::int64_t now = k2026_11_26_utc + 8 * kHour;
    CHECK(agenda_start_from_text("14:00", "", now) == k2026_11_26_utc + 14 * kHour);
    CHECK(agenda_start_from_text("14:00", "next Thursday", now) == k2026_11_26_utc + 14 * kHour);
    CHECK(agenda_start_from_text("14:00", "2026-02-30", now) == k2026_11_26_utc + 14 * kHour);
}

TEST_CASE("a start time follows the zone's summer time", "[agenda][time]") {
    ZoneGuard london("Europe/London");
    // 2026-07-01 09:00 BST is 08:00 UTC; 2026-11-26 09:00 GMT is 09:00 UTC.
    CHECK(agenda_start_from_text("09:00", "2026-07-01", 0) == 1'782'892'800'000);
    CHECK(agenda_start_from_text("09:00", "2026-11-26", 0) == k2026_11_26_utc + 9 * kHour);
}

TEST_CASE("what is not a time of day is refused", "[agenda][time]") {
    ZoneGuard utc("UTC");
    for (const char* bad : {"24:00", "12:60", "12:3", "1:2", "12345", "12", "ab", "9:30pm", ":30",
                            "12::30", "12:30:00", "-1:00"}) {
        INFO(bad);
        CHECK_FALSE(agenda_start_from_text(bad, "2026-11-26", 0));
    }
}

TEST_CASE("lengths read as a facilitator says them", "[agenda][time]") {
    CHECK(format_length(0) == "0 s");
    CHECK(format_length(-5) == "0 s");
    CHECK(format_length(30) == "30 s");
    CHECK(format_length(60) == "1 min");
    CHECK(format_length(90) == "1 min 30 s");
    CHECK(format_length(2700) == "45 min");
    CHECK(format_length(3600) == "1 h");
    CHECK(format_length(4200) == "1 h 10 min");
    CHECK(format_length(4230) == "1 h 10 min");  // seconds drop out past an hour
}
