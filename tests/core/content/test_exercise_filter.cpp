// Narrowing the Library: typed words and picked category, muscle, equipment and placement.
#include "core/content/exercise_filter.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

Exercise exercise(std::string name, ExerciseCategory category, std::vector<MuscleRegion> primary,
                  std::vector<Equipment> equipment, Placement placement) {
    Exercise e;
    e.name = std::move(name);
    e.summary = "On your back, lift the hips.";
    e.category = category;
    e.muscles.primary = std::move(primary);
    e.muscles.secondary = {MuscleRegion::core};
    e.equipment = std::move(equipment);
    e.motion.placement = placement;
    return e;
}

} // namespace

TEST_CASE("Search words are all found, in any case, in the name, summary or muscles",
          "[content][filter]") {
    const Exercise bridge = exercise("Single-leg glute bridge", ExerciseCategory::strength,
                                     {MuscleRegion::glutes}, {Equipment::mat}, Placement::supine);
    CHECK(ExerciseFilter{}.matches(bridge));
    CHECK(ExerciseFilter{.search = "BRIDGE"}.matches(bridge));
    CHECK(ExerciseFilter{.search = "  glute   single "}.matches(bridge));
    CHECK(ExerciseFilter{.search = "hips"}.matches(bridge)); // the summary
    CHECK(ExerciseFilter{.search = "core"}.matches(bridge)); // a helper muscle
    CHECK_FALSE(ExerciseFilter{.search = "bridge squat"}.matches(bridge));
    CHECK_FALSE(ExerciseFilter{.search = "lunge"}.matches(bridge));
}

TEST_CASE("Picked category, muscle, equipment and placement each narrow the list",
          "[content][filter]") {
    const Exercise curl =
        exercise("Ball curl", ExerciseCategory::strength, {MuscleRegion::hamstrings},
                 {Equipment::mat, Equipment::stabilityBall}, Placement::supine);
    const Exercise squat = exercise("Full squat", ExerciseCategory::strength,
                                    {MuscleRegion::quadriceps}, {}, Placement::standing);
    CHECK(ExerciseFilter{.category = ExerciseCategory::strength}.matches(curl));
    CHECK_FALSE(ExerciseFilter{.category = ExerciseCategory::mobility}.matches(curl));
    CHECK(ExerciseFilter{.muscle = MuscleRegion::hamstrings}.matches(curl));
    CHECK(ExerciseFilter{.muscle = MuscleRegion::core}.matches(squat));
    CHECK_FALSE(ExerciseFilter{.muscle = MuscleRegion::hamstrings}.matches(squat));
    CHECK(ExerciseFilter{.equipment = Equipment::stabilityBall}.matches(curl));
    CHECK_FALSE(ExerciseFilter{.equipment = Equipment::stabilityBall}.matches(squat));
    CHECK(ExerciseFilter{.no_equipment = true}.matches(squat));
    CHECK_FALSE(ExerciseFilter{.no_equipment = true}.matches(curl));
    CHECK(ExerciseFilter{.placement = Placement::standing}.matches(squat));
    CHECK_FALSE(ExerciseFilter{.placement = Placement::standing}.matches(curl));
    CHECK(ExerciseFilter{.search = "squat", .category = ExerciseCategory::strength}.matches(squat));
    CHECK(ExerciseFilter{}.empty());
    CHECK_FALSE(ExerciseFilter{.no_equipment = true}.empty());
}
