// The library as a whole: exercises name each other and their sources, and what they name
// must exist. The real content is held to the standard the Library screen relies on.
#include "core/content/library.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;

namespace {

std::string exercise_file(const std::string& id, const std::string& links) {
    return "id: " + id +
           "\n"
           "name: Bridge\n"
           "summary: Lift the hips.\n"
           "why: Glutes.\n"
           "category: strength\n"
           "equipment: []\n"
           "sides: both\n"
           "muscles: {primary: [glutes]}\n"
           "dose: {reps: 10}\n"
           "steps: [Lift.]\n"
           "cues: [{phase: up, text: Up.}]\n"
           "safety: [Stop on pain.]\n" +
           links +
           "motion:\n"
           "  placement: supine\n"
           "  phases:\n"
           "    - {name: up, seconds: 1, pose: {pelvisTilt: -20}}\n"
           "    - {name: down, seconds: 1}\n"
           "  contacts: [{site: upperBack}]\n";
}

// A content folder of this process's own (test processes run side by side), removed after.
struct ContentDir {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("legwork-library-" + std::to_string(getpid()));
    ContentDir() { std::filesystem::create_directories(dir / "exercises"); }
    ~ContentDir() { std::filesystem::remove_all(dir); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
    }
};

bool has(const ContentErrors& errors, const std::string& file, const std::string& text, int line) {
    for (const ContentError& e : errors)
        if (e.file.ends_with(file) && e.message.find(text) != std::string::npos && e.line == line)
            return true;
    return false;
}

} // namespace

TEST_CASE("Links to exercises and sources that do not exist are reported where written, and the "
          "rest loads",
          "[content][library]") {
    ContentDir content;
    content.write("sources.yaml", "- {id: article, title: An article, publisher: A site}\n");
    content.write(
        "exercises/bridge.yaml",
        exercise_file("bridge",
                      "progressions: [ball-curl, bridge]\nregressions: []\nsource: article\n"));
    content.write(
        "exercises/ball-curl.yaml",
        exercise_file("ball-curl", "regressions: [bridge, bridge-on-the-moon]\nsource: a-book\n"));
    content.write("exercises/broken.yaml", "id: broken\nname: [\n");

    ContentErrors errors;
    const Library library = load_library(content.dir, errors);
    for (const ContentError& e : errors) INFO(e.to_string());
    CHECK(has(errors, "bridge.yaml", "an exercise is not its own progression", 13));
    CHECK(has(errors, "ball-curl.yaml", "no exercise with id 'bridge-on-the-moon'", 13));
    CHECK(has(errors, "ball-curl.yaml", "no source with id 'a-book'", 14));
    CHECK(has(errors, "broken.yaml", "", 3));
    // The two good files load; what they name that exists stays linked.
    REQUIRE(library.exercises.size() == 2);
    REQUIRE(library.exercise("bridge"));
    REQUIRE(library.exercise("bridge")->progressions.size() == 1);
    CHECK(library.exercise("bridge")->progressions[0].id == "ball-curl");
    CHECK(library.exercise("ball-curl")->regressions.size() == 1);
    CHECK(library.source("article")->title == "An article");
}

TEST_CASE("Every exercise in the library loads, with the cues and mistakes the Library shows",
          "[content][library]") {
    ContentErrors errors;
    const Library library = load_library(LEGWORK_CONTENT_DIR, errors);
    for (const ContentError& e : errors) FAIL(e.to_string());
    CHECK(library.exercises.size() >= 30);
    for (const Exercise& e : library.exercises) {
        INFO(e.id);
        CHECK_FALSE(e.muscles.primary.empty());
        CHECK(e.cues.size() >= 3);
        if (e.category == ExerciseCategory::strength || e.category == ExerciseCategory::selfTest)
            CHECK(e.mistakes.size() >= 2);
        CHECK(e.mistakes.size() == e.motion.variants.size());
        for (const MotionVariant& v : e.motion.variants) CHECK_FALSE(v.highlight.empty());
        // Links go both ways: an easier exercise names the harder one, and back.
        for (const ContentRef& harder : e.progressions) {
            const auto& back = library.exercise(harder.id)->regressions;
            CHECK(std::any_of(back.begin(), back.end(),
                              [&](const ContentRef& r) { return r.id == e.id; }));
        }
    }
}

TEST_CASE("A routine's exercises must exist and its doses fit them - problems are reported where "
          "written",
          "[content][library][routine]") {
    ContentDir content;
    std::filesystem::create_directories(content.dir / "routines");
    content.write("sources.yaml", "- {id: article, title: An article, publisher: A site}\n");
    content.write("exercises/bridge.yaml", exercise_file("bridge", "source: article\n"));
    content.write("routines/mixed.yaml", "id: mixed\n"
                                         "name: Mixed\n"
                                         "summary: Some good, some not.\n"
                                         "exercises:\n"
                                         "  - exercise: bridge\n"
                                         "    dose: {hold_s: 5}\n"
                                         "  - exercise: moonwalk\n"
                                         "  - exercise: bridge\n"
                                         "    sides: each\n");
    content.write("routines/gone.yaml", "id: gone\nname: Gone\nsummary: Nothing left.\n"
                                        "exercises: [{exercise: moonwalk}]\n");
    ContentErrors errors;
    const Library library = load_library(content.dir, errors);
    for (const ContentError& e : errors) INFO(e.to_string());
    CHECK(
        has(errors, "mixed.yaml", "bridge: hold_s does not apply: the dose is counted in reps", 5));
    CHECK(has(errors, "mixed.yaml", "no exercise with id 'moonwalk'", 7));
    CHECK(has(errors, "mixed.yaml", "bridge is done with both legs together", 8));
    CHECK(has(errors, "gone.yaml", "no exercise with id 'moonwalk'", 4));
    CHECK(errors.size() == 4);
    // The unknown exercise is dropped and the side change undone; a routine left with
    // nothing goes.
    REQUIRE(library.routines.size() == 1);
    const Routine* mixed = library.routine("mixed");
    REQUIRE(mixed);
    REQUIRE(mixed->items.size() == 2);
    CHECK_FALSE(mixed->items[1].sides);
    CHECK_FALSE(library.routine("gone"));
}

TEST_CASE("The built-in routines load and name only exercises in the library",
          "[content][library][routine]") {
    ContentErrors errors;
    const Library library = load_library(LEGWORK_CONTENT_DIR, errors);
    for (const ContentError& e : errors) FAIL(e.to_string());
    for (const char* id :
         {"leg-imbalance-self-check", "runners-imbalance-fix", "hamstring-strength-progression",
          "daily-hip-and-leg-mobility", "unilateral-strength"}) {
        INFO(id);
        const Routine* routine = library.routine(id);
        REQUIRE(routine);
        CHECK_FALSE(routine->name.empty());
        CHECK_FALSE(routine->summary.empty());
        CHECK_FALSE(routine->items.empty());
        for (const RoutineItem& item : routine->items) CHECK(library.exercise(item.exercise.id));
    }
    // Every self-test in the self-check asks what to note on each side.
    for (const RoutineItem& item : library.routine("leg-imbalance-self-check")->items)
        CHECK_FALSE(item.note_prompt.empty());
}
