// A routine's overview: each exercise at the dose the user's timers give it, in words, the
// rest after it, and the total the plan takes.
#include "core/session/routine_overview.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

TEST_CASE("An overview lists each exercise at its dose with the user's timers and the plan's total",
          "[session][overview]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.sets = 1, .reps = 10}),
                         hold(ExerciseSides::each, {.measure = DoseMeasure::hold, .reps = 3, .hold_s = 5})};
    const Routine routine = routine_of(library);
    TimerSettings settings;
    const RoutineOverview before = routine_overview(routine, library, settings);
    REQUIRE(before.items.size() == 2);
    CHECK(before.items[0].exercise->id == "squat");
    CHECK(before.items[0].dose_words == dose_text(before.items[0].dose, ExerciseSides::both));
    CHECK(before.items[0].dose.reps == 10);
    CHECK(before.items[0].rest_after_s == settings.general.rest_between_exercises_s);
    CHECK(before.items[1].rest_after_s == 0.0f); // nothing comes after the last
    CHECK(before.items[1].sides == ExerciseSides::each);
    CHECK(before.total_s == plan(routine, library, settings).total_s());

    // Five squats fewer at 4 s a rep, and 10 s less rest between the two exercises.
    RoutineTimers mine{.routine = routine.id, .rest_between_exercises_s = 20.0f};
    mine.exercises = {{.exercise = "squat", .dose = {.reps = 5}}};
    settings.routines = {mine};
    const RoutineOverview after = routine_overview(routine, library, settings);
    CHECK(after.items[0].dose.reps == 5);
    CHECK(after.items[0].rest_after_s == 20.0f);
    CHECK(after.items[0].dose_words != before.items[0].dose_words);
    CHECK(after.total_s == Approx(before.total_s - 5 * 4.0 - 10.0));
}

TEST_CASE("A routine with no exercise yet has an empty overview", "[session][overview]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.reps = 10})};
    const RoutineOverview overview = routine_overview(Routine{.id = "new", .name = "New"}, library, {});
    CHECK(overview.items.empty());
    CHECK(overview.total_s == 0.0);
}
