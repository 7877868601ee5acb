#include "core/sync/retry_policy.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

namespace hostspace::sync {

namespace {

using std::chrono::milliseconds;

// Far beyond kLongestRetryAfter, yet small enough that milliseconds never overflow.
constexpr std::uint64_t kLongestDeltaSeconds = 10'000'000'000ull;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
// timegm would do, but it is not standard C++ and mktime depends on the local time zone.
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::int64_t year_of_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

int days_in_month(std::int64_t year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool same_letters(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a[i] | 0x20) != (b[i] | 0x20)) return false;  // only ever compared with letters
    }
    return true;
}

// Reads an HTTP-date left to right; each step fails the whole parse by returning false.
class DateReader {
  public:
    explicit DateReader(std::string_view text) : text_(text) {}

    bool literal(std::string_view expected) {
        if (text_.substr(at_, expected.size()) != expected) return false;
        at_ += expected.size();
        return true;
    }
    bool peek(char c) const { return at_ < text_.size() && text_[at_] == c; }
    bool digits(std::size_t count, int& value) {
        if (at_ + count > text_.size()) return false;
        value = 0;
        for (std::size_t i = 0; i < count; ++i, ++at_) {
            if (text_[at_] < '0' || text_[at_] > '9') return false;
            value = value * 10 + (text_[at_] - '0');
        }
        return true;
    }
    bool letters(std::string_view& word) {
        const std::size_t start = at_;
        while (at_ < text_.size() && ((text_[at_] | 0x20) >= 'a' && (text_[at_] | 0x20) <= 'z')) {
            ++at_;
        }
        word = text_.substr(start, at_ - start);
        return at_ > start;
    }
    bool month(int& number) {
        static constexpr std::array<std::string_view, 12> kMonths = {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::string_view word;
        if (!letters(word)) return false;
        number = 0;
        for (std::size_t i = 0; i < kMonths.size(); ++i) {
            if (same_letters(word, kMonths[i])) number = static_cast<int>(i) + 1;
        }
        return number != 0;
    }
    bool time_of_day(int& h, int& m, int& s) {
        return digits(2, h) && literal(":") && digits(2, m) && literal(":") && digits(2, s) &&
               h <= 23 && m <= 59 && s <= 60;  // 60: a leap second
    }
    bool at_end() const { return at_ == text_.size(); }

  private:
    std::string_view text_;
    std::size_t at_ = 0;
};

bool is_day_name(std::string_view word) {
    static constexpr std::array<std::string_view, 14> kNames = {
        "Mon",    "Tue",     "Wed",       "Thu",      "Fri",    "Sat",      "Sun",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return std::any_of(kNames.begin(), kNames.end(),
                       [&](std::string_view name) { return same_letters(word, name); });
}

// Seconds since the epoch of an HTTP-date, in any of its three forms; nullopt otherwise.
std::optional<std::int64_t> read_http_date(std::string_view text, std::int64_t now_unix_ms) {
    DateReader in(text);
    std::string_view day_name;
    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0;
    if (!in.letters(day_name) || !is_day_name(day_name)) return std::nullopt;
    if (in.literal(", ")) {
        if (!in.digits(2, day)) return std::nullopt;
        if (in.literal(" ")) {  // IMF-fixdate
            if (!in.month(month) || !in.literal(" ") || !in.digits(4, year)) return std::nullopt;
        } else {  // RFC 850, with a two-digit year
            if (!in.literal("-") || !in.month(month) || !in.literal("-") || !in.digits(2, year)) {
                return std::nullopt;
            }
            // RFC 9110: a year more than 50 years ahead is the latest past one with those digits.
            const std::int64_t now_year =
                year_of_days((now_unix_ms >= 0 ? now_unix_ms : now_unix_ms - 86399999) / 86400000);
            year += static_cast<int>(now_year - now_year % 100);
            if (year > now_year + 50) year -= 100;
        }
        if (!in.literal(" ") || !in.time_of_day(h, m, s) || !in.literal(" GMT")) {
            return std::nullopt;
        }
    } else {  // asctime: "Sun Nov  6 08:49:37 1994"
        if (!in.literal(" ") || !in.month(month) || !in.literal(" ")) return std::nullopt;
        if (!(in.peek(' ') ? in.literal(" ") && in.digits(1, day) : in.digits(2, day)) ||
            !in.literal(" ") || !in.time_of_day(h, m, s) || !in.literal(" ") ||
            !in.digits(4, year)) {
            return std::nullopt;
        }
    }
    if (!in.at_end() || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return days_from_civil(year, month, day) * 86400 + h * 3600 + m * 60 + s;
}

}  // namespace

milliseconds Backoff::next_delay(Outcome outcome, std::optional<milliseconds> retry_after,
                                 std::mt19937_64& rng) {
    if (outcome == Outcome::success) {
        failures_ = 0;
        previous_ = policy_.base;
        return milliseconds(0);
    }
    if (failures_ < std::numeric_limits<int>::max()) ++failures_;
    const std::int64_t base = std::max<std::int64_t>(policy_.base.count(), 1);
    const std::int64_t cap = std::max<std::int64_t>(policy_.cap.count(), base);
    const std::int64_t previous = std::clamp<std::int64_t>(previous_.count(), base, cap);
    const std::int64_t high = previous > cap / 3 ? cap : std::max(base, previous * 3);
    // A plain modulo: the bias is nil for spans this small, and unlike
    // std::uniform_int_distribution it draws the same waits from a seed on every library.
    const std::int64_t drawn =
        base + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(high - base + 1));
    previous_ = milliseconds(drawn);
    milliseconds delay = previous_;
    if (retry_after) {
        delay = std::max(delay, std::clamp(*retry_after, milliseconds(0), kLongestRetryAfter));
    }
    return delay;
}

std::optional<milliseconds> parse_retry_after(std::string_view value, std::int64_t now_unix_ms) {
    const std::size_t first = value.find_first_not_of(" \t");
    if (first == std::string_view::npos) return std::nullopt;
    value = value.substr(first, value.find_last_not_of(" \t") - first + 1);
    if (value[0] >= '0' && value[0] <= '9') {
        std::uint64_t seconds = 0;
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (end != value.data() + value.size()) return std::nullopt;
        if (error == std::errc::result_out_of_range || seconds > kLongestDeltaSeconds) {
            seconds = kLongestDeltaSeconds;
        }
        return milliseconds(static_cast<std::int64_t>(seconds) * 1000);
    }
    const std::optional<std::int64_t> at = read_http_date(value, now_unix_ms);
    if (!at) return std::nullopt;
    return milliseconds(std::max<std::int64_t>(*at * 1000 - now_unix_ms, 0));
}

StatusClass classify_status(int http_status, bool had_success_before) {
    if ((http_status >= 200 && http_status <= 299) || http_status == 304) return StatusClass::ok;
    switch (http_status) {
        case 401:
            return had_success_before ? StatusClass::throttled_auth : StatusClass::wrong_password;
        case 404:
        case 410:
            return StatusClass::missing;
        case 408:
        case 423:
        case 425:
        case 429:
            return StatusClass::retry_later;
        case 409:
            return StatusClass::conflict;
        case 412:
            return StatusClass::precondition_failed;
        case 501:
            return StatusClass::refused;
        case 507:
            return StatusClass::server_full;
        default:
            break;
    }
    if (http_status >= 500 && http_status <= 599) return StatusClass::retry_later;
    return StatusClass::refused;
}

bool worth_retrying(StatusClass status_class) {
    return status_class == StatusClass::retry_later || status_class == StatusClass::throttled_auth;
}

std::string describe_status(StatusClass status_class, int http_status) {
    const std::string code = " (" + std::to_string(http_status) + ")";
    switch (status_class) {
        case StatusClass::ok:
            return "the server accepted this" + code;
        case StatusClass::retry_later:
            return "the server is busy or unavailable for now" + code;
        case StatusClass::throttled_auth:
            return "the server is not accepting the password for now" + code;
        case StatusClass::wrong_password:
            return "the server does not accept this user name and password" + code;
        case StatusClass::server_full:
            return "the server has no space left" + code;
        case StatusClass::missing:
            return "the server has no such file or folder" + code;
        case StatusClass::conflict:
            return "the folder this goes into is missing on the server" + code;
        case StatusClass::precondition_failed:
            return "the file changed on the server in the meantime" + code;
        case StatusClass::refused:
            break;
    }
    return "the server refuses this" + code;
}

}  // namespace hostspace::sync
