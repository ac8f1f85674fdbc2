#include "core/progress/progress_summary.h"

#include <catch2/catch.hpp>

using namespace legwork;
using std::chrono::days;

namespace {

const LocalDate kToday = *parse_date("2024-03-06"); // a Wednesday

SessionRecord session(LocalDate date, int completed_s, std::vector<ExerciseResult> results = {},
                      std::vector<SelfTestNote> notes = {}) {
    SessionRecord s;
    s.local_date = date;
    s.planned_work_s = 600;
    s.completed_work_s = completed_s;
    s.results = std::move(results);
    s.notes = std::move(notes);
    return s;
}

} // namespace

TEST_CASE("The heat map covers a year of weeks to this one, shaded by the day's work",
          "[progress][progress_summary]") {
    const std::vector<SessionRecord> sessions{
        session(kToday - days{400}, 600), // before the map
        session(kToday - days{2}, 300),   // partial only
        session(kToday - days{1}, 300),   // partial, then
        session(kToday - days{1}, 600),   // a counting one the same day
        session(kToday, 480),
        session(kToday + days{1}, 600)}; // dated after today (a clock set back)
    const ProgressSummary summary = summarize_progress(sessions, StreakGoal{}, kToday);
    CHECK(days_since_monday(summary.first_day) == 0);
    CHECK(summary.first_day == week_start(kToday) - days{7 * 52});
    const auto cell = [&](LocalDate date) {
        return summary.days[(date - summary.first_day).count()];
    };
    CHECK(cell(kToday).work_s == 480);
    CHECK(cell(kToday).counted);
    CHECK(cell(kToday - days{2}).partial);
    CHECK_FALSE(cell(kToday - days{2}).counted);
    CHECK(cell(kToday - days{1}).work_s == 900);
    CHECK(cell(kToday - days{1}).counted);
    CHECK_FALSE(cell(kToday - days{1}).partial);
    CHECK(cell(kToday + days{1}).work_s == 0);
    CHECK(summary.busiest_day_work_s == 900);
    CHECK(summary.total_sessions == 6);
    CHECK(summary.partial_sessions == 2);
    CHECK(summary.total_work_s == 600 + 300 + 300 + 600 + 480 + 600);
    CHECK(summary.streak.current == 2);
    CHECK(summary.needed_today == "Done for today.");
}

TEST_CASE("Totals per exercise and side, and notes newest first", "[progress][progress_summary]") {
    const std::vector<SessionRecord> sessions{
        session(kToday - days{1}, 600,
                {{.exercise_id = "bridge", .side = SessionSide::left, .reps_done = 10},
                 {.exercise_id = "bridge", .side = SessionSide::right, .reps_done = 8},
                 {.exercise_id = "plank", .side = SessionSide::both, .seconds_done = 45}},
                {{.exercise_id = "squat-test", .side = SessionSide::left, .text = "knee in"}}),
        session(kToday, 600,
                {{.exercise_id = "bridge", .side = SessionSide::left, .reps_done = 12},
                 {.exercise_id = "bridge", .side = SessionSide::right, .skipped = true}},
                {{.exercise_id = "squat-test", .side = SessionSide::left, .text = "better"},
                 {.exercise_id = "squat-test", .side = SessionSide::right, .text = "steady"}})};
    const ProgressSummary summary = summarize_progress(sessions, StreakGoal{}, kToday);
    REQUIRE(summary.exercises.size() == 2);
    const ExerciseTotals& bridge = summary.exercises[0];
    CHECK(bridge.exercise_id == "bridge");
    CHECK(bridge.sessions == 2);
    CHECK(bridge.reps[static_cast<int>(SessionSide::left)] == 22);
    CHECK(bridge.reps[static_cast<int>(SessionSide::right)] == 8);
    CHECK(bridge.skipped == 1);
    CHECK(summary.exercises[1].seconds[static_cast<int>(SessionSide::both)] == 45);
    REQUIRE(summary.notes.size() == 3);
    CHECK(summary.notes[0].note.text == "steady");
    CHECK(summary.notes[1].note.text == "better");
    CHECK(summary.notes[2].note.text == "knee in");
    CHECK(summary.notes[2].date == kToday - days{1});
}

TEST_CASE("Recent sessions are the last ten saved, newest first", "[progress][progress_summary]") {
    std::vector<SessionRecord> sessions;
    for (int i = 0; i < 14; ++i) {
        sessions.push_back(session(kToday - days{14 - i}, 600));
        sessions.back().id = i + 1;
    }
    const ProgressSummary summary = summarize_progress(sessions, StreakGoal{}, kToday);
    REQUIRE(summary.recent.size() == kRecentSessions);
    CHECK(summary.recent.front().id == 14);
    CHECK(summary.recent.back().id == 5);
    CHECK(summarize_progress({}, StreakGoal{}, kToday).recent.empty());
}
