// A dose in a few words, as the Library and the player show it.
#include "core/content/dose.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("A dose reads as the articles would say it", "[content][dose]") {
    CHECK(dose_text({.sets = 3, .reps = 15}, ExerciseSides::each) == "3 sets of 15 reps per side");
    CHECK(dose_text({.sets = 1, .reps = 30}, ExerciseSides::both) == "30 reps");
    CHECK(dose_text({.measure = DoseMeasure::hold, .reps = 3, .hold_s = 5}, ExerciseSides::each) ==
          "3 holds of 5 s per side");
    CHECK(dose_text({.measure = DoseMeasure::hold, .hold_s = 30}, ExerciseSides::each) ==
          "a hold of 30 s per side");
    CHECK(dose_text({.measure = DoseMeasure::hold, .sets = 2, .hold_s = 30}, ExerciseSides::both) ==
          "2 holds of 30 s");
    CHECK(dose_text({.measure = DoseMeasure::distance, .distance_m = 50}, ExerciseSides::both) ==
          "50 m");
    CHECK(dose_text({.measure = DoseMeasure::time, .sets = 2, .time_s = 22.5f},
                    ExerciseSides::alternating) == "2 sets of 22.5 s per side");
}

TEST_CASE("A distance dose reads in yards when the user chose imperial units", "[content][dose][units]") {
    const Dose heel_walk{.measure = DoseMeasure::distance, .distance_m = 50};
    CHECK(dose_text(heel_walk, ExerciseSides::both, Units::imperial) == "55 yd");
    CHECK(dose_text(heel_walk, ExerciseSides::both, Units::metric) == "50 m");
    CHECK(dose_text({.measure = DoseMeasure::distance, .sets = 2, .distance_m = 20}, ExerciseSides::both,
                    Units::imperial) == "2 sets of 22 yd");
    // Reps, holds and times are the same words in either.
    CHECK(dose_text({.sets = 3, .reps = 15}, ExerciseSides::each, Units::imperial) ==
          "3 sets of 15 reps per side");
}
