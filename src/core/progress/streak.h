#pragma once
// Streak: how many days (daily goal) or weeks (weekly goal) in a row the goal has been met,
// the best run ever, and what today needs. Works on the local dates sessions were saved
// with, never on their order or the current time zone, so two sessions in a day, sessions
// saved out of order (a clock set back) and travel all give the same answer.

#include "core/progress/local_date.h"
#include "core/progress/session_record.h"
#include "core/progress/streak_goal.h"

#include <span>
#include <string>

namespace legwork {

// What today needs for the streak.
enum class TodayNeed : std::uint8_t {
    nothing,        // today's part is done: trained today (daily) or the week's sessions done
    session,        // a counting session today keeps the streak going, or starts one
    rest_allowed,   // daily: today may be a rest day without breaking the streak
    more_this_week, // weekly: `sessions_left` more by Sunday, not necessarily today
};
// "nothing", "session", "rest_allowed", "more_this_week".
std::string_view today_need_name(TodayNeed need);

struct Streak {
    // Days trained (daily) or weeks met (weekly) in the streak that is still alive today: a
    // streak lives until the end of the first day (or week) that breaks it.
    int current = 0;
    int best = 0; // the longest streak ever, the current one included
    TodayNeed needed = TodayNeed::session;
    int rest_days_left = 0;     // daily: rest days still allowed this week, today included
    int sessions_left = 0;      // weekly: counting sessions still needed this week
    int sessions_this_week = 0; // counting sessions from this week's Monday to today
};

// The streak on `today` (the local date now) for `goal`, from `sessions` in any order.
// Sessions that don't count (under 80% of the planned work) are ignored; sessions dated
// after `today` (saved before the clock was set back) count only for the best streak.
// Asserts that `goal` is valid.
Streak compute_streak(std::span<const SessionRecord> sessions, const StreakGoal& goal,
                      LocalDate today);

// What today needs, in one sentence: "A session today keeps your 5-day streak."
std::string needed_today_text(const Streak& streak, const StreakGoal& goal);

} // namespace legwork
