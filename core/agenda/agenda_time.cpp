#include "core/agenda/agenda_time.hpp"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace hostspace {
namespace {

struct Date {
    int year = 0, month = 0, day = 0;
};

// "2025-03-14" exactly, with a month and day that exist in some year (mktime normalises the
// rest, so 2025-02-30 would quietly become March: refuse day numbers past the month's end).
std::optional<Date> parse_iso_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    }
    Date d{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
           std::stoi(text.substr(8, 2))};
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) {
        return std::nullopt;
    }
    return d;
}

Date local_date(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// Hours and minutes from "9:30", "09:30", "9.30", "930" or "0930". After a separator the
// minutes are exactly two digits: "12:3" is a typo, not 01:23.
std::optional<std::pair<int, int>> parse_clock(const std::string& text) {
    std::string hours, minutes;
    bool separator = false;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            (separator ? minutes : hours) += c;
        } else if ((c == ':' || c == '.') && !separator && !hours.empty()) {
            separator = true;
        } else if (c != ' ') {
            return std::nullopt;
        }
    }
    if (!separator) {  // "930", "0930": the last two digits are the minutes
        if (hours.size() < 3 || hours.size() > 4) return std::nullopt;
        minutes = hours.substr(hours.size() - 2);
        hours.resize(hours.size() - 2);
    }
    if (hours.empty() || hours.size() > 2 || minutes.size() != 2) return std::nullopt;
    const int h = std::stoi(hours), m = std::stoi(minutes);
    if (h > 23 || m > 59) return std::nullopt;
    return std::make_pair(h, m);
}

}  // namespace

std::optional<std::int64_t> agenda_start_from_text(const std::string& clock,
                                                   const std::string& session_date,
                                                   std::int64_t now_ms) {
    if (clock.find_first_not_of(' ') == std::string::npos) return 0;
    const auto time = parse_clock(clock);
    if (!time) return std::nullopt;
    const Date date = parse_iso_date(session_date).value_or(local_date(now_ms));
    std::tm local{};
    local.tm_year = date.year - 1900;
    local.tm_mon = date.month - 1;
    local.tm_mday = date.day;
    local.tm_hour = time->first;
    local.tm_min = time->second;
    local.tm_isdst = -1;  // let the C library decide summer time for that date
    const std::time_t seconds = std::mktime(&local);
    if (seconds == static_cast<std::time_t>(-1)) return std::nullopt;
    return static_cast<std::int64_t>(seconds) * 1000;
}

std::string format_length(std::int64_t seconds) {
    if (seconds < 0) seconds = 0;
    const long long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    char text[48];
    if (h > 0 && m > 0) {
        std::snprintf(text, sizeof text, "%lld h %lld min", h, m);
    } else if (h > 0) {
        std::snprintf(text, sizeof text, "%lld h", h);
    } else if (m > 0 && s > 0) {
        std::snprintf(text, sizeof text, "%lld min %lld s", m, s);
    } else if (m > 0) {
        std::snprintf(text, sizeof text, "%lld min", m);
    } else {
        std::snprintf(text, sizeof text, "%lld s", s);
    }
    return text;
}

}  // namespace hostspace
