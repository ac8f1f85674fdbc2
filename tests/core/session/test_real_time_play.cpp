// A routine played on the real clock, fast: every planned event fires once, in order, never
// early, a set that waits for "done" is done at its end, and the work is all counted. (How
// late events fire is measured by `legwork bench --routine-timing`, not asserted here.)
#include "core/session/real_time_play.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

namespace {

const Library& library() {
    static const Library library = [] {
        Library l;
        l.exercises = {squat(ExerciseSides::each, {.sets = 2, .reps = 4, .rest_s = 20}),
                       squat(ExerciseSides::both, {.measure = DoseMeasure::distance, .distance_m = 20}),
                       hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .reps = 2, .hold_s = 5})};
        l.exercises[1].id = "walk";
        l.exercises[2].id = "plank";
        return l;
    }();
    return library;
}

} // namespace

TEST_CASE("Played on the real clock, every planned event fires once, in order, at or after its time",
          "[session][real_time_play]") {
    RoutineRun run(plan(routine_of(library()), library(), {}), {});
    const Timeline& timeline = run.timeline();
    std::vector<std::pair<const Event*, double>> fired;
    const RealTimeOutcome outcome = play_in_real_time(
        run, {.speed = 2000.0}, [&](const Event& e, double at_s) { fired.emplace_back(&e, at_s); });
    REQUIRE(fired.size() == timeline.events.size());
    for (std::size_t i = 0; i < fired.size(); ++i) {
        CHECK(fired[i].first == &timeline.events[i]);
        CHECK(fired[i].second >= fired[i].first->t_s);
        if (i > 0) CHECK(fired[i].second >= fired[i - 1].second);
    }
    CHECK(fired.back().first->kind == EventKind::routineComplete);
    CHECK(run.player().state() == PlayerState::finished);
    CHECK_FALSE(run.player().ended_early());
    CHECK(outcome.ended_s >= timeline.total_s());
    const SessionRecord record = run.record({});
    CHECK(record.completed_work_s == record.planned_work_s); // the walk was done at its end
}

TEST_CASE("A run told to stop ends early there, with the events before it", "[session][real_time_play]") {
    RoutineRun run(plan(routine_of(library()), library(), {}), {});
    std::vector<const Event*> fired;
    const RealTimeOutcome outcome = play_in_real_time(
        run, {.speed = 2000.0, .stop_at_s = 30.0}, [&](const Event& e, double) { fired.push_back(&e); });
    CHECK(run.player().ended_early());
    CHECK(outcome.ended_s >= 30.0);
    REQUIRE_FALSE(fired.empty());
    for (const Event* e : fired) CHECK(e->t_s <= outcome.ended_s);
    CHECK(fired.size() < run.timeline().events.size());
}
