// A played routine becomes a session record: reps counted per side only when done, skipped
// exercises marked, and the work planned and done summed from the segments.
#include "core/session/session_result.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

TEST_CASE("A routine played through counts every rep on each side and all its work",
          "[session][result]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::each, {.sets = 1, .reps = 3}),
        hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .reps = 2, .hold_s = 5})};
    library.exercises[1].id = "plank";
    const Timeline timeline = plan(routine_of(library), library, {});
    std::vector<double> worked;
    for (const Segment& s : timeline.segments) worked.push_back(s.end_s - s.start_s);
    const SessionRecord all = session_result(timeline, worked);
    REQUIRE(all.results.size() == 3); // squat left and right, plank with both legs
    CHECK(all.results[0].side != all.results[1].side);
    CHECK(all.results[0].reps_done == 3);
    CHECK(all.results[1].reps_done == 3);
    CHECK(all.results[2].exercise_id == "plank");
    CHECK(all.results[2].reps_done == 2);
    CHECK(all.results[2].seconds_done > 10); // the holds and the moves into them
    CHECK(all.completed_work_s == all.planned_work_s);
    CHECK(counts_for_streak(all));
}

TEST_CASE("Reps cut short, and exercises skipped, are not counted as done", "[session][result]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::both, {.sets = 1, .reps = 4}),
        hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .reps = 2, .hold_s = 5})};
    library.exercises[1].id = "plank";
    const Timeline timeline = plan(routine_of(library), library, {});
    std::vector<double> worked(timeline.segments.size(), 0.0);
    int squat_reps = 0;
    for (std::size_t i = 0; i < timeline.segments.size(); ++i) {
        const Segment& s = timeline.segments[i];
        if (s.kind != SegmentKind::work || s.exercise != 0) continue;
        // Two whole reps, one half done, one not reached: the plank is skipped altogether.
        const double length = s.end_s - s.start_s;
        worked[i] = squat_reps < 2 ? length : squat_reps == 2 ? 0.5 * length : 0.0;
        ++squat_reps;
    }
    const SessionRecord record = session_result(timeline, worked);
    REQUIRE(record.results.size() == 2);
    CHECK(record.results[0].reps_done == 2);
    CHECK_FALSE(record.results[0].skipped);
    CHECK(record.results[1].skipped);
    CHECK(record.results[1].reps_done == 0);
    CHECK(record.completed_work_s < record.planned_work_s / 2);
    CHECK_FALSE(counts_for_streak(record));
}
