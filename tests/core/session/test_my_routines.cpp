// The user's own routines: saved in their data folder in the content format, read back and
// checked like the built-in ones; one with a built-in routine's id takes its place until it
// is removed.
#include "core/session/my_routines.h"
#include "core/text/display_text.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

// A data folder of this process's own (test processes run side by side), removed after.
struct DataDir {
    fs::path dir = fs::temp_directory_path() / ("legwork-my-routines-" + std::to_string(getpid()));
    DataDir() { fs::remove_all(dir); }
    ~DataDir() { fs::remove_all(dir); }
};

Library two_exercises() {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.reps = 10}),
                         hold(ExerciseSides::each, {.measure = DoseMeasure::hold, .hold_s = 5})};
    library.routines = {{.id = "built-in", .name = "Built in", .items = {{.exercise = {"squat"}}}},
                        {.id = "other", .name = "Other", .items = {{.exercise = {"hold"}}}}};
    return library;
}

} // namespace

TEST_CASE("A routine the user builds is saved and read back the same, in its order",
          "[session][my_routines]") {
    DataDir data;
    const Library library = two_exercises();
    const Routine mine{.id = "my-morning",
                       .name = "My morning: \"quick\" #1",
                       .items = {{.exercise = {"hold"},
                                  .dose = {.reps = 4, .hold_s = 12.5f, .tempo_s = 3},
                                  .sides = ExerciseSides::alternating,
                                  .rest_after_s = 20,
                                  .note_prompt = "Which side shakes?"},
                                 {.exercise = {"squat"}, .dose = {.own_pace = true, .cap_s = 60}}}};
    std::string error;
    REQUIRE(save_my_routine(data.dir, mine, error));
    ContentErrors problems;
    const std::vector<Routine> loaded = load_my_routines(data.dir, library, problems);
    for (const ContentError& e : problems) FAIL(e.to_string());
    REQUIRE(loaded.size() == 1);
    const Routine& back = loaded[0];
    CHECK(back.id == "my-morning");
    CHECK(back.name == mine.name);
    REQUIRE(back.items.size() == 2);
    CHECK(back.items[0].exercise.id == "hold");
    CHECK(back.items[0].dose.reps == 4);
    CHECK(back.items[0].dose.hold_s == 12.5f);
    CHECK(back.items[0].dose.tempo_s == 3.0f);
    CHECK(back.items[0].sides == ExerciseSides::alternating);
    CHECK(back.items[0].rest_after_s == 20.0f);
    CHECK(back.items[0].note_prompt == "Which side shakes?");
    CHECK(back.items[1].exercise.id == "squat");
    CHECK(back.items[1].dose.own_pace == true);
    CHECK(back.items[1].dose.cap_s == 60.0f);
    check_timeline_rules(plan(back, library, {}));

    // Reordered and saved again: the file is replaced.
    Routine reordered = mine;
    std::swap(reordered.items[0], reordered.items[1]);
    REQUIRE(save_my_routine(data.dir, reordered, error));
    CHECK(load_my_routines(data.dir, library, problems)[0].items[0].exercise.id == "squat");
}

TEST_CASE("The user's routine of a built-in id takes its place until removed",
          "[session][my_routines]") {
    DataDir data;
    const Library library = two_exercises();
    const Routine trimmed{
        .id = "built-in", .name = "Built in, mine", .items = {{.exercise = {"hold"}}}};
    std::string error;
    REQUIRE(save_my_routine(data.dir, trimmed, error));
    ContentErrors problems;
    const auto routines =
        with_my_routines(library.routines, load_my_routines(data.dir, library, problems));
    REQUIRE(routines.size() == 2);
    CHECK(routines[0].name == "Built in, mine");
    CHECK(routines[1].id == "other");

    REQUIRE(remove_my_routine(data.dir, "built-in", error));
    const auto reset =
        with_my_routines(library.routines, load_my_routines(data.dir, library, problems));
    CHECK(reset[0].name == "Built in");
    CHECK_FALSE(remove_my_routine(data.dir, "built-in", error));
    CHECK_THAT(error, Catch::Contains("no such routine"));
}

TEST_CASE("A user's routine that cannot be saved or used says why", "[session][my_routines]") {
    DataDir data;
    const Library library = two_exercises();
    std::string error;
    CHECK_FALSE(save_my_routine(
        data.dir, {.id = "../escape", .name = "x", .items = {{.exercise = {"squat"}}}}, error));
    CHECK_THAT(error, Catch::Contains("is not a routine id"));
    CHECK_FALSE(save_my_routine(data.dir, {.id = "empty", .name = "Empty"}, error));
    CHECK_THAT(error, Catch::Contains("at least one exercise"));
    CHECK_FALSE(fs::exists(data.dir / kMyRoutinesFolder / "empty.yaml"));

    // An exercise that is gone is reported where the file names it and left out.
    fs::create_directories(data.dir / kMyRoutinesFolder);
    std::ofstream(data.dir / kMyRoutinesFolder / "old.yaml")
        << "id: old\nname: Old\nexercises:\n  - exercise: squat\n  - exercise: moonwalk\n";
    ContentErrors problems;
    const auto loaded = load_my_routines(data.dir, library, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].to_string().ends_with("old.yaml:5:15: no exercise with id 'moonwalk'"));
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0].items.size() == 1);
}

TEST_CASE("A new routine gets a name and an id no routine has", "[session][my_routines]") {
    std::vector<Routine> routines = two_exercises().routines;
    CHECK(new_routine_name(routines) == "My routine");
    CHECK(new_routine_id("Morning legs, 2!", routines) == "morning-legs-2");
    CHECK(new_routine_id("  ...  ", routines) == "my-routine");
    CHECK(new_routine_id("Built In", routines) == "built-in-2");
    routines.push_back({.id = "my-routine", .name = "My routine"});
    routines.push_back({.id = "my-routine-2", .name = "My routine 2"});
    CHECK(new_routine_name(routines) == "My routine 3");
    CHECK(new_routine_id("My routine", routines) == "my-routine-3");
    // What it makes is an id a routine can be saved under.
    CHECK(is_content_id(new_routine_id("Élan: Legs & Hips", routines)));
}
