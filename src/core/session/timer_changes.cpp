#include "core/session/timer_changes.h"

#include <algorithm>

namespace legwork {

RoutineTimers& routine_timers(TimerSettings& settings, std::string_view routine) {
    const auto found = std::find_if(settings.routines.begin(), settings.routines.end(),
                                    [&](const RoutineTimers& r) { return r.routine == routine; });
    if (found != settings.routines.end()) return *found;
    return settings.routines.emplace_back(RoutineTimers{.routine = std::string(routine)});
}

ExerciseTimers& exercise_timers(RoutineTimers& timers, std::string_view exercise) {
    const auto found = std::find_if(timers.exercises.begin(), timers.exercises.end(),
                                    [&](const ExerciseTimers& e) { return e.exercise == exercise; });
    if (found != timers.exercises.end()) return *found;
    return timers.exercises.emplace_back(ExerciseTimers{.exercise = std::string(exercise)});
}

void drop_unchanged(TimerSettings& settings) {
    for (RoutineTimers& routine : settings.routines)
        std::erase_if(routine.exercises, [](const ExerciseTimers& e) {
            return e.dose.empty() && !e.rest_after_s;
        });
    std::erase_if(settings.routines, [](const RoutineTimers& r) {
        return r.every_exercise.empty() && !r.rest_between_exercises_s && r.exercises.empty();
    });
}

void reset_routine_timers(TimerSettings& settings, std::string_view routine) {
    std::erase_if(settings.routines, [&](const RoutineTimers& r) { return r.routine == routine; });
}

void reset_exercise_timers(TimerSettings& settings, std::string_view routine,
                           std::string_view exercise) {
    for (RoutineTimers& r : settings.routines)
        if (r.routine == routine)
            std::erase_if(r.exercises, [&](const ExerciseTimers& e) { return e.exercise == exercise; });
    drop_unchanged(settings);
}

} // namespace legwork
