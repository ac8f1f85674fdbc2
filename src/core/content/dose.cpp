#include "core/content/dose.h"

#include <cmath>

namespace legwork {
namespace {

// Seconds and metres without a trailing ".0".
std::string amount(float value) {
    const float whole = std::round(value);
    if (std::abs(value - whole) < 0.01f) return std::to_string(static_cast<int>(whole));
    std::string text = std::to_string(std::round(value * 10.0f) / 10.0f);
    return text.substr(0, text.find('.') + 2);
}

} // namespace

std::string dose_text(const Dose& dose, ExerciseSides sides) {
    const std::string per = sides == ExerciseSides::both ? "" : " per side";
    const std::string sets = dose.sets > 1 ? std::to_string(dose.sets) + " sets of " : "";
    switch (dose.measure) {
    case DoseMeasure::reps:
        return sets + std::to_string(dose.reps) + (dose.reps == 1 ? " rep" : " reps") + per +
               (dose.own_pace ? " at your own pace" : "");
    case DoseMeasure::hold: {
        const std::string hold = " of " + amount(dose.hold_s) + " s" + per;
        if (dose.reps == 1)
            return (dose.sets > 1 ? std::to_string(dose.sets) + " holds" : "a hold") + hold;
        return sets + std::to_string(dose.reps) + " holds" + hold;
    }
    case DoseMeasure::distance:
        return sets + amount(dose.distance_m) + " m";
    case DoseMeasure::time:
        return sets + amount(dose.time_s) + " s" + per;
    }
    return {};
}

} // namespace legwork
