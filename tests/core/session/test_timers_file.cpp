// The user's timers survive a restart: written whole to the data folder, read back the same;
// a broken file or value falls back to the program's values and says where.
#include "core/session/timers_file.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

// A data folder of this process's own (test processes run side by side), removed after.
struct DataDir {
    fs::path dir = fs::temp_directory_path() / ("legwork-timers-" + std::to_string(getpid()));
    DataDir() { fs::remove_all(dir); }
    ~DataDir() { fs::remove_all(dir); }
    void write(const std::string& text) const {
        fs::create_directories(dir);
        std::ofstream(dir / kTimersFileName) << text;
    }
};

bool has(const ContentErrors& errors, const std::string& text, int line) {
    for (const ContentError& e : errors)
        if (e.message.find(text) != std::string::npos && e.line == line) return true;
    return false;
}

} // namespace

TEST_CASE("With no file yet, the timers are the program's values", "[session][timers_file]") {
    DataDir data;
    ContentErrors problems;
    const TimerSettings settings = load_timers(data.dir, problems);
    CHECK(problems.empty());
    CHECK(settings.general.get_ready_s == 10.0f);
    CHECK(settings.general.switch_sides_s == 5.0f);
    CHECK(settings.general.rest_between_exercises_s == 30.0f);
    CHECK(settings.general.weaker_side == WeakerSide::none);
    CHECK(settings.routines.empty());
}

TEST_CASE("Saved timers read back the same, in a folder made for them", "[session][timers_file]") {
    DataDir data;
    TimerSettings saved;
    saved.general = {.get_ready_s = 7.5f,
                     .switch_sides_s = 0.0f,
                     .rest_between_exercises_s = 42.0f,
                     .weaker_side = WeakerSide::right,
                     .weaker_side_first = false,
                     .weaker_side_extra_set = true};
    saved.routines = {
        {.routine = "runners-imbalance-fix",
         .every_exercise = {.sets = 2, .rest_s = 12.25f},
         .rest_between_exercises_s = 20.0f,
         .exercises = {{.exercise = "single-leg-glute-bridge",
                        .dose = {.reps = 12, .tempo_s = 4.5f},
                        .rest_after_s = 40.0f},
                       {.exercise = "heel-walk", .dose = {.distance_m = 30.0f, .cap_s = 90.0f}},
                       {.exercise = "self-test", .dose = {.own_pace = true}}}},
        {.routine = "untouched"}, // nothing changed: not written
    };
    std::string error;
    REQUIRE(save_timers(data.dir / "new", saved, error));
    CHECK(error.empty());
    CHECK_FALSE(fs::exists(data.dir / "new" / (std::string(kTimersFileName) + ".tmp")));

    ContentErrors problems;
    const TimerSettings loaded = load_timers(data.dir / "new", problems);
    for (const ContentError& e : problems) FAIL(e.to_string());
    CHECK(loaded.general.get_ready_s == 7.5f);
    CHECK(loaded.general.switch_sides_s == 0.0f);
    CHECK(loaded.general.rest_between_exercises_s == 42.0f);
    CHECK(loaded.general.weaker_side == WeakerSide::right);
    CHECK_FALSE(loaded.general.weaker_side_first);
    CHECK(loaded.general.weaker_side_extra_set);
    REQUIRE(loaded.routines.size() == 1);
    const RoutineTimers& routine = loaded.routines[0];
    CHECK(routine.routine == "runners-imbalance-fix");
    CHECK(routine.every_exercise.sets == 2);
    CHECK(routine.every_exercise.rest_s == 12.25f);
    CHECK_FALSE(routine.every_exercise.reps);
    CHECK(routine.rest_between_exercises_s == 20.0f);
    REQUIRE(routine.exercises.size() == 3);
    const ExerciseTimers* bridge = routine.exercise("single-leg-glute-bridge");
    REQUIRE(bridge);
    CHECK(bridge->dose.reps == 12);
    CHECK(bridge->dose.tempo_s == 4.5f);
    CHECK(bridge->rest_after_s == 40.0f);
    CHECK(routine.exercise("heel-walk")->dose.distance_m == 30.0f);
    CHECK(routine.exercise("heel-walk")->dose.cap_s == 90.0f);
    CHECK(routine.exercise("self-test")->dose.own_pace == true);

    // Saving again replaces the file whole: what was reset is gone.
    saved.routines.clear();
    REQUIRE(save_timers(data.dir / "new", saved, error));
    CHECK(load_timers(data.dir / "new", problems).routines.empty());
}

TEST_CASE("A broken timers file or value keeps the program's values and says where",
          "[session][timers_file]") {
    DataDir data;
    ContentErrors problems;
    data.write("general: {get_ready_s: 5, switch_sides_s: -2, weaker_side: middle, volume: 3}\n"
               "routines:\n"
               "  r:\n"
               "    every_exercise: {sets: 0}\n"
               "    exercises:\n"
               "      bridge: {reps: 12, rest_after_s: lots}\n");
    const TimerSettings settings = load_timers(data.dir, problems);
    for (const ContentError& e : problems) INFO(e.to_string());
    CHECK(has(problems, "switch_sides_s should be from 0 to 600", 1));
    CHECK(has(problems, "weaker_side should be none, left or right", 1));
    CHECK(has(problems, "unknown key 'volume' in general", 1));
    CHECK(has(problems, "sets should be a whole number from 1 to 20", 4));
    CHECK(has(problems, "rest_after_s should be a number", 6));
    CHECK(settings.general.get_ready_s == 5.0f); // what could be read is kept
    CHECK(settings.general.switch_sides_s == 5.0f);
    CHECK(settings.general.weaker_side == WeakerSide::none);
    REQUIRE(settings.routines.size() == 1);
    CHECK_FALSE(settings.routines[0].every_exercise.sets);
    CHECK(settings.routines[0].exercise("bridge")->dose.reps == 12);

    problems.clear();
    data.write("general: {get_ready_s: [\n");
    const TimerSettings broken = load_timers(data.dir, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file.ends_with(kTimersFileName));
    CHECK(broken.general.get_ready_s == 10.0f);
}
