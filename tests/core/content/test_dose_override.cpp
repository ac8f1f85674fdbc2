// Changes to a dose apply where they fit its measure; the ones that do not are named.
#include "core/content/dose_override.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("A change applies only where it fits what the dose is measured in", "[content][dose]") {
    const DoseOverride change{.sets = 2,
                              .reps = 8,
                              .hold_s = 20,
                              .distance_m = 30,
                              .time_s = 45,
                              .rest_s = 15,
                              .tempo_s = 5,
                              .own_pace = true,
                              .cap_s = 90};
    struct Case {
        DoseMeasure measure;
        Dose expected;
    };
    const Case cases[] = {
        {DoseMeasure::reps,
         {.measure = DoseMeasure::reps,
          .sets = 2,
          .reps = 8,
          .rest_s = 15,
          .tempo_s = 5,
          .own_pace = true,
          .cap_s = 90}},
        {DoseMeasure::hold,
         {.measure = DoseMeasure::hold,
          .sets = 2,
          .reps = 8,
          .hold_s = 20,
          .rest_s = 15,
          .tempo_s = 5}},
        {DoseMeasure::distance,
         {.measure = DoseMeasure::distance,
          .sets = 2,
          .distance_m = 30,
          .rest_s = 15,
          .cap_s = 90}},
        {DoseMeasure::time,
         {.measure = DoseMeasure::time, .sets = 2, .time_s = 45, .rest_s = 15, .tempo_s = 5}},
    };
    for (const Case& c : cases) {
        INFO(static_cast<int>(c.measure));
        const Dose changed = changed_dose({.measure = c.measure}, change);
        CHECK(changed.measure == c.expected.measure);
        CHECK(changed.sets == c.expected.sets);
        CHECK(changed.reps == c.expected.reps);
        CHECK(changed.hold_s == c.expected.hold_s);
        CHECK(changed.distance_m == c.expected.distance_m);
        CHECK(changed.time_s == c.expected.time_s);
        CHECK(changed.rest_s == c.expected.rest_s);
        CHECK(changed.tempo_s == c.expected.tempo_s);
        CHECK(changed.own_pace == c.expected.own_pace);
        CHECK(changed.cap_s == c.expected.cap_s);
    }
    CHECK(DoseOverride{}.empty());
    CHECK_FALSE(change.empty());
}

TEST_CASE("A change that does not fit the dose is named", "[content][dose]") {
    const Dose reps{.measure = DoseMeasure::reps, .reps = 10};
    const Dose walk{.measure = DoseMeasure::distance, .distance_m = 50};
    CHECK(dose_override_problem({.reps = 12, .tempo_s = 5}, reps).empty());
    CHECK(dose_override_problem({.hold_s = 5}, reps) ==
          "hold_s does not apply: the dose is counted in reps");
    CHECK(dose_override_problem({.reps = 5}, walk) ==
          "reps does not apply: the dose is a distance");
    CHECK(dose_override_problem({.tempo_s = 3}, walk) ==
          "tempo_s does not apply: the dose is a distance");
    CHECK(dose_override_problem({.cap_s = 60}, walk).empty());
    CHECK_THAT(dose_override_problem({.cap_s = 60}, reps), Catch::Contains("only a distance"));
    CHECK(dose_override_problem({.own_pace = true, .cap_s = 60}, reps).empty());
    CHECK(dose_override_problem({.own_pace = true}, walk) ==
          "own_pace does not apply: the dose is a distance");
}

TEST_CASE("A dose at your own pace says so", "[content][dose]") {
    CHECK(dose_text({.reps = 5, .own_pace = true}, ExerciseSides::each) ==
          "5 reps per side at your own pace");
}
