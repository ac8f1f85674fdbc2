// Exercise files: what the renderer needs (sides, muscles, props, what each mistake lights
// up) is read from them, and every mistake in them is reported at its line and column.
#include "core/content/exercise.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace legwork;

namespace {

// The words every exercise has, after its motion so the lines above keep their numbers.
const std::string kWords = "summary: A test.\n"
                           "why: It tests.\n"
                           "category: strength\n"
                           "equipment: [mat, dumbbell, loopBand, pillow]\n"
                           "dose: {sets: 2, reps: 12, rest_s: 40}\n"
                           "steps: [Lie down., Lift up.]\n"
                           "cues:\n"
                           "  - {phase: down, text: Slowly.}\n"
                           "  - {phase: up, text: Squeeze.}\n"
                           "safety: [Stop on pain.]\n"
                           "progressions: [harder-one]\n"
                           "source: an-article\n";

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
           mistake_extra +
           "    looks: The hips sink.\n"
           "    why: The glutes let go.\n"
           "    fix: Keep the hips up.\n"
           "    shows: {up: {pelvisTilt: 10}}\n" +
           kWords;
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
        "unknown surface 'trampoline' (floor, bench, step, ball, lacrosseBall, peanutBall, machineSeat, curlPad or pressSeat)", 11));
}

// The good exercise with `from` in it replaced by `to`.
std::string good_with(const std::string& from, const std::string& to) {
    std::string text = exercise_text(kGoodTop, "", kGoodHighlight);
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
    return text;
}

TEST_CASE(
    "An exercise file gives what the Library shows: dose, steps, cues by phase, mistakes in words",
    "[content][exercise]") {
    const Loaded loaded = load(exercise_text(kGoodTop, "", kGoodHighlight));
    for (const ContentError& e : loaded.errors) INFO(e.to_string());
    REQUIRE(loaded.exercise);
    const Exercise& e = *loaded.exercise;
    CHECK(e.summary == "A test.");
    CHECK(e.category == ExerciseCategory::strength);
    CHECK(e.equipment == std::vector<Equipment>{Equipment::mat, Equipment::dumbbell,
                                                Equipment::loopBand, Equipment::pillow});
    CHECK(e.dose.measure == DoseMeasure::reps);
    CHECK(e.dose.sets == 2);
    CHECK(e.dose.reps == 12);
    CHECK(e.dose.rest_s == 40.0f);
    CHECK(e.steps == std::vector<std::string>{"Lie down.", "Lift up."});
    // Cues come in phase order, whatever order the file lists them in.
    REQUIRE(e.cues.size() == 2);
    CHECK(e.cues[0].phase == 0);
    CHECK(e.cues[0].text == "Squeeze.");
    CHECK(e.cues[1].phase == 1);
    REQUIRE(e.mistakes.size() == 1);
    CHECK(e.mistakes[0].id == "sags");
    CHECK(e.mistake("sags")->fix == "Keep the hips up.");
    CHECK(e.mistake("slouches") == nullptr);
    REQUIRE(e.progressions.size() == 1);
    CHECK(e.progressions[0].id == "harder-one");
    CHECK(e.progressions[0].line == 29);
    CHECK(e.source.id == "an-article");
    CHECK_FALSE(e.needs_gym());
}

TEST_CASE("Doses are checked: one measure, a held dose has a phase to hold, numbers in range",
          "[content][exercise]") {
    const std::string dose = "dose: {sets: 2, reps: 12, rest_s: 40}";
    const Loaded held = load(good_with(dose, "dose: {reps: 3, hold_s: 5}"));
    CHECK(held.has("a held dose needs a motion phase named 'hold'", 0));
    CHECK(load(good_with(dose, "dose: {distance_m: 50, time_s: 30}")).has("measured in one of", 0));
    CHECK(load(good_with(dose, "dose: {reps: 4, distance_m: 50}"))
              .has("reps go with a rep or held dose", 0));
    CHECK(load(good_with(dose, "dose: {sets: 0, reps: 4}"))
              .has("sets should be a whole number from 1 to 20", 0));
    CHECK(load(good_with(dose, "dose: {reps: 2.5}")).has("reps should be a whole number", 0));
    CHECK(load(good_with(dose, "dose: {sets: 2}"))
              .has("a dose needs reps, hold_s, distance_m or time_s", 0));
    CHECK(load(good_with(dose, "dose: {time_s: -3}")).has("time_s should be more than 0", 0));

    const Loaded walk = load(good_with(dose, "dose: {distance_m: 50, note: Build up.}"));
    REQUIRE(walk.exercise);
    CHECK(walk.exercise->dose.measure == DoseMeasure::distance);
    CHECK(walk.exercise->dose.distance_m == 50.0f);
    CHECK(walk.exercise->dose.note == "Build up.");
}

TEST_CASE("Cues, mistakes' words, steps and safety notes are required - cues name real phases",
          "[content][exercise]") {
    const Loaded cue =
        load(good_with("{phase: down, text: Slowly.}", "{phase: sideways, text: Slowly.}"));
    CHECK(cue.has("no phase named 'sideways'", 0));
    CHECK(load(good_with("    why: The glutes let go.\n", "")).has("a mistake needs 'why'", 0));
    CHECK(load(good_with("steps: [Lie down., Lift up.]\n", "")).has("needs 'steps'", 1));
    CHECK(load(good_with("safety: [Stop on pain.]\n", "")).has("needs 'safety' notes", 1));
    CHECK(
        load(good_with("category: strength", "category: cardio"))
            .has("category should be self-test, strength, balance, mobility, release or drill", 0));
    CHECK(load(good_with("equipment: [mat, dumbbell, loopBand, pillow]", "equipment: [kettlebell]"))
              .has("unknown equipment 'kettlebell'", 0));
}

TEST_CASE("Every prop the avatar is drawn with is listed as equipment", "[content][exercise]") {
    std::string text =
        good_with("equipment: [mat, dumbbell, loopBand, pillow]", "equipment: [wall]");
    text.replace(text.find("{site: upperBack}"), 17, "{site: upperBack, on: bench}");
    const Loaded loaded = load(text);
    CHECK(loaded.has("the demonstration uses a bench: list it under equipment", 0));

    const Loaded gym = load(
        good_with("equipment: [mat, dumbbell, loopBand, pillow]", "equipment: [legCurlMachine]"));
    REQUIRE(gym.exercise);
    CHECK(gym.exercise->needs_gym());
}
