#pragma once
// DoseOverride: changes to an exercise's dose, each one optional: what a routine asks of an
// exercise, and the user's own timers on top. A change never switches what a dose is
// measured in: a field of another measure (hold_s on a rep dose) does not apply, and
// dose_override_problem() names it so content and settings can say so.

#include "core/content/dose.h"

#include <optional>
#include <string>

namespace legwork {

struct DoseOverride {
    std::optional<int> sets;
    std::optional<int> reps;         // reps and hold
    std::optional<float> hold_s;     // hold
    std::optional<float> distance_m; // distance
    std::optional<float> time_s;     // time
    std::optional<float> rest_s;     // between sets
    std::optional<float> tempo_s;    // reps, hold and time: seconds per rep
    std::optional<bool> own_pace;    // reps
    std::optional<float> cap_s;      // distance, and reps at the person's own pace

    bool empty() const;
};

// `dose` with the changes that apply to its measure; the others are left out.
Dose changed_dose(Dose dose, const DoseOverride& change);

// The first change that does not apply to `dose` as a sentence ("hold_s does not apply: the
// dose is counted in reps"); empty when every change applies.
std::string dose_override_problem(const DoseOverride& change, const Dose& dose);

} // namespace legwork
