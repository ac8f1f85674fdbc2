#include "core/progress/streak.h"

#include "core/text/display_text.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <vector>

namespace legwork {
namespace {

using std::chrono::days;

// A daily streak walked forward one day at a time: days with a counting session extend
// it, the days between them are rest days, and a Monday-to-Sunday week holding more rest
// days than allowed breaks it on the day that goes over.
class DailyWalk {
public:
    explicit DailyWalk(int rest_allowed) : rest_allowed_(rest_allowed) {}

    // A day with a counting session. Days come in order; the same day again changes nothing.
    void train(LocalDate day) {
        if (trained_ > 0 && day <= walked_) return;
        rest_through(day - days{1});
        if (trained_ == 0) {
            rest_week_ = week_start(day);
            rest_used_ = 0;
        }
        ++trained_;
        walked_ = day;
        best_ = std::max(best_, trained_);
    }

    // The days after the last one walked, up to and including `day`, pass without training.
    // With at most six rest days a week allowed, a streak breaks within two weeks of rest, so
    // this loop is short however far `day` is.
    void rest_through(LocalDate day) {
        for (LocalDate d = walked_ + days{1}; trained_ > 0 && d <= day; d += days{1}) {
            if (week_start(d) != rest_week_) {
                rest_week_ = week_start(d);
                rest_used_ = 0;
            }
            if (++rest_used_ > rest_allowed_) trained_ = 0;
        }
        walked_ = std::max(walked_, day);
    }

    int trained() const { return trained_; } // days trained in the streak alive now; 0 if none
    int best() const { return best_; }
    int rest_used_in(LocalDate week) const {
        return trained_ > 0 && week == rest_week_ ? rest_used_ : 0;
    }

private:
    int rest_allowed_;
    int trained_ = 0;
    int best_ = 0;
    LocalDate walked_{};
    LocalDate rest_week_{};
    int rest_used_ = 0;
};

void daily_streak(Streak& streak, std::span<const LocalDate> past,
                  std::span<const LocalDate> future, int rest_allowed, LocalDate today) {
    DailyWalk walk(rest_allowed);
    for (LocalDate day : past) walk.train(day);
    const bool trained_today = !past.empty() && past.back() == today;
    if (!trained_today) walk.rest_through(today - days{1});
    streak.current = walk.trained();
    streak.rest_days_left = rest_allowed - walk.rest_used_in(week_start(today));
    if (trained_today)
        streak.needed = TodayNeed::nothing;
    else if (streak.current > 0 && streak.rest_days_left > 0)
        streak.needed = TodayNeed::rest_allowed;
    else
        streak.needed = TodayNeed::session;
    for (LocalDate day : future) walk.train(day);
    streak.best = walk.best();
}

// The longest run of consecutive weeks each holding `needed` counting sessions, and the
// run that ends with the last such week.
struct WeekRun {
    int length = 0;
    LocalDate last_week{};
    int best = 0;
};

WeekRun weeks_met(std::span<const LocalDate> dates, int needed) {
    WeekRun run;
    for (std::size_t i = 0; i < dates.size();) {
        const LocalDate week = week_start(dates[i]);
        std::size_t next = i;
        while (next < dates.size() && week_start(dates[next]) == week) ++next;
        if (static_cast<int>(next - i) >= needed) {
            run.length = run.length > 0 && week == run.last_week + days{7} ? run.length + 1 : 1;
            run.last_week = week;
            run.best = std::max(run.best, run.length);
        }
        i = next;
    }
    return run;
}

void weekly_streak(Streak& streak, std::span<const LocalDate> past, std::span<const LocalDate> all,
                   int needed, LocalDate today) {
    const LocalDate this_week = week_start(today);
    const WeekRun run = weeks_met(past, needed);
    const bool alive =
        run.length > 0 && (run.last_week == this_week || run.last_week == this_week - days{7});
    streak.current = alive ? run.length : 0;
    streak.best = std::max(weeks_met(all, needed).best, streak.current);
    streak.sessions_left = std::max(0, needed - streak.sessions_this_week);
    const int days_left = 7 - days_since_monday(today); // today included
    if (streak.sessions_left == 0)
        streak.needed = TodayNeed::nothing;
    else if (streak.sessions_left >= days_left)
        streak.needed = TodayNeed::session;
    else
        streak.needed = TodayNeed::more_this_week;
}

constexpr std::array<std::string_view, 4> kTodayNeedNames{"nothing", "session", "rest_allowed",
                                                          "more_this_week"};

} // namespace

std::string_view today_need_name(TodayNeed need) {
    return kTodayNeedNames[static_cast<int>(need)];
}

Streak compute_streak(std::span<const SessionRecord> sessions, const StreakGoal& goal,
                      LocalDate today) {
    assert(is_valid(goal) && "compute_streak: goal numbers out of range");
    std::vector<LocalDate> dates;
    dates.reserve(sessions.size());
    for (const SessionRecord& session : sessions)
        if (counts_for_streak(session)) dates.push_back(session.local_date);
    std::sort(dates.begin(), dates.end());
    const auto past_end = std::upper_bound(dates.begin(), dates.end(), today);
    const std::span<const LocalDate> all(dates);
    const std::span<const LocalDate> past(dates.begin(), past_end);
    const std::span<const LocalDate> future(past_end, dates.end());

    Streak streak;
    const auto this_week = std::lower_bound(dates.begin(), past_end, week_start(today));
    streak.sessions_this_week = static_cast<int>(past_end - this_week);
    if (goal.kind == StreakGoalKind::daily)
        daily_streak(streak, past, future, goal.rest_days_per_week, today);
    else
        weekly_streak(streak, past, all, goal.sessions_per_week, today);
    return streak;
}

std::string needed_today_text(const Streak& streak, const StreakGoal& goal) {
    const bool weekly = goal.kind == StreakGoalKind::weekly;
    const std::string keep = streak.current > 0 ? "keep your " + std::to_string(streak.current) +
                                                      (weekly ? "-week" : "-day") + " streak"
                                                : "start a streak";
    const std::string more = count_text(streak.sessions_left, "more session");
    switch (streak.needed) {
    case TodayNeed::nothing:
        return weekly
                   ? "Done for this week: " + count_text(streak.sessions_this_week, "session") + "."
                   : "Done for today.";
    case TodayNeed::session:
        return weekly ? "Train today: " + more + " by Sunday to " + keep + "."
                      : "Train today to " + keep + ".";
    case TodayNeed::rest_allowed:
        return "Today can be a rest day (" + std::to_string(streak.rest_days_left) +
               " left this week), or train to make it " + count_text(streak.current + 1, "day") +
               ".";
    case TodayNeed::more_this_week:
        return more + " by Sunday to " + keep + ".";
    }
    return {};
}

} // namespace legwork
