#include "core/progress/local_date.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace std::chrono;

namespace {
LocalDate date(int y, unsigned m, unsigned d) {
    return LocalDate{year{y} / month{m} / day{d}};
}
} // namespace

TEST_CASE("The local date of an instant follows the offset, on both sides of the date line",
          "[progress][local_date]") {
    // 2024-03-11T04:30:00Z
    const std::int64_t utc_s =
        sys_days{year{2024} / March / 11}.time_since_epoch().count() * 86400 + 4 * 3600 + 30 * 60;
    CHECK(local_date_at(utc_s, 0) == date(2024, 3, 11));
    CHECK(local_date_at(utc_s, -5 * 3600) == date(2024, 3, 10));  // 23:30 the evening before
    CHECK(local_date_at(utc_s, -11 * 3600) == date(2024, 3, 10)); // Pago Pago
    CHECK(local_date_at(utc_s, 14 * 3600) == date(2024, 3, 11));  // Kiritimati, 18:30
    CHECK(local_date_at(utc_s, 20 * 3600) == date(2024, 3, 12));
    // Before 1970, days still start at midnight (division rounds down, not toward zero).
    CHECK(local_date_at(-1, 0) == date(1969, 12, 31));
    CHECK(local_date_at(-86400, 0) == date(1969, 12, 31));
}

TEST_CASE("Weeks run Monday to Sunday, across month, leap day and year ends",
          "[progress][local_date]") {
    CHECK(days_since_monday(date(2024, 1, 1)) == 0);   // a Monday
    CHECK(days_since_monday(date(2023, 12, 31)) == 6); // a Sunday
    CHECK(week_start(date(2025, 1, 1)) == date(2024, 12, 30));
    CHECK(week_start(date(2024, 2, 29)) == date(2024, 2, 26));
    CHECK(week_start(date(2024, 3, 3)) == date(2024, 2, 26));
    CHECK(week_start(date(2021, 1, 3)) == date(2020, 12, 28));
    CHECK(week_start(date(2024, 1, 1)) == date(2024, 1, 1));
}

TEST_CASE("Dates read and write as YYYY-MM-DD - days not on the calendar are refused",
          "[progress][local_date]") {
    CHECK(format_date(date(2024, 2, 29)) == "2024-02-29");
    CHECK(format_date(date(987, 1, 5)) == "0987-01-05");
    CHECK(parse_date("2024-02-29") == date(2024, 2, 29));
    CHECK(parse_date("2000-02-29") == date(2000, 2, 29));
    for (const char* bad :
         {"2023-02-29", "1900-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-1-01",
          "24-01-01", "2024/01/01", "+024-01-01", "0000-01-01", ""}) {
        INFO(bad);
        CHECK_FALSE(parse_date(bad));
    }
}
