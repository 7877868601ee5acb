#pragma once
// The agenda's times as a facilitator types and reads them: a start time "09:30" on the
// session's date, and lengths such as "1 h 10 min". Local time, like format_clock_time.
#include <cstdint>
#include <optional>
#include <string>

namespace hostspace {

// Unix ms of `clock` ("9:30", "09:30", "9.30", "0930") on `session_date` when that is a
// YYYY-MM-DD date, else on the local date of `now_ms`. 0 for an empty text (no start time);
// nothing when the text is not a time of day.
std::optional<std::int64_t> agenda_start_from_text(const std::string& clock,
                                                   const std::string& session_date,
                                                   std::int64_t now_ms);

// "45 min", "1 h 10 min", "2 h", "30 s", "1 min 30 s".
std::string format_length(std::int64_t seconds);

}  // namespace hostspace
