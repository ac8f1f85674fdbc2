#include "core/progress/local_date.h"

#include "core/text/parse_number.h"

#include <cstdio>

namespace legwork {

LocalDate local_date_at(std::int64_t utc_s, std::int32_t utc_offset_s) {
    using namespace std::chrono;
    const seconds local{utc_s + utc_offset_s};
    return LocalDate{floor<days>(local)};
}

int days_since_monday(LocalDate date) {
    return static_cast<int>(std::chrono::weekday{date}.iso_encoding()) - 1;
}

LocalDate week_start(LocalDate date) {
    return date - std::chrono::days{days_since_monday(date)};
}

std::string format_date(LocalDate date) {
    const std::chrono::year_month_day ymd{date};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

std::optional<LocalDate> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto year = parse_digits(text.substr(0, 4));
    const auto month = parse_digits(text.substr(5, 2));
    const auto day = parse_digits(text.substr(8, 2));
    if (!year || !month || !day || *year < 1) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*year},
                                          std::chrono::month{static_cast<unsigned>(*month)},
                                          std::chrono::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return LocalDate{ymd};
}

} // namespace legwork
