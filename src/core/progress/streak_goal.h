#pragma once
// StreakGoal: what keeps a streak going, as the user chose it. Daily: a counting session
// every day, with up to a number of rest days in each Monday-to-Sunday week; the streak is
// the days trained. Weekly: a number of counting sessions each week; the streak is weeks.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace legwork {

enum class StreakGoalKind : std::uint8_t { daily, weekly };
std::string_view streak_goal_kind_name(StreakGoalKind kind);
std::optional<StreakGoalKind> streak_goal_kind_from_name(std::string_view name);

inline constexpr int kMaxRestDaysPerWeek = 6;
inline constexpr int kMaxSessionsPerWeek = 14;

struct StreakGoal {
    StreakGoalKind kind = StreakGoalKind::daily;
    int rest_days_per_week = 1; // daily: days a week without a counting session, 0..6
    int sessions_per_week = 3;  // weekly: counting sessions a week needs, 1..14
};

// True when the goal's numbers are within their ranges.
bool is_valid(const StreakGoal& goal);

// The goal in words: "daily, up to 1 rest day a week" or "3 sessions a week".
std::string streak_goal_text(const StreakGoal& goal);

} // namespace legwork
