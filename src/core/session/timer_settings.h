#pragma once
// TimerSettings: the user's own timers, on top of what the content says: general ones (get
// ready, switch sides, rest between exercises, the weaker side) and changes for a routine
// and for an exercise in a routine. The defaults are the program's values, so "reset to
// default" is assigning GeneralTimers{} or erasing a routine's or an exercise's entry.
// core/session/timers_file.h keeps them in the user's data folder.

#include "core/content/dose_override.h"
#include "core/content/routine.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace legwork {

enum class WeakerSide : std::uint8_t { none, left, right };
inline constexpr int kWeakerSideCount = 3;

// Settings file name ("left").
std::string_view weaker_side_name(WeakerSide side);

struct GeneralTimers {
    float get_ready_s = 10.0f;              // before the first exercise
    float switch_sides_s = 5.0f;            // between the sides of a one-sided set
    float rest_between_exercises_s = 30.0f; // when neither the routine nor the user says
    WeakerSide weaker_side = WeakerSide::none;
    bool weaker_side_first = true;      // one-sided sets start on the weaker side
    bool weaker_side_extra_set = false; // one-sided exercises end with a set on it alone

    bool operator==(const GeneralTimers&) const = default;
};

// The user's changes to one exercise of a routine (every item naming it, if several do).
struct ExerciseTimers {
    std::string exercise; // id
    DoseOverride dose;
    std::optional<float> rest_after_s;
};

// The user's changes to one routine.
struct RoutineTimers {
    std::string routine;         // id
    DoseOverride every_exercise; // applies to each exercise where it fits (hold_s to holds)
    std::optional<float> rest_between_exercises_s;
    std::vector<ExerciseTimers> exercises;

    // By exercise id; nullptr when the user changed nothing of it.
    const ExerciseTimers* exercise(std::string_view id) const;
};

struct TimerSettings {
    GeneralTimers general;
    std::vector<RoutineTimers> routines;

    // By routine id; nullptr when the user changed nothing of it.
    const RoutineTimers* routine(std::string_view id) const;
};

// The dose of one routine item: the exercise's, changed by the routine, then by the user's
// changes to the whole routine, then to the exercise. `user` may be nullptr.
Dose item_dose(const Exercise& exercise, const RoutineItem& item, const RoutineTimers* user);
// The same without the user's changes to the exercise: what resetting it gives back.
Dose routine_dose(const Exercise& exercise, const RoutineItem& item, const RoutineTimers* user);

// The rest after one routine item, the most particular first: the user's for the exercise,
// the user's for the routine, the routine file's, the user's general setting.
float item_rest_after_s(const RoutineItem& item, const RoutineTimers* user,
                        const GeneralTimers& general);
// The same without the user's changes to the exercise.
float routine_rest_after_s(const RoutineItem& item, const RoutineTimers* user,
                           const GeneralTimers& general);

} // namespace legwork
