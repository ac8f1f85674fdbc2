#include "core/content/dose.h"

#include "core/text/display_text.h"

namespace legwork {

std::string dose_text(const Dose& dose, ExerciseSides sides, Units units) {
    const std::string per = sides == ExerciseSides::both ? "" : " per side";
    const std::string sets = dose.sets > 1 ? std::to_string(dose.sets) + " sets of " : "";
    switch (dose.measure) {
    case DoseMeasure::reps:
        return sets + std::to_string(dose.reps) + (dose.reps == 1 ? " rep" : " reps") + per +
               (dose.own_pace ? " at your own pace" : "");
    case DoseMeasure::hold: {
        const std::string hold = " of " + number_text(dose.hold_s) + " s" + per;
        if (dose.reps == 1)
            return (dose.sets > 1 ? std::to_string(dose.sets) + " holds" : "a hold") + hold;
        return sets + std::to_string(dose.reps) + " holds" + hold;
    }
    case DoseMeasure::distance:
        return sets + distance_text(dose.distance_m, units);
    case DoseMeasure::time:
        return sets + number_text(dose.time_s) + " s" + per;
    }
    return {};
}

} // namespace legwork
