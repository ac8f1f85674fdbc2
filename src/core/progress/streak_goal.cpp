#include "core/progress/streak_goal.h"

#include "core/text/display_text.h"
#include "core/text/enum_names.h"

#include <array>

namespace legwork {
namespace {
constexpr std::array<std::string_view, 2> kKindNames{"daily", "weekly"};
} // namespace

std::string_view streak_goal_kind_name(StreakGoalKind kind) {
    return kKindNames[static_cast<int>(kind)];
}

std::optional<StreakGoalKind> streak_goal_kind_from_name(std::string_view name) {
    return enum_from_name<StreakGoalKind>(kKindNames, name);
}

bool is_valid(const StreakGoal& goal) {
    return goal.rest_days_per_week >= 0 && goal.rest_days_per_week <= kMaxRestDaysPerWeek &&
           goal.sessions_per_week >= 1 && goal.sessions_per_week <= kMaxSessionsPerWeek;
}

std::string streak_goal_text(const StreakGoal& goal) {
    if (goal.kind == StreakGoalKind::weekly)
        return count_text(goal.sessions_per_week, "session") + " a week";
    if (goal.rest_days_per_week == 0) return "daily, no rest days";
    return "daily, up to " + count_text(goal.rest_days_per_week, "rest day") + " a week";
}

} // namespace legwork
