#pragma once
// RoutineOverview: a routine as its page lists it, with the user's timers: each exercise at
// the dose it will be done, in words, the rest after it, and how long the whole takes. Made
// when the routine or the timers change, so the screens draw it without building text.

#include "core/session/timeline.h"

#include <string>
#include <vector>

namespace legwork {

struct OverviewItem {
    const Exercise* exercise = nullptr; // into the Library given to routine_overview()
    Dose dose;                          // with the routine's and the user's changes
    ExerciseSides sides = ExerciseSides::both;
    std::string dose_words; // "3 sets of 15 reps per side"
    float rest_after_s = 0.0f; // before the next exercise (none after the last)
};

struct RoutineOverview {
    std::vector<OverviewItem> items; // one per routine item, in order
    double total_s = 0.0;            // as plan() times it, get ready to done
};

// `routine` planned with `settings`, distances in `units`; every item must name an exercise
// of `library`, which must outlive the overview.
RoutineOverview routine_overview(const Routine& routine, const Library& library,
                                 const TimerSettings& settings, Units units = Units::metric);

} // namespace legwork
