// The user's timers on top of the content: the most particular setting wins, and a change
// applies only where it fits the dose.
#include "core/session/timer_settings.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("A dose is the exercise's, then the routine's, then the user's for the routine, then "
          "for the exercise",
          "[session][timers]") {
    Exercise bridge;
    bridge.id = "bridge";
    bridge.dose = {.sets = 1, .reps = 15, .rest_s = 30};
    const RoutineItem item{.exercise = {"bridge"}, .dose = {.sets = 2, .reps = 12}};
    CHECK(item_dose(bridge, item, nullptr).sets == 2);
    CHECK(item_dose(bridge, item, nullptr).reps == 12);

    RoutineTimers mine{.routine = "r", .every_exercise = {.sets = 3, .hold_s = 20, .rest_s = 45}};
    Dose dose = item_dose(bridge, item, &mine);
    CHECK(dose.sets == 3);
    CHECK(dose.reps == 12);
    CHECK(dose.rest_s == 45.0f);
    CHECK(dose.hold_s == 0.0f); // a rep dose has no hold to change

    mine.exercises = {{.exercise = "bridge", .dose = {.reps = 10, .tempo_s = 5}}};
    dose = item_dose(bridge, item, &mine);
    CHECK(dose.sets == 3);
    CHECK(dose.reps == 10);
    CHECK(dose.tempo_s == 5.0f);
    // Without the user's change to the exercise: what resetting it gives back.
    CHECK(routine_dose(bridge, item, &mine).reps == 12);
    CHECK(routine_dose(bridge, item, &mine).sets == 3);
    CHECK(routine_dose(bridge, item, &mine).tempo_s == 0.0f);
    mine.exercises[0].exercise = "another";
    CHECK(item_dose(bridge, item, &mine).reps == 12);
}

TEST_CASE("The rest after an exercise: the user's for it, for the routine, the routine's, the "
          "general one",
          "[session][timers]") {
    const GeneralTimers general{.rest_between_exercises_s = 25};
    RoutineItem item{.exercise = {"bridge"}};
    CHECK(item_rest_after_s(item, nullptr, general) == 25.0f);
    item.rest_after_s = 60.0f;
    CHECK(item_rest_after_s(item, nullptr, general) == 60.0f);
    RoutineTimers mine{.routine = "r", .rest_between_exercises_s = 10};
    CHECK(item_rest_after_s(item, &mine, general) == 10.0f);
    mine.exercises = {{.exercise = "bridge", .rest_after_s = 0}};
    CHECK(item_rest_after_s(item, &mine, general) == 0.0f);
    CHECK(routine_rest_after_s(item, &mine, general) == 10.0f);
}
