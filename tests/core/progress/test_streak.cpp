// Streaks over the awkward calendar cases, each run in several time zones: sessions are
// written as the wall clock showed them (local in the zone under test, or with the offset
// of wherever the user was), so the answers must be the same in every zone.
#include "core/progress/streak.h"
#include "support/scoped_time_zone.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace legwork;
using namespace legwork::test;

namespace {

struct Done {
    const char* end;   // ISO 8601, as the wall clock showed it when the session ended
    int percent = 100; // of the planned work
};

struct Case {
    const char* name;
    StreakGoal goal;
    std::vector<Done> sessions; // in the order they were saved
    const char* now;
    int current;
    int best;
    TodayNeed needed;
    int this_week;
    int left = -1;              // when >= 0: rest days left (daily) or sessions left (weekly)
    const char* zone = nullptr; // only this zone; else every zone below
};

constexpr StreakGoal kDaily{};
constexpr StreakGoal kDailyNoRest{.kind = StreakGoalKind::daily, .rest_days_per_week = 0};
constexpr StreakGoal kDailyTwoRest{.kind = StreakGoalKind::daily, .rest_days_per_week = 2};
constexpr StreakGoal kWeekly{.kind = StreakGoalKind::weekly};
constexpr StreakGoal kWeeklyOnce{.kind = StreakGoalKind::weekly, .sessions_per_week = 1};

WallTime at(const char* iso) {
    INFO("time " << iso);
    const auto time = parse_iso8601(iso);
    REQUIRE(time);
    return *time;
}

SessionRecord session(const Done& done) {
    SessionRecord record;
    record.routine_id = "test";
    record.planned_work_s = 600;
    record.completed_work_s = 6 * done.percent;
    const WallTime end = at(done.end);
    record.start_utc_s = end.utc_s - 900;
    finish_session(record, end);
    return record;
}

// 2024-03-04 is a Monday.
const std::vector<Case> kCases = {
    {"No sessions: a session today starts a streak",
     kDaily,
     {},
     "2024-03-06T12:00",
     0,
     0,
     TodayNeed::session,
     0},
    {"Trained today: nothing more is needed",
     kDaily,
     {{"2024-03-04T18:00"}, {"2024-03-05T18:00"}, {"2024-03-06T08:00"}},
     "2024-03-06T20:00",
     3,
     3,
     TodayNeed::nothing,
     3,
     1},
    {"Trained yesterday: the streak lives and today may be a rest day",
     kDaily,
     {{"2024-03-04T18:00"}, {"2024-03-05T18:00"}},
     "2024-03-06T12:00",
     2,
     2,
     TodayNeed::rest_allowed,
     2,
     1},
    {"The week's rest day is used: today needs a session",
     kDaily,
     {{"2024-03-04T18:00"}, {"2024-03-06T18:00"}},
     "2024-03-07T07:00",
     2,
     2,
     TodayNeed::session,
     2,
     0},
    {"A second rest day in a week breaks the streak when that day ends",
     kDaily,
     {{"2024-03-04T18:00"}, {"2024-03-06T18:00"}},
     "2024-03-08T07:00",
     0,
     2,
     TodayNeed::session,
     2},
    {"Rest days count afresh each Monday; the leap day is an ordinary day",
     kDaily,
     {{"2024-02-28T18:00"},
      {"2024-02-29T18:00"},
      {"2024-03-01T18:00"},
      {"2024-03-02T18:00"},
      {"2024-03-04T18:00"},
      {"2024-03-06T18:00"}},
     "2024-03-06T21:00",
     6,
     6,
     TodayNeed::nothing,
     2,
     0},
    {"No rest days allowed: a missed day breaks the streak",
     kDailyNoRest,
     {{"2024-03-04T18:00"}, {"2024-03-06T18:00"}},
     "2024-03-06T19:00",
     1,
     1,
     TodayNeed::nothing,
     2},
    {"Two rest days allowed",
     kDailyTwoRest,
     {{"2024-03-04T18:00"}, {"2024-03-07T18:00"}},
     "2024-03-08T10:00",
     2,
     2,
     TodayNeed::session,
     2,
     0},
    {"Two sessions in one day make one day trained",
     kDaily,
     {{"2024-03-04T08:00"}, {"2024-03-04T19:00"}, {"2024-03-05T07:00"}},
     "2024-03-05T21:00",
     2,
     2,
     TodayNeed::nothing,
     3},
    {"A partial session is not a day trained",
     kDaily,
     {{"2024-03-04T18:00"}, {"2024-03-05T18:00", 50}},
     "2024-03-06T09:00",
     1,
     1,
     TodayNeed::session,
     1,
     0},
    {"80% of the planned work counts; 79% does not",
     kDaily,
     {{"2024-03-04T18:00", 80}, {"2024-03-05T18:00", 79}},
     "2024-03-05T20:00",
     1,
     1,
     TodayNeed::rest_allowed,
     1,
     1},
    {"A second before midnight and midnight are two days",
     kDaily,
     {{"2024-03-04T23:59:59"}, {"2024-03-05T00:00:00"}},
     "2024-03-05T12:00",
     2,
     2,
     TodayNeed::nothing,
     2},
    {"A streak runs through the year end, and the week spans both years",
     kDaily,
     {{"2024-12-29T18:00"}, {"2024-12-30T18:00"}, {"2024-12-31T23:30"}, {"2025-01-01T00:30"}},
     "2025-01-02T10:00",
     4,
     4,
     TodayNeed::rest_allowed,
     3,
     1},
    {"February 28 is followed by March 1 in a common year",
     kDaily,
     {{"2023-02-27T18:00"}, {"2023-02-28T18:00"}, {"2023-03-01T18:00"}},
     "2023-03-01T20:00",
     3,
     3,
     TodayNeed::nothing,
     3},
    {"The clock set back: sessions saved out of order, one ending before the one before it",
     kDaily,
     {{"2024-03-06T09:00"}, {"2024-03-04T18:00"}, {"2024-03-05T19:00"}, {"2024-03-05T08:00"}},
     "2024-03-06T12:00",
     3,
     3,
     TodayNeed::nothing,
     4},
    {"Sessions dated after today (the clock set back since) count only for the best",
     kDaily,
     {{"2024-03-04T18:00"},
      {"2024-03-05T18:00"},
      {"2024-03-11T18:00"},
      {"2024-03-12T18:00"},
      {"2024-03-13T18:00"},
      {"2024-03-14T18:00"},
      {"2024-03-15T18:00"}},
     "2024-03-06T12:00",
     2,
     5,
     TodayNeed::rest_allowed,
     2,
     1},
    {"The best streak is kept after a break",
     kDaily,
     {{"2024-02-05T18:00"},
      {"2024-02-06T18:00"},
      {"2024-02-07T18:00"},
      {"2024-02-08T18:00"},
      {"2024-03-05T18:00"}},
     "2024-03-06T12:00",
     1,
     4,
     TodayNeed::rest_allowed,
     1,
     1},
    {"Flying east over the date line skips a local day: it is a rest day",
     kDaily,
     {{"2024-03-04T20:00-10:00"}, {"2024-03-06T07:00+12:00"}},
     "2024-03-06T20:00+12:00",
     2,
     2,
     TodayNeed::nothing,
     2,
     0},
    {"Flying west gives the same local day twice: one day trained",
     kDaily,
     {{"2024-03-04T08:00+09:00"}, {"2024-03-05T08:00+09:00"}, {"2024-03-05T09:00-08:00"}},
     "2024-03-05T20:00-08:00",
     2,
     2,
     TodayNeed::nothing,
     3},
    {"Moving from Berlin to New York keeps the local dates consecutive",
     kDaily,
     {{"2024-03-04T22:00+01:00"}, {"2024-03-05T22:00+01:00"}, {"2024-03-06T22:00-05:00"}},
     "2024-03-07T10:00-05:00",
     3,
     3,
     TodayNeed::rest_allowed,
     3,
     1},
    {"New York's spring-forward night: a late session lands after midnight, the Sunday is a "
     "rest day",
     kDaily,
     {{"2024-03-09T04:30Z"}, {"2024-03-10T04:30Z"}, {"2024-03-11T04:30Z"}, {"2024-03-12T04:30Z"}},
     "2024-03-12T12:00",
     4,
     4,
     TodayNeed::nothing,
     2,
     1,
     kNewYork},
    {"New York's fall-back night: 01:30 twice is one day",
     kDaily,
     {{"2024-11-02T18:00"}, {"2024-11-03T05:30Z"}, {"2024-11-03T06:30Z"}},
     "2024-11-03T12:00",
     2,
     2,
     TodayNeed::nothing,
     3,
     1,
     kNewYork},
    {"Santiago's clocks skip midnight: a session at 00:30 belongs to that day",
     kDaily,
     {{"2024-09-07T12:00"}, {"2024-09-08T00:30"}, {"2024-09-09T12:00"}},
     "2024-09-09T13:00",
     3,
     3,
     TodayNeed::nothing,
     1,
     1,
     kSantiago},

    {"Weekly: this week's sessions done",
     kWeekly,
     {{"2024-02-26T18:00"},
      {"2024-02-28T18:00"},
      {"2024-03-01T18:00"},
      {"2024-03-04T18:00"},
      {"2024-03-05T18:00"},
      {"2024-03-06T18:00"}},
     "2024-03-07T12:00",
     2,
     2,
     TodayNeed::nothing,
     3,
     0},
    {"Weekly: last week met, this week under way",
     kWeekly,
     {{"2024-02-26T18:00"}, {"2024-02-28T18:00"}, {"2024-03-01T18:00"}, {"2024-03-04T18:00"}},
     "2024-03-06T12:00",
     1,
     1,
     TodayNeed::more_this_week,
     1,
     2},
    {"Weekly: with as many sessions left as days, today needs one",
     kWeekly,
     {{"2024-02-26T18:00"}, {"2024-02-28T18:00"}, {"2024-03-01T18:00"}, {"2024-03-04T18:00"}},
     "2024-03-09T09:00",
     1,
     1,
     TodayNeed::session,
     1,
     2},
    {"Weekly: a week short of sessions breaks the streak when it ends",
     kWeekly,
     {{"2024-02-19T18:00"},
      {"2024-02-20T18:00"},
      {"2024-02-21T18:00"},
      {"2024-02-26T18:00"},
      {"2024-02-27T18:00"},
      {"2024-02-27T19:00", 40}},
     "2024-03-04T12:00",
     0,
     1,
     TodayNeed::more_this_week,
     0,
     3},
    {"Weekly: two sessions in a day both count",
     kWeekly,
     {{"2024-03-04T08:00"}, {"2024-03-04T19:00"}, {"2024-03-05T19:00"}},
     "2024-03-05T20:00",
     1,
     1,
     TodayNeed::nothing,
     3,
     0},
    {"Weekly: the week over the year end is one week",
     kWeekly,
     {{"2024-12-23T18:00"},
      {"2024-12-25T18:00"},
      {"2024-12-27T18:00"},
      {"2024-12-30T18:00"},
      {"2024-12-31T18:00"},
      {"2025-01-02T18:00"}},
     "2025-01-03T12:00",
     2,
     2,
     TodayNeed::nothing,
     3,
     0},
    {"Weekly: the best run is kept",
     kWeeklyOnce,
     {{"2024-01-01T18:00"}, {"2024-01-08T18:00"}, {"2024-01-15T18:00"}, {"2024-03-04T18:00"}},
     "2024-03-06T12:00",
     1,
     3,
     TodayNeed::nothing,
     1,
     0},
    {"Weekly: on Sunday with none done, one today would start a streak",
     kWeeklyOnce,
     {{"2024-02-19T18:00"}},
     "2024-03-10T18:00",
     0,
     1,
     TodayNeed::session,
     0,
     1},
};

const std::vector<const char*> kZones = {kUtc,      kNewYork,   kBerlin,     kSantiago,
                                         kLordHowe, kKathmandu, kKiritimati, kPagoPago};

} // namespace

