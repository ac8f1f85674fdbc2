#pragma once
// LocalDate: a day on the calendar, with no time zone attached. A session belongs to the
// local date on which it finished; everything here is plain arithmetic on dates and never
// reads the process's time zone.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace legwork {

using LocalDate = std::chrono::local_days;

// The calendar date at `utc_s` (seconds since 1970-01-01T00:00:00Z) in a zone that is
// `utc_offset_s` seconds ahead of UTC.
LocalDate local_date_at(std::int64_t utc_s, std::int32_t utc_offset_s);

// Days since the Monday of `date`'s week: 0 on Monday ... 6 on Sunday.
int days_since_monday(LocalDate date);

// The Monday that starts `date`'s Monday-to-Sunday week.
LocalDate week_start(LocalDate date);

// "YYYY-MM-DD" (ISO 8601).
std::string format_date(LocalDate date);

// A date written "YYYY-MM-DD" that is on the calendar (years 0001-9999); nothing otherwise.
std::optional<LocalDate> parse_date(std::string_view text);

} // namespace legwork
