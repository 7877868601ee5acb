#include <catch2/catch.hpp>

#include "core/sync/retry_policy.hpp"

using namespace hostspace::sync;
using std::chrono::milliseconds;

namespace {
// 2025-03-04 10:12:45 UTC
constexpr std::int64_t kNow = 1741083165000;
}  // namespace

TEST_CASE("the first wait after a failure lies between base and three times base", "[sync]") {
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        std::mt19937_64 rng(seed);
        Backoff backoff;
        const milliseconds wait = backoff.next_delay(Outcome::failure, std::nullopt, rng);
        CHECK(wait >= milliseconds(500));
        CHECK(wait <= milliseconds(1500));
        CHECK(backoff.consecutive_failures() == 1);
    }
}

TEST_CASE("waits grow towards the cap and never pass it or fall below base", "[sync]") {
    std::mt19937_64 rng(7);
    Backoff backoff(RetryPolicy{milliseconds(500), milliseconds(60000)});
    milliseconds longest(0);
    for (int i = 0; i < 200; ++i) {
        const milliseconds wait = backoff.next_delay(Outcome::failure, std::nullopt, rng);
        CHECK(wait >= milliseconds(500));
        CHECK(wait <= milliseconds(60000));
        longest = std::max(longest, wait);
    }
    CHECK(longest > milliseconds(45000));
    CHECK(backoff.consecutive_failures() == 200);
}

TEST_CASE("the same seed gives the same waits; different seeds spread out", "[sync]") {
    std::mt19937_64 a(42), b(42), c(43);
    Backoff first, second, third;
    bool differ = false;
    for (int i = 0; i < 5; ++i) {
        const milliseconds wait = first.next_delay(Outcome::failure, std::nullopt, a);
        CHECK(second.next_delay(Outcome::failure, std::nullopt, b) == wait);
        differ = differ || third.next_delay(Outcome::failure, std::nullopt, c) != wait;
    }
    CHECK(differ);
}

TEST_CASE("a success resets the count and waits nothing", "[sync]") {
    std::mt19937_64 rng(3);
    Backoff backoff(RetryPolicy{milliseconds(1000), milliseconds(1000)});
    for (int i = 0; i < 6; ++i) backoff.next_delay(Outcome::failure, std::nullopt, rng);
    CHECK(backoff.consecutive_failures() == 6);
    CHECK(backoff.next_delay(Outcome::success, milliseconds(9000), rng) == milliseconds(0));
    CHECK(backoff.consecutive_failures() == 0);
    // base == cap leaves no room for jitter: the wait is exact
    CHECK(backoff.next_delay(Outcome::failure, std::nullopt, rng) == milliseconds(1000));
}

TEST_CASE("Retry-After is a floor, honoured past the cap up to an hour", "[sync]") {
    std::mt19937_64 rng(11);
    Backoff backoff;  // the first wait is at most 1.5 s
    CHECK(backoff.next_delay(Outcome::failure, milliseconds(10000), rng) == milliseconds(10000));
    Backoff past_cap;
    CHECK(past_cap.next_delay(Outcome::failure, milliseconds(120000), rng) == milliseconds(120000));
    Backoff too_long;
    CHECK(too_long.next_delay(Outcome::failure, milliseconds(7200000), rng) ==
          milliseconds(3600000));
    Backoff short_one;
    const milliseconds wait = short_one.next_delay(Outcome::failure, milliseconds(100), rng);
    CHECK(wait >= milliseconds(500));
    CHECK(wait <= milliseconds(1500));
}

TEST_CASE("parse_retry_after reads delta-seconds", "[sync]") {
    CHECK(parse_retry_after("120", kNow) == milliseconds(120000));
    CHECK(parse_retry_after(" 0 ", kNow) == milliseconds(0));
    CHECK(parse_retry_after("99999999999999999999999", kNow) == milliseconds(10000000000000));
    CHECK(parse_retry_after("-5", kNow) == std::nullopt);
    CHECK(parse_retry_after("1.5", kNow) == std::nullopt);
    CHECK(parse_retry_after("12 s", kNow) == std::nullopt);
    CHECK(parse_retry_after("", kNow) == std::nullopt);
    CHECK(parse_retry_after("soon", kNow) == std::nullopt);
}

