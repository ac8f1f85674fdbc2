// Routine files: an ordered list of exercises with the doses the routine asks for; every
// mistake in one is reported at its line and column.
#include "core/content/routine.h"
#include "core/text/display_text.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;

namespace {

struct Loaded {
    std::optional<Routine> routine;
    ContentErrors errors;
    bool has(const std::string& text, int line, int column) const {
        for (const ContentError& e : errors)
            if (e.message.find(text) != std::string::npos && e.line == line && e.column == column)
                return true;
        return false;
    }
};

// Loads `text` as the file my-routine.yaml, in a folder of this process's own.
Loaded load(const std::string& text) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("legwork-routine-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path file = dir / "my-routine.yaml";
    std::ofstream(file) << text;
    Loaded loaded;
    loaded.routine = load_routine(file, loaded.errors);
    std::filesystem::remove_all(dir);
    return loaded;
}

} // namespace

TEST_CASE("A routine file lists its exercises in order with the doses it asks for",
          "[content][routine]") {
    const Loaded loaded = load("id: my-routine\n"
                               "name: My routine\n"
                               "summary: A test.\n"
                               "exercises:\n"
                               "  - exercise: bridge\n"
                               "    dose: {sets: 2, reps: 12, rest_s: 40, tempo_s: 5}\n"
                               "    rest_after_s: 45\n"
                               "  - exercise: bird-dog\n"
                               "    sides: each\n"
                               "    note_prompt: Which side wobbles?\n"
                               "  - {exercise: heel-walk, dose: {distance_m: 30, cap_s: 90}}\n");
    for (const ContentError& e : loaded.errors) FAIL(e.to_string());
    REQUIRE(loaded.routine);
    const Routine& routine = *loaded.routine;
    CHECK(routine.id == "my-routine");
    CHECK(routine.name == "My routine");
    REQUIRE(routine.items.size() == 3);
    CHECK(routine.items[0].exercise.id == "bridge");
    CHECK(routine.items[0].exercise.line == 5);
    CHECK(routine.items[0].dose.sets == 2);
    CHECK(routine.items[0].dose.reps == 12);
    CHECK(routine.items[0].dose.rest_s == 40.0f);
    CHECK(routine.items[0].dose.tempo_s == 5.0f);
    CHECK(routine.items[0].rest_after_s == 45.0f);
    CHECK(routine.items[1].sides == ExerciseSides::each);
    CHECK(routine.items[1].note_prompt == "Which side wobbles?");
    CHECK_FALSE(routine.items[1].rest_after_s);
    CHECK(routine.items[2].dose.distance_m == 30.0f);
    CHECK(routine.items[2].dose.cap_s == 90.0f);
}

TEST_CASE("Mistakes in a routine file are reported at their line and column",
          "[content][routine]") {
    const Loaded loaded = load("id: other-routine\n"
                               "summary: A test.\n"
                               "length: long\n"
                               "exercises:\n"
                               "  - exercise: bridge\n"
                               "    dose: {sets: 0, speed: 3}\n"
                               "    sides: sometimes\n"
                               "    rest_after_s: 900\n"
                               "  - sides: each\n");
    CHECK_FALSE(loaded.routine);
    for (const ContentError& e : loaded.errors) INFO(e.to_string());
    CHECK(loaded.has("id 'other-routine' should match the file name 'my-routine'", 1, 5));
    CHECK(loaded.has("unknown key 'length' in a routine", 3, 1));
    CHECK(loaded.has("a routine needs 'name'", 1, 1));
    CHECK(loaded.has("sets should be a whole number from 1 to 20", 6, 18));
    CHECK(loaded.has("unknown key 'speed' in a routine's dose", 6, 21));
    CHECK(loaded.has("sides should be both, each or alternating", 7, 12));
    CHECK(loaded.has("rest_after_s should be from 0 to 600", 8, 19));
    CHECK(loaded.has("a routine's exercise needs 'exercise'", 9, 5));

    const Loaded empty = load("id: my-routine\nname: Empty\nsummary: Nothing.\nexercises: []\n");
    CHECK(empty.has("a routine needs 'exercises'", 4, 12));
}

TEST_CASE("Content ids are lower-case words joined by dashes", "[content][routine]") {
    for (const char* id : {"my-morning", "day-2", "a"}) CHECK(is_content_id(id));
    for (const char* id : {"", "My-morning", "my morning", "-a", "a-", "a--b", "../x", "a/b"})
        CHECK_FALSE(is_content_id(id));
}
