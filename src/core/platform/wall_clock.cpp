#include "core/platform/wall_clock.h"

#include "core/text/parse_number.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace legwork {
namespace {

// The `count` digits at `at`, or nothing.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return std::nullopt;
    return parse_digits(text.substr(at, count));
}

// The offset at the end of an ISO 8601 time, from `at` to the end of `text`: Z, ±HH:MM,
// ±HHMM or ±HH, in seconds.
std::optional<std::int32_t> parse_offset(std::string_view text, std::size_t at) {
    const std::string_view rest = text.substr(at);
    if (rest == "Z" || rest == "z") return 0;
    if (rest.size() < 3 || (rest[0] != '+' && rest[0] != '-')) return std::nullopt;
    const auto hours = digits(rest, 1, 2);
    std::optional<int> minutes = 0;
    if (rest.size() == 6 && rest[3] == ':')
        minutes = digits(rest, 4, 2);
    else if (rest.size() == 5)
        minutes = digits(rest, 3, 2);
    else if (rest.size() != 3)
        return std::nullopt;
    if (!hours || !minutes || *hours > 18 || *minutes > 59) return std::nullopt;
    const std::int32_t offset_s = *hours * 3600 + *minutes * 60;
    return rest[0] == '-' ? -offset_s : offset_s;
}

// The instant at which the process's time zone shows the local time `local_s` (seconds
// since 1970-01-01T00:00 on the local calendar). Tries the offsets in force a day before
// and a day after; of those that show exactly `local_s`, the earliest (a time that happens
// twice). When none does, `local_s` was skipped by a change: it is read with the offset in
// force before the change, which lands as far past the change as it was meant to be.
std::int64_t local_to_utc(std::int64_t local_s) {
    const std::int32_t before = wall_time_at(local_s - 86400).utc_offset_s;
    const std::int32_t after = wall_time_at(local_s + 86400).utc_offset_s;
    std::optional<std::int64_t> best;
    for (const std::int32_t offset_s : {before, after}) {
        const std::int64_t utc_s = local_s - offset_s;
        if (wall_time_at(utc_s).utc_offset_s == offset_s)
            best = best ? std::min(*best, utc_s) : utc_s;
    }
    return best.value_or(local_s - before);
}

} // namespace

WallTime wall_time_at(std::int64_t utc_s) {
    const std::time_t t = static_cast<std::time_t>(utc_s);
    std::tm local{};
    localtime_r(&t, &local);
    return {utc_s, static_cast<std::int32_t>(local.tm_gmtoff)};
}

std::optional<WallTime> parse_iso8601(std::string_view text) {
    // YYYY-MM-DDTHH:MM[:SS][offset]
    if (text.size() < 16 || text[4] != '-' || text[7] != '-' ||
        (text[10] != 'T' && text[10] != 't') || text[13] != ':')
        return std::nullopt;
    const auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    std::optional<int> second = 0;
    std::size_t end = 16;
    if (text.size() > 16 && text[16] == ':') {
        second = digits(text, 17, 2);
        end = 19;
    }
    if (!year || !month || !day || !hour || !minute || !second || *year < 1 || *hour > 23 ||
        *minute > 59 || *second > 59)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{std::chrono::year{*year},
                              std::chrono::month{static_cast<unsigned>(*month)},
                              std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    const std::int64_t seconds_of_day = *hour * 3600 + *minute * 60 + *second;

    const std::int64_t local_s = sys_days{date}.time_since_epoch().count() * 86400 + seconds_of_day;
    if (end == text.size()) return wall_time_at(local_to_utc(local_s));
    const auto offset_s = parse_offset(text, end);
    if (!offset_s) return std::nullopt;
    return WallTime{local_s - *offset_s, *offset_s};
}

std::string format_iso8601(WallTime time) {
    using namespace std::chrono;
    const seconds local{time.utc_s + time.utc_offset_s};
    const sys_days day = floor<days>(sys_seconds{local});
    const year_month_day date{day};
    const hh_mm_ss clock{sys_seconds{local} - day};
    const std::int32_t offset_min = std::abs(time.utc_offset_s) / 60;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()), time.utc_offset_s < 0 ? '-' : '+',
                  offset_min / 60, offset_min % 60);
    return text;
}

WallTime WallClock::now() const {
    if (fixed_) return *fixed_;
    return wall_time_at(std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count());
}

} // namespace legwork