TEST_CASE("Streaks over the calendar's edge cases, in every time zone", "[progress][streak]") {
    for (const Case& c : kCases) {
        const std::vector<const char*> zones = c.zone ? std::vector<const char*>{c.zone} : kZones;
        for (const char* zone : zones) {
            DYNAMIC_SECTION(c.name << " [TZ=" << zone << "]") {
                const ScopedTimeZone in_zone(zone);
                std::vector<SessionRecord> sessions;
                for (const Done& done : c.sessions) sessions.push_back(session(done));
                const WallTime now = at(c.now);
                const Streak streak =
                    compute_streak(sessions, c.goal, local_date_at(now.utc_s, now.utc_offset_s));
                CHECK(streak.current == c.current);
                CHECK(streak.best == c.best);
                CHECK(streak.needed == c.needed);
                CHECK(streak.sessions_this_week == c.this_week);
                if (c.left >= 0)
                    CHECK((c.goal.kind == StreakGoalKind::daily ? streak.rest_days_left
                                                                : streak.sessions_left) == c.left);
            }
        }
    }
}

TEST_CASE("A session keeps the date it was saved with when the time zone changes later",
          "[progress][streak]") {
    std::vector<SessionRecord> sessions;
    {
        const ScopedTimeZone berlin(kBerlin);
        for (const char* end : {"2024-03-04T23:30", "2024-03-05T23:30", "2024-03-06T23:30"})
            sessions.push_back(session({end}));
    }
    const ScopedTimeZone pago_pago(kPagoPago); // 12 hours behind: every end is the day before
    const Streak streak = compute_streak(sessions, kDaily, *parse_date("2024-03-06"));
    CHECK(sessions[0].local_date == *parse_date("2024-03-04"));
    CHECK(streak.current == 3);
    CHECK(streak.needed == TodayNeed::nothing);
}

