#include "core/session/routine_overview.h"

namespace legwork {

RoutineOverview routine_overview(const Routine& routine, const Library& library,
                                 const TimerSettings& settings, Units units) {
    RoutineOverview overview;
    if (routine.items.empty()) return overview;
    const Timeline timeline = plan(routine, library, settings, units);
    overview.total_s = timeline.total_s();
    const RoutineTimers* user = settings.routine(routine.id);
    for (std::size_t i = 0; i < timeline.exercises.size(); ++i) {
        const PlannedExercise& planned = timeline.exercises[i];
        const bool last = i + 1 == timeline.exercises.size();
        overview.items.push_back(
            {.exercise = planned.exercise,
             .dose = planned.dose,
             .sides = planned.sides,
             .dose_words = dose_text(planned.dose, planned.sides, units),
             .rest_after_s =
                 last ? 0.0f : item_rest_after_s(routine.items[i], user, settings.general)});
    }
    return overview;
}

} // namespace legwork
