#include "core/progress/progress_summary.h"

#include <algorithm>

namespace legwork {

ProgressSummary summarize_progress(std::span<const SessionRecord> sessions, const StreakGoal& goal,
                                   LocalDate today) {
    ProgressSummary summary;
    summary.today = today;
    summary.goal = goal;
    summary.streak = compute_streak(sessions, goal, today);
    summary.needed_today = needed_today_text(summary.streak, goal);
    summary.total_sessions = static_cast<int>(sessions.size());
    summary.first_day = week_start(today) - std::chrono::days{7 * (kHeatMapWeeks - 1)};

    for (const SessionRecord& s : sessions) {
        const bool counts = counts_for_streak(s);
        summary.partial_sessions += counts ? 0 : 1;
        summary.total_work_s += s.completed_work_s;
        const auto day = (s.local_date - summary.first_day).count();
        if (day >= 0 && s.local_date <= today) {
            HeatMapDay& cell = summary.days[static_cast<std::size_t>(day)];
            cell.work_s += s.completed_work_s;
            cell.counted = cell.counted || counts;
            cell.partial = !cell.counted;
            summary.busiest_day_work_s = std::max(summary.busiest_day_work_s, cell.work_s);
        }
        for (const ExerciseResult& r : s.results) {
            auto totals = std::find_if(
                summary.exercises.begin(), summary.exercises.end(),
                [&](const ExerciseTotals& t) { return t.exercise_id == r.exercise_id; });
            if (totals == summary.exercises.end()) {
                summary.exercises.push_back({.exercise_id = r.exercise_id});
                totals = summary.exercises.end() - 1;
            }
            const auto side = static_cast<std::size_t>(r.side);
            totals->reps[side] += r.reps_done;
            totals->seconds[side] += r.seconds_done;
            totals->skipped += r.skipped ? 1 : 0;
        }
        // Sessions each exercise was part of: once per session, however many sides.
        for (ExerciseTotals& totals : summary.exercises)
            if (std::any_of(s.results.begin(), s.results.end(), [&](const ExerciseResult& r) {
                    return r.exercise_id == totals.exercise_id;
                }))
                ++totals.sessions;
        for (const SelfTestNote& note : s.notes) summary.notes.push_back({s.local_date, note});
    }
    std::sort(summary.exercises.begin(), summary.exercises.end(),
              [](const ExerciseTotals& a, const ExerciseTotals& b) {
                  return a.exercise_id < b.exercise_id;
              });
    // Newest first: the last saved first, then by date (a clock set back saves out of order).
    std::reverse(summary.notes.begin(), summary.notes.end());
    std::stable_sort(summary.notes.begin(), summary.notes.end(),
                     [](const DatedNote& a, const DatedNote& b) { return a.date > b.date; });
    const std::size_t recent = std::min<std::size_t>(sessions.size(), kRecentSessions);
    summary.recent.assign(sessions.end() - static_cast<std::ptrdiff_t>(recent), sessions.end());
    std::reverse(summary.recent.begin(), summary.recent.end());
    return summary;
}

} // namespace legwork