TEST_CASE("Ten years of daily sessions make a streak of their length", "[progress][streak]") {
    std::vector<SessionRecord> sessions;
    const LocalDate first = *parse_date("2015-01-01");
    const LocalDate today = *parse_date("2024-12-31");
    for (LocalDate day = first; day <= today; day += std::chrono::days{1}) {
        SessionRecord& record = sessions.emplace_back();
        record.planned_work_s = record.completed_work_s = 600;
        record.local_date = day;
    }
    const Streak streak = compute_streak(sessions, kDaily, today);
    CHECK(streak.current == static_cast<int>(sessions.size()));
    CHECK(streak.best == streak.current);
    const Streak weekly = compute_streak(sessions, kWeekly, today);
    CHECK(weekly.current == weekly.best);
    CHECK(weekly.current > 520);
}

TEST_CASE("What today needs reads as a sentence", "[progress][streak]") {
    Streak streak{.current = 5, .needed = TodayNeed::session};
    CHECK(needed_today_text(streak, kDaily) == "Train today to keep your 5-day streak.");
    streak = {.current = 0, .needed = TodayNeed::session};
    CHECK(needed_today_text(streak, kDaily) == "Train today to start a streak.");
    streak = {.current = 2, .needed = TodayNeed::rest_allowed, .rest_days_left = 1};
    CHECK(needed_today_text(streak, kDaily) ==
          "Today can be a rest day (1 left this week), or train to make it 3 days.");
    streak = {.current = 4, .needed = TodayNeed::more_this_week, .sessions_left = 2};
    CHECK(needed_today_text(streak, kWeekly) ==
          "2 more sessions by Sunday to keep your 4-week streak.");
    streak = {.current = 4, .needed = TodayNeed::session, .sessions_left = 1};
    CHECK(needed_today_text(streak, kWeekly) ==
          "Train today: 1 more session by Sunday to keep your 4-week streak.");
    streak = {.current = 1, .needed = TodayNeed::nothing, .sessions_this_week = 3};
    CHECK(needed_today_text(streak, kWeekly) == "Done for this week: 3 sessions.");
    CHECK(needed_today_text(streak, kDaily) == "Done for today.");
}

TEST_CASE("Goals read as words and keep their numbers in range", "[progress][streak]") {
    CHECK(streak_goal_text(kDaily) == "daily, up to 1 rest day a week");
    CHECK(streak_goal_text(kDailyNoRest) == "daily, no rest days");
    CHECK(streak_goal_text(kWeekly) == "3 sessions a week");
    CHECK(is_valid(kDaily));
    CHECK_FALSE(is_valid({.kind = StreakGoalKind::daily, .rest_days_per_week = 7}));
    CHECK_FALSE(is_valid({.kind = StreakGoalKind::weekly, .sessions_per_week = 0}));
    CHECK(streak_goal_kind_from_name("weekly") == StreakGoalKind::weekly);
    CHECK_FALSE(streak_goal_kind_from_name("monthly"));
}
