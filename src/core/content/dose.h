#pragma once
// Dose: how much of an exercise one go at it is, as the source articles prescribe. Routines
// start from it; the user's own timers change it.

#include "core/content/exercise_sides.h"
#include "core/text/units.h"

#include <cstdint>
#include <string>

namespace legwork {

// What a set is measured in.
enum class DoseMeasure : std::uint8_t {
    reps,     // repetitions of the motion's cycle, at its tempo
    hold,     // repetitions that each stay in the motion's `hold` phase for hold_s
    distance, // metres covered, at the person's own pace
    time,     // seconds of continuous movement
};

struct Dose {
    DoseMeasure measure = DoseMeasure::reps;
    int sets = 1;
    int reps = 1;            // per set, and per side when the sides take turns (reps and hold)
    float hold_s = 0.0f;     // hold: seconds each repetition is held
    float distance_m = 0.0f; // distance: metres per set
    float time_s = 0.0f;     // time: seconds per set
    float rest_s = 30.0f;    // between sets
    float tempo_s = 0.0f;    // seconds per rep, moving phases only (a hold adds hold_s); 0 = the
                             // motion's own pace
    bool own_pace = false;   // reps: done at the person's own pace, the set ends when they say so
    float cap_s = 0.0f;      // distance and own pace: the most a set may take; 0 = no cap
    std::string note;        // how to build up, in a sentence ("Work up to 30.")
};

// The dose in a few words: "3 sets of 15 reps per side", "3 holds of 5 s per side", "50 m"
// (in imperial units "55 yd"), "5 reps per side at your own pace".
std::string dose_text(const Dose& dose, ExerciseSides sides, Units units = Units::metric);

} // namespace legwork