TEST_CASE("parse_retry_after reads the three HTTP-date forms", "[sync]") {
    CHECK(parse_retry_after("Tue, 04 Mar 2025 10:13:45 GMT", kNow) == milliseconds(60000));
    CHECK(parse_retry_after("Tuesday, 04-Mar-25 10:13:45 GMT", kNow) == milliseconds(60000));
    CHECK(parse_retry_after("Tue Mar  4 10:13:45 2025", kNow) == milliseconds(60000));
    CHECK(parse_retry_after("Wed, 05 Mar 2025 00:00:00 GMT", kNow) ==
          milliseconds((13 * 3600 + 47 * 60 + 15) * 1000));
    // across a leap day: 2028-02-28 23:59:59 to 2028-03-01 00:00:00 is a day and a second
    const std::int64_t leap_eve = 1835395199000;
    CHECK(parse_retry_after("Wed, 01 Mar 2028 00:00:00 GMT", leap_eve) == milliseconds(86401000));
    CHECK(parse_retry_after("Tue, 29 Feb 2028 00:00:00 GMT", leap_eve) == milliseconds(1000));
    // the example of RFC 9110, long past: zero, in every form
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", kNow) == milliseconds(0));
    CHECK(parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", kNow) == milliseconds(0));
    CHECK(parse_retry_after("Sun Nov  6 08:49:37 1994", kNow) == milliseconds(0));
    CHECK(parse_retry_after("Sun Nov 06 08:49:37 1994", kNow) == milliseconds(0));
    // names in another case are read
    CHECK(parse_retry_after("tue, 04 MAR 2025 10:12:46 GMT", kNow) == milliseconds(1000));
    // RFC 9110: a two-digit year more than 50 years ahead is the last century's
    CHECK(parse_retry_after("Thursday, 01-Jan-76 00:00:00 GMT", kNow) == milliseconds(0));
    CHECK(parse_retry_after("Wednesday, 01-Jan-70 00:00:00 GMT", kNow) ==
          milliseconds(3155760000000 - kNow));
}

TEST_CASE("parse_retry_after refuses dates that are not HTTP-dates", "[sync]") {
    for (const char* text : {"Tue, 04 Mar 2025 10:13:45 UTC",       // only GMT
                             "Tue, 04 Mar 2025 10:13:45 GMT+1",     // trailing text
                             "Tue, 4 Mar 2025 10:13:45 GMT",        // one-digit day
                             "Tue, 30 Feb 2025 10:13:45 GMT",       // no such day
                             "Tue, 29 Feb 2025 10:13:45 GMT",       // 2025 is not a leap year
                             "Tue, 04 Mar 2025 24:00:00 GMT",       // no such hour
                             "Tue, 04 Mar 2025 10:60:00 GMT",       // no such minute
                             "Tue, 04 Foo 2025 10:13:45 GMT",       // no such month
                             "Xyz, 04 Mar 2025 10:13:45 GMT",       // no such day
                             "Tue 04 Mar 2025 10:13:45 GMT",        // the comma is missing
                             "2025-03-04T10:13:45Z",                // ISO 8601 is not an HTTP-date
                             "Tue Mar  4 10:13:45",                 // asctime without its year
                             "Tuesday, 04-Mar-2025 10:13:45 GMT"})  // RFC 850 has two-digit years
    {
        INFO(text);
        CHECK(parse_retry_after(text, kNow) == std::nullopt);
    }
}

TEST_CASE("classify_status sorts every answer into what the sync does next", "[sync]") {
    CHECK(classify_status(200, false) == StatusClass::ok);
    CHECK(classify_status(201, false) == StatusClass::ok);
    CHECK(classify_status(204, true) == StatusClass::ok);
    CHECK(classify_status(207, false) == StatusClass::ok);
    CHECK(classify_status(304, false) == StatusClass::ok);
    CHECK(classify_status(401, false) == StatusClass::wrong_password);
    CHECK(classify_status(401, true) == StatusClass::throttled_auth);
    CHECK(classify_status(403, false) == StatusClass::refused);
    CHECK(classify_status(403, true) == StatusClass::refused);
    CHECK(classify_status(404, true) == StatusClass::missing);
    CHECK(classify_status(410, true) == StatusClass::missing);
    CHECK(classify_status(409, true) == StatusClass::conflict);
    CHECK(classify_status(412, true) == StatusClass::precondition_failed);
    CHECK(classify_status(507, true) == StatusClass::server_full);
    for (const int status : {408, 423, 425, 429, 500, 502, 503, 504, 599}) {
        INFO(status);
        CHECK(classify_status(status, true) == StatusClass::retry_later);
    }
    for (const int status : {301, 302, 400, 405, 413, 415, 501, 100, 0, 600}) {
        INFO(status);
        CHECK(classify_status(status, true) == StatusClass::refused);
    }
}

TEST_CASE("only answers that may change by themselves are worth retrying", "[sync]") {
    CHECK(worth_retrying(StatusClass::retry_later));
    CHECK(worth_retrying(StatusClass::throttled_auth));
    CHECK_FALSE(worth_retrying(StatusClass::wrong_password));
    CHECK_FALSE(worth_retrying(StatusClass::refused));
    CHECK_FALSE(worth_retrying(StatusClass::server_full));
    CHECK_FALSE(worth_retrying(StatusClass::precondition_failed));
}

TEST_CASE("describe_status names the status for the facilitator", "[sync]") {
    CHECK(describe_status(StatusClass::refused, 403) == "the server refuses this (403)");
    CHECK(describe_status(StatusClass::server_full, 507) == "the server has no space left (507)");
    CHECK(describe_status(classify_status(401, false), 401) ==
          "the server does not accept this user name and password (401)");
}
