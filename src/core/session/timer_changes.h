#pragma once
// Changing the user's timers one value at a time, as the Routines screen does. A value set
// back to what it would be without the change is no change: the entry goes, so timers.yaml
// keeps only what differs from the program's values and "changed" marks go with it.

#include "core/session/timer_settings.h"

#include <optional>
#include <string_view>

namespace legwork {

// Sets `change` to `value`, or clears it when `value` is `without`, what it is with no change.
template <typename T> void set_change(std::optional<T>& change, T value, T without) {
    if (value == without) change.reset();
    else change = value;
}

// The user's changes to routine `routine`, added empty when there are none yet.
RoutineTimers& routine_timers(TimerSettings& settings, std::string_view routine);
// The user's changes to exercise `exercise` of a routine, added empty when there are none yet.
ExerciseTimers& exercise_timers(RoutineTimers& timers, std::string_view exercise);

// Takes out the exercises and routines left with no change.
void drop_unchanged(TimerSettings& settings);

// "Reset to default": the program's values for a routine, or for one exercise of it.
void reset_routine_timers(TimerSettings& settings, std::string_view routine);
void reset_exercise_timers(TimerSettings& settings, std::string_view routine,
                           std::string_view exercise);

} // namespace legwork
