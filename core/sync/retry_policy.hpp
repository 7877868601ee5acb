#pragma once
// How long to wait before trying a request again, and which answers are worth trying again at
// all. One back-off for every request, so that a server in trouble (or throttling us) sees one
// slowing client rather than a separate retry loop per file.
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace hostspace::sync {

struct RetryPolicy {
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{60000};
};

// Past this, a Retry-After is more likely a misconfigured server than a plan: a facilitator's
// session would rather see the sync try again within the hour.
inline constexpr std::chrono::milliseconds kLongestRetryAfter{3600000};

enum class Outcome { success, failure };

// Decorrelated jitter (each wait drawn between `base` and three times the previous one, then
// capped): the waits grow exponentially on average like full jitter, but never fall below
// `base`, so a failing server is never asked again at once, and clients that failed together
// spread out instead of retrying in step.
class Backoff {
  public:
    Backoff() : Backoff(RetryPolicy{}) {}
    explicit Backoff(RetryPolicy policy) : policy_(policy), previous_(policy.base) {}

    // After a success: zero, and the count starts again. After a failure: the jittered wait,
    // at most the cap, and never less than the server's Retry-After (honoured past the cap up
    // to kLongestRetryAfter).
    std::chrono::milliseconds next_delay(Outcome outcome,
                                         std::optional<std::chrono::milliseconds> retry_after,
                                         std::mt19937_64& rng);

    int consecutive_failures() const { return failures_; }

  private:
    RetryPolicy policy_;
    int failures_ = 0;
    std::chrono::milliseconds previous_;
};

// A Retry-After header's value as a wait from `now_unix_ms`: delta-seconds ("120") or an
// HTTP-date in any of the three forms RFC 9110 asks recipients to read (IMF-fixdate "Sun, 06
// Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT", asctime "Sun Nov  6
// 08:49:37 1994"). A date already past gives zero; anything else unreadable gives nullopt.
std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
                                                           std::int64_t now_unix_ms);

enum class StatusClass {
    ok,                   // 2xx, 304
    retry_later,          // 408, 423, 425, 429, 5xx but 501 and 507
    throttled_auth,       // 401 after this server has accepted us before
    wrong_password,       // 401 before any success
    server_full,          // 507
    missing,              // 404, 410
    conflict,             // 409: the parent folder is missing
    precondition_failed,  // 412: the file changed on the server since we read it
    refused,              // 403, 501, every other 4xx, and 1xx/3xx that reach us
};

// Why these: 401 after earlier successes is Nextcloud's brute-force protection or an expiring
// session far more often than a password changed mid-session, so it waits rather than asking.
// 403 means the server knows who we are and still says no (a read-only share, folder
// permissions, a blocked file type): neither retrying nor a new password helps, so it is
// "refused", reported as "the server refuses this (403)". 423 (a Nextcloud file lock) clears by
// itself. 501 means the server does not do WebDAV at that URL; waiting does not change that.
// Redirects are followed by the transport, so a 3xx reaching us is refused too.
StatusClass classify_status(int http_status, bool had_success_before);

// The retry_later and throttled_auth classes: the request may succeed later unchanged.
bool worth_retrying(StatusClass status_class);

// One line for the facilitator, naming the HTTP status: "the server refuses this (403)".
std::string describe_status(StatusClass status_class, int http_status);

}  // namespace hostspace::sync
