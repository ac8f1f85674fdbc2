#include "core/platform/wall_clock.h"
#include "support/scoped_time_zone.h"

#include <catch2/catch.hpp>
#include <ctime>

using namespace legwork;
using namespace legwork::test;

namespace {
// Seconds since the epoch of a UTC time written "YYYY-MM-DDTHH:MM:SSZ".
std::int64_t utc(const char* text) {
    return parse_iso8601(text).value().utc_s;
}
} // namespace

TEST_CASE("An ISO 8601 time with an offset is that instant, whatever TZ says",
          "[platform][wall_clock]") {
    const ScopedTimeZone zone(kBerlin);
    const auto paris = parse_iso8601("2024-03-10T18:30:00+01:00");
    REQUIRE(paris);
    CHECK(paris->utc_s == 1710091800);
    CHECK(paris->utc_offset_s == 3600);
    CHECK(parse_iso8601("2024-03-10T17:30Z")->utc_s == 1710091800);
    CHECK(parse_iso8601("2024-03-10T12:30-0500")->utc_s == 1710091800);
    CHECK(parse_iso8601("2024-03-10T12:30:00-05")->utc_offset_s == -5 * 3600);
    const auto kathmandu = parse_iso8601("2024-03-10T23:15:00+05:45");
    REQUIRE(kathmandu);
    CHECK(kathmandu->utc_s == 1710091800);
    CHECK(kathmandu->utc_offset_s == 5 * 3600 + 45 * 60);
}

TEST_CASE("Malformed or impossible times are refused", "[platform][wall_clock]") {
    for (const char* bad : {"", "now", "2024-03-10", "2024-03-10 18:30", "2024-03-10T24:00",
                            "2024-03-10T18:60", "2024-03-10T18:30:61", "2023-02-29T10:00",
                            "2024-13-01T00:00", "2024-03-10T18:30+19:00", "2024-03-10T18:30+1",
                            "2024-03-10T18:30:00.5Z", "2024-03-10T18:30Zulu", "2024-3-10T18:30"}) {
        INFO(bad);
        CHECK_FALSE(parse_iso8601(bad));
    }
    CHECK(parse_iso8601("2024-02-29T23:59:59Z"));
}

TEST_CASE("A time without an offset is local time in TZ, summer time included",
          "[platform][wall_clock]") {
    const ScopedTimeZone zone(kNewYork);
    const auto winter = parse_iso8601("2024-01-15T09:00");
    REQUIRE(winter);
    CHECK(winter->utc_s == utc("2024-01-15T14:00:00Z"));
    CHECK(winter->utc_offset_s == -5 * 3600);
    const auto summer = parse_iso8601("2024-07-04T09:00:00");
    REQUIRE(summer);
    CHECK(summer->utc_s == utc("2024-07-04T13:00:00Z"));
    CHECK(summer->utc_offset_s == -4 * 3600);
}

TEST_CASE("Local times skipped or repeated by a clock change have one answer",
          "[platform][wall_clock]") {
    SECTION("spring forward: 02:30 does not exist in New York on 2024-03-10") {
        const ScopedTimeZone zone(kNewYork);
        const auto skipped = parse_iso8601("2024-03-10T02:30");
        REQUIRE(skipped);
        CHECK(format_iso8601(*skipped) == "2024-03-10T03:30:00-04:00");
    }
    SECTION("fall back: 01:30 happens twice in New York on 2024-11-03; the first is taken") {
        const ScopedTimeZone zone(kNewYork);
        const auto twice = parse_iso8601("2024-11-03T01:30");
        REQUIRE(twice);
        CHECK(format_iso8601(*twice) == "2024-11-03T01:30:00-04:00");
    }
    SECTION("Santiago skips midnight: 2024-09-08T00:30 is 01:30 summer time") {
        const ScopedTimeZone zone(kSantiago);
        const auto skipped = parse_iso8601("2024-09-08T00:30");
        REQUIRE(skipped);
        CHECK(format_iso8601(*skipped) == "2024-09-08T01:30:00-03:00");
    }
    SECTION("Lord Howe goes back half an hour: 01:45 twice on 2024-04-07") {
        const ScopedTimeZone zone(kLordHowe);
        const auto twice = parse_iso8601("2024-04-07T01:45");
        REQUIRE(twice);
        CHECK(format_iso8601(*twice) == "2024-04-07T01:45:00+11:00");
        CHECK(format_iso8601(wall_time_at(twice->utc_s + 1800)) == "2024-04-07T01:45:00+10:30");
    }
}

TEST_CASE("Times written out read back as the same instant and offset", "[platform][wall_clock]") {
    for (const char* text : {"2024-03-10T18:30:00+01:00", "1999-12-31T23:59:59-03:30",
                             "2024-02-29T00:00:00+14:00", "1969-07-20T20:17:40+00:00"}) {
        INFO(text);
        const auto time = parse_iso8601(text);
        REQUIRE(time);
        CHECK(format_iso8601(*time) == text);
    }
}

TEST_CASE("The wall clock is the system's, or the instant it was fixed at",
          "[platform][wall_clock]") {
    const ScopedTimeZone zone(kKathmandu);
    const WallTime now = WallClock().now();
    CHECK(std::abs(now.utc_s - static_cast<std::int64_t>(std::time(nullptr))) <= 2);
    CHECK(now.utc_offset_s == 5 * 3600 + 45 * 60);
    const WallTime fixed{1710091800, -3600};
    CHECK(WallClock(fixed).now().utc_s == fixed.utc_s);
    CHECK(WallClock(fixed).now().utc_offset_s == fixed.utc_offset_s);
}
