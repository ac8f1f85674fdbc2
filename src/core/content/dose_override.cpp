#include "core/content/dose_override.h"

namespace legwork {
namespace {

bool counts_reps(DoseMeasure measure) {
    return measure == DoseMeasure::reps || measure == DoseMeasure::hold;
}

// Whether a dose at its own pace, changed by `change`, is done at the person's own pace.
bool own_pace_after(const Dose& dose, const DoseOverride& change) {
    return dose.measure == DoseMeasure::reps && change.own_pace.value_or(dose.own_pace);
}

std::string_view measure_words(DoseMeasure measure) {
    switch (measure) {
    case DoseMeasure::reps:
        return "counted in reps";
    case DoseMeasure::hold:
        return "held";
    case DoseMeasure::distance:
        return "a distance";
    case DoseMeasure::time:
        return "a time";
    }
    return {};
}

} // namespace

bool DoseOverride::empty() const {
    return !sets && !reps && !hold_s && !distance_m && !time_s && !rest_s && !tempo_s &&
           !own_pace && !cap_s;
}

Dose changed_dose(Dose dose, const DoseOverride& change) {
    const DoseMeasure measure = dose.measure;
    const bool capped = measure == DoseMeasure::distance || own_pace_after(dose, change);
    if (change.sets) dose.sets = *change.sets;
    if (change.reps && counts_reps(measure)) dose.reps = *change.reps;
    if (change.hold_s && measure == DoseMeasure::hold) dose.hold_s = *change.hold_s;
    if (change.distance_m && measure == DoseMeasure::distance) dose.distance_m = *change.distance_m;
    if (change.time_s && measure == DoseMeasure::time) dose.time_s = *change.time_s;
    if (change.rest_s) dose.rest_s = *change.rest_s;
    if (change.tempo_s && measure != DoseMeasure::distance) dose.tempo_s = *change.tempo_s;
    if (change.own_pace && measure == DoseMeasure::reps) dose.own_pace = *change.own_pace;
    if (change.cap_s && capped) dose.cap_s = *change.cap_s;
    return dose;
}

std::string dose_override_problem(const DoseOverride& change, const Dose& dose) {
    const DoseMeasure measure = dose.measure;
    const auto not_for = [&](const char* key) {
        return std::string(key) + " does not apply: the dose is " +
               std::string(measure_words(measure));
    };
    if (change.reps && !counts_reps(measure)) return not_for("reps");
    if (change.hold_s && measure != DoseMeasure::hold) return not_for("hold_s");
    if (change.distance_m && measure != DoseMeasure::distance) return not_for("distance_m");
    if (change.time_s && measure != DoseMeasure::time) return not_for("time_s");
    if (change.tempo_s && measure == DoseMeasure::distance) return not_for("tempo_s");
    if (change.own_pace && measure != DoseMeasure::reps) return not_for("own_pace");
    if (change.cap_s && measure != DoseMeasure::distance && !own_pace_after(dose, change))
        return "cap_s does not apply: only a distance or reps at your own pace have a cap";
    return {};
}

} // namespace legwork
