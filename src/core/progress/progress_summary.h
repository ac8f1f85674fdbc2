#pragma once
// ProgressSummary: what the Progress screen shows, worked out once from the saved sessions
// (when the screen opens, a session is saved or the goal changes), so that drawing it
// allocates nothing: the streak, a year of days for the calendar heat map, the recent
// sessions, totals per exercise and side, and the self-test notes over time.

#include "core/progress/local_date.h"
#include "core/progress/session_record.h"
#include "core/progress/streak.h"
#include "core/progress/streak_goal.h"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace legwork {

// The heat map's columns: Monday-to-Sunday weeks, the last one this week; a year and a day
// at least.
inline constexpr int kHeatMapWeeks = 53;
inline constexpr int kRecentSessions = 10;

// One day of the heat map.
struct HeatMapDay {
    int work_s = 0;       // work done that day, partial sessions included
    bool counted = false; // a session that counts for streaks finished that day
    bool partial = false; // sessions finished that day, none of them counting
};

// What was done of one exercise over all sessions, per side (indexed by SessionSide).
struct ExerciseTotals {
    std::string exercise_id;
    int sessions = 0; // sessions it was part of
    std::array<int, 3> reps{};
    std::array<int, 3> seconds{};
    int skipped = 0; // times it was skipped, on any side
};

// A self-test note with the day it was written.
struct DatedNote {
    LocalDate date{};
    SelfTestNote note;
};

struct ProgressSummary {
    LocalDate today{};
    StreakGoal goal;
    Streak streak;
    std::string needed_today; // needed_today_text()
    int total_sessions = 0;
    int partial_sessions = 0;
    std::int64_t total_work_s = 0;
    LocalDate first_day{}; // the Monday the heat map starts on
    // Day i is first_day + i: week i / 7, weekday i % 7 (Monday first). Days after today
    // stay empty.
    std::array<HeatMapDay, kHeatMapWeeks * 7> days{};
    int busiest_day_work_s = 0;            // the most work in one day of the heat map
    std::vector<SessionRecord> recent;     // the last sessions saved, newest first
    std::vector<ExerciseTotals> exercises; // by exercise id
    std::vector<DatedNote> notes;          // newest first
};

// The summary of `sessions` (with their results and notes, in the order they were saved)
// for `goal` on `today`.
ProgressSummary summarize_progress(std::span<const SessionRecord> sessions, const StreakGoal& goal,
                                   LocalDate today);

} // namespace legwork
