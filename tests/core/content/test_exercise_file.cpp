// Exercise files: what the renderer needs (sides, muscles, props, what each mistake lights
// up) is read from them, and every mistake in them is reported at its line and column.
#include "core/content/exercise.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;

namespace {

// A minimal valid exercise with `extra` spliced in at the given places.
std::string exercise_text(const std::string& top, const std::string& motion_extra,
                          const std::string& mistake_extra) {
    return "id: test-exercise\n"
           "name: Test\n" +
           top +
           "motion:\n"
           "  placement: supine\n" +
           motion_extra +
           "  phases:\n"
           "    - {name: up, seconds: 1, pose: {pelvisTilt: -20}}\n"
           "    - {name: down, seconds: 1}\n"
           "  contacts:\n"
           "    - {site: upperBack}\n"
           "mistakes:\n"
           "  - id: sags\n" +
           mistake_extra + "    shows: {up: {pelvisTilt: 10}}\n";
}

const std::string kGoodTop =
    "sides: each\nmuscles: {primary: [glutes], secondary: [core, hamstrings]}\n";
const std::string kGoodHighlight = "    highlight: [pelvis, knees, leftHeel]\n";

struct Loaded {
    std::optional<Exercise> exercise;
    ContentErrors errors;
    bool has(const std::string& text, int line) const {
        for (const ContentError& e : errors)
            if (e.message.find(text) != std::string::npos && (line == 0 || e.line == line))
                return true;
        return false;
    }
};

// Loads `text` as the file test-exercise.yaml, in a folder of this process's own: test
// processes run side by side.
Loaded load(const std::string& text) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("legwork-exercise-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path file = dir / "test-exercise.yaml";
    std::ofstream(file) << text;
    Loaded loaded;
    loaded.exercise = load_exercise(file, loaded.errors);
    std::filesystem::remove_all(dir);
    return loaded;
}

} // namespace

TEST_CASE("An exercise file gives its sides, muscles, props and what each mistake highlights",
          "[content][exercise]") {
    const Loaded loaded = load(exercise_text(kGoodTop,
                                             "  props:\n"
                                             "    - mat\n"
                                             "    - {prop: dumbbell, in: rightHand}\n"
                                             "    - {prop: loopBand, around: thighs}\n"
                                             "    - {prop: pillow, between: knees}\n",
                                             kGoodHighlight));
    for (const ContentError& e : loaded.errors) INFO(e.to_string());
    REQUIRE(loaded.exercise);
    const Exercise& e = *loaded.exercise;
    CHECK(e.sides == ExerciseSides::each);
    CHECK(e.muscles.primary == std::vector<MuscleRegion>{MuscleRegion::glutes});
    CHECK(e.muscles.secondary ==
          std::vector<MuscleRegion>{MuscleRegion::core, MuscleRegion::hamstrings});
    REQUIRE(e.props.size() == 4);
    CHECK(e.props[0].kind == PropKind::mat);
    CHECK(e.props[1].kind == PropKind::dumbbell);
    CHECK(e.props[1].where == PropUse::Where::hand);
    CHECK(e.props[1].hand == Side::right);
    CHECK(e.props[2].where == PropUse::Where::thighs);
    CHECK(e.props[3].where == PropUse::Where::knees);
    CHECK(e.motion.on_mat); // a mat raises every surface
    // "knees" stands for both knees.
    CHECK(e.motion.variants[0].highlight ==
          std::vector<BodyPart>{BodyPart::pelvis, BodyPart::leftKnee, BodyPart::rightKnee,
                                BodyPart::leftHeel});
}

TEST_CASE("Sides, muscles and mistake highlights are required and checked", "[content][exercise]") {
    const Loaded missing = load(exercise_text("", "", ""));
    CHECK_FALSE(missing.exercise);
    CHECK(missing.has("needs 'sides'", 1));
    CHECK(missing.has("needs 'muscles'", 1));
    CHECK(missing.has("needs 'highlight'", 11));

    const Loaded wrong =
        load(exercise_text("sides: sometimes\nmuscles: {primary: [glutes, biceps]}\n", "",
                           "    highlight: [pelvis, leftElbows, kneecap]\n"));
    CHECK_FALSE(wrong.exercise);
    CHECK(wrong.has("sides should be both, each or alternating", 3));
    CHECK(wrong.has("unknown muscle group 'biceps'", 4));
    CHECK(wrong.has("unknown body part 'leftElbows'", 14));
    CHECK(wrong.has("unknown body part 'kneecap'", 14));
    for (const ContentError& e : wrong.errors) CHECK(e.column > 0);
}

TEST_CASE("Props are checked: known ones, in hands that exist, in places they can go",
          "[content][exercise]") {
    const Loaded loaded = load(exercise_text(kGoodTop,
                                             "  props:\n"
                                             "    - kettlebell\n"                       // line 8
                                             "    - {prop: dumbbell, in: leftFoot}\n"   // 9
                                             "    - {prop: dumbbell}\n"                 // 10
                                             "    - bench\n"                            // 11
                                             "    - {prop: loopBand, around: ankles}\n" // 12
                                             "    - {prop: mat, in: rightHand}\n"       // 13
                                             "    - {prop: pillow, size: big}\n",       // 14
                                             kGoodHighlight));
    CHECK_FALSE(loaded.exercise);
    CHECK(loaded.has("unknown prop 'kettlebell'", 8));
    CHECK(loaded.has("unknown hand 'leftFoot' for a dumbbell (leftHand or rightHand)", 9));
    CHECK(loaded.has("say which hand holds the dumbbell", 10));
    CHECK(loaded.has("give a contact 'on: bench' instead", 11));
    CHECK(loaded.has("unknown place 'ankles' for a loopBand (thighs)", 12));
    CHECK(loaded.has("a mat takes no 'in:'", 13));
    CHECK(loaded.has("unknown key 'size' in a prop", 14));
}

TEST_CASE("A contact names a surface that exists", "[content][exercise]") {
    std::string text = exercise_text(kGoodTop, "", kGoodHighlight);
    text.replace(text.find("{site: upperBack}"), 17, "{site: upperBack, on: trampoline}");
    const Loaded loaded = load(text);
    CHECK_FALSE(loaded.exercise);
    CHECK(loaded.has(
        "unknown surface 'trampoline' (floor, bench, step, ball, lacrosseBall, peanutBall)", 11));
}

TEST_CASE("Every exercise in the library loads with its renderer fields", "[content][exercise]") {
    ContentErrors errors;
    const std::vector<Exercise> exercises =
        load_exercises(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises", errors);
    for (const ContentError& e : errors) FAIL(e.to_string());
    CHECK(exercises.size() >= 3);
    for (const Exercise& e : exercises) {
        INFO(e.id);
        CHECK_FALSE(e.muscles.primary.empty());
        for (const MotionVariant& v : e.motion.variants) CHECK_FALSE(v.highlight.empty());
    }
}
