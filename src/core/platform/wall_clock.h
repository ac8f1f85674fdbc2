#pragma once
// The wall clock: an instant in UTC together with the offset of the time zone in force at
// that instant. This is the one place that reads the process's time zone (the TZ
// environment variable, through the C library); everything after it works on the stored
// offset and local date, so travelling or changing the clock later moves nothing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace legwork {

struct WallTime {
    std::int64_t utc_s = 0;        // seconds since 1970-01-01T00:00:00Z
    std::int32_t utc_offset_s = 0; // local time minus UTC then: +3600 for Paris in winter
};

// `utc_s` as the process's time zone (TZ) shows it.
WallTime wall_time_at(std::int64_t utc_s);

// Reads an ISO 8601 time such as "2024-03-10T18:30:00+01:00": seconds may be left out, and
// the offset is Z, +HH:MM, +HHMM or +HH (or with -). Without an offset the time is local in
// the process's time zone (TZ): a time that happens twice when clocks go back is the first
// of the two, and a time skipped when they go forward moves forward by the change. Nothing
// when `text` is not such a time.
std::optional<WallTime> parse_iso8601(std::string_view text);

// "2024-03-10T18:30:00+01:00": the local time and its offset.
std::string format_iso8601(WallTime time);

// The clock the app reads: the system's, or one fixed instant (`--now`) so that tests and
// scripts can walk through calendars.
class WallClock {
public:
    WallClock() = default;
    explicit WallClock(std::optional<WallTime> fixed) : fixed_(fixed) {}
    // The fixed instant, or the system clock now in the process's time zone.
    WallTime now() const;

private:
    std::optional<WallTime> fixed_;
};

} // namespace legwork
