#include "core/session/timer_settings.h"

#include <array>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kWeakerSideCount> kWeakerSideNames{"none", "left", "right"};

} // namespace

std::string_view weaker_side_name(WeakerSide side) {
    return kWeakerSideNames[static_cast<int>(side)];
}

const ExerciseTimers* RoutineTimers::exercise(std::string_view id) const {
    for (const ExerciseTimers& e : exercises)
        if (e.exercise == id) return &e;
    return nullptr;
}

const RoutineTimers* TimerSettings::routine(std::string_view id) const {
    for (const RoutineTimers& r : routines)
        if (r.routine == id) return &r;
    return nullptr;
}

Dose item_dose(const Exercise& exercise, const RoutineItem& item, const RoutineTimers* user) {
    const Dose dose = routine_dose(exercise, item, user);
    const ExerciseTimers* mine = user ? user->exercise(exercise.id) : nullptr;
    return mine ? changed_dose(dose, mine->dose) : dose;
}

Dose routine_dose(const Exercise& exercise, const RoutineItem& item, const RoutineTimers* user) {
    const Dose dose = changed_dose(exercise.dose, item.dose);
    return user ? changed_dose(dose, user->every_exercise) : dose;
}

float item_rest_after_s(const RoutineItem& item, const RoutineTimers* user,
                        const GeneralTimers& general) {
    const ExerciseTimers* mine = user ? user->exercise(item.exercise.id) : nullptr;
    if (mine && mine->rest_after_s) return *mine->rest_after_s;
    return routine_rest_after_s(item, user, general);
}

float routine_rest_after_s(const RoutineItem& item, const RoutineTimers* user,
                           const GeneralTimers& general) {
    if (user && user->rest_between_exercises_s) return *user->rest_between_exercises_s;
    return item.rest_after_s.value_or(general.rest_between_exercises_s);
}

} // namespace legwork
