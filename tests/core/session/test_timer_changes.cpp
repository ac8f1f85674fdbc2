// Changing the user's timers a value at a time: only what differs from the program's values
// is kept, and resetting a routine or an exercise gives the program's back.
#include "core/session/timer_changes.h"
#include "core/session/timers_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <unistd.h>

using namespace legwork;
namespace fs = std::filesystem;

TEST_CASE("A value stepped back to what it would be without the change is no change",
          "[session][timers]") {
    std::optional<int> sets;
    set_change(sets, 4, 3);
    CHECK(sets == 4);
    set_change(sets, 3, 3);
    CHECK_FALSE(sets);
    std::optional<float> rest_s = 20.0f;
    set_change(rest_s, 45.0f, 30.0f);
    CHECK(rest_s == 45.0f);
}

TEST_CASE("A routine's and an exercise's changes are found or added once, and go when empty",
          "[session][timers]") {
    TimerSettings settings;
    RoutineTimers& first = routine_timers(settings, "morning");
    first.every_exercise.sets = 2;
    CHECK(&routine_timers(settings, "morning") == &settings.routines[0]);
    CHECK(settings.routines.size() == 1);
    exercise_timers(routine_timers(settings, "morning"), "bridge").dose.reps = 12;
    exercise_timers(routine_timers(settings, "morning"), "squat"); // opened, nothing changed
    routine_timers(settings, "evening");                           // likewise
    REQUIRE(settings.routine("morning")->exercises.size() == 2);
    drop_unchanged(settings);
    REQUIRE(settings.routines.size() == 1);
    REQUIRE(settings.routine("morning")->exercises.size() == 1);
    CHECK(settings.routine("morning")->exercise("bridge")->dose.reps == 12);

    // An exercise whose only change was its rest after is still changed.
    exercise_timers(routine_timers(settings, "morning"), "squat").rest_after_s = 0.0f;
    drop_unchanged(settings);
    CHECK(settings.routine("morning")->exercise("squat"));
}

TEST_CASE("Resetting an exercise keeps the routine's other changes; resetting the routine keeps "
          "the other routines'",
          "[session][timers]") {
    TimerSettings settings;
    settings.general.get_ready_s = 3.0f;
    routine_timers(settings, "morning").rest_between_exercises_s = 15.0f;
    exercise_timers(routine_timers(settings, "morning"), "bridge").dose.reps = 12;
    exercise_timers(routine_timers(settings, "morning"), "squat").dose.sets = 4;
    exercise_timers(routine_timers(settings, "evening"), "bridge").dose.reps = 20;

    reset_exercise_timers(settings, "morning", "bridge");
    CHECK_FALSE(settings.routine("morning")->exercise("bridge"));
    CHECK(settings.routine("morning")->exercise("squat"));
    CHECK(settings.routine("evening")->exercise("bridge")->dose.reps == 20);

    reset_exercise_timers(settings, "morning", "squat");
    REQUIRE(settings.routine("morning")); // its rest between exercises is still changed
    CHECK(settings.routine("morning")->rest_between_exercises_s == 15.0f);

    reset_routine_timers(settings, "morning");
    CHECK_FALSE(settings.routine("morning"));
    CHECK(settings.routine("evening"));
    CHECK(settings.general.get_ready_s == 3.0f);

    // An exercise's last change reset takes its routine with it.
    reset_exercise_timers(settings, "evening", "bridge");
    CHECK(settings.routines.empty());
}

TEST_CASE("Timers changed, saved and read back are the same, and a reset one is gone from the file",
          "[session][timers]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-timer-changes-" + std::to_string(getpid()));
    fs::remove_all(dir);
    TimerSettings settings;
    exercise_timers(routine_timers(settings, "morning"), "bridge").dose.tempo_s = 4.5f;
    exercise_timers(routine_timers(settings, "morning"), "squat").rest_after_s = 40.0f;
    reset_exercise_timers(settings, "morning", "squat");
    std::string error;
    REQUIRE(save_timers(dir, settings, error));
    ContentErrors problems;
    const TimerSettings back = load_timers(dir, problems);
    CHECK(problems.empty());
    REQUIRE(back.routine("morning"));
    CHECK(back.routine("morning")->exercise("bridge")->dose.tempo_s == 4.5f);
    CHECK_FALSE(back.routine("morning")->exercise("squat"));
    fs::remove_all(dir);
}
