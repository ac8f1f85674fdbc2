// The avatar's time comes from the plan's: one clip cycle is one planned rep, so the avatar,
// the counter and the voice cannot drift apart.
#include "core/anim/motion_clip.h"
#include "core/session/animation_time.h"
#include "core/session/timeline.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

TEST_CASE("A clip built with the plan's phases lasts exactly one planned rep, at any tempo or hold",
          "[session][animation]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::both, {.reps = 5, .tempo_s = 6}),
        hold(ExerciseSides::each,
             {.measure = DoseMeasure::hold, .reps = 2, .hold_s = 12, .tempo_s = 2})};
    const Timeline timeline = plan(routine_of(library), library, {});
    for (const PlannedExercise& planned : timeline.exercises) {
        INFO(planned.exercise->id);
        const MotionClip clip(planned.exercise->motion, {.phase_s = planned.phase_s});
        CHECK(clip.duration_s() == Approx(planned.rep_s));
    }
    CHECK(timeline.exercises[0].rep_s == Approx(6.0));
    CHECK(timeline.exercises[1].rep_s == Approx(14.0));
}

TEST_CASE("In a rep the avatar is that far into the clip - resting, it waits in the start pose of "
          "what comes next",
          "[session][animation]") {
    Library library;
    library.exercises = {squat(ExerciseSides::each, {.reps = 2}),
                         hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .hold_s = 5})};
    library.exercises[1].motion.side = Side::right;
    const Timeline timeline = plan(routine_of(library), library, {});
    // Ready 0-10, left 10-18, switch 18-23, right 23-31, rest 31-61, hold 61-69.5.
    const auto at = [&](double t_s) {
        int segment = 0;
        while (timeline.segments[segment].end_s <= t_s &&
               timeline.segments[segment].kind != SegmentKind::done)
            ++segment;
        return animation_time(timeline, segment, t_s);
    };
    const AnimationTime ready = at(4.0);
    CHECK(ready.exercise == 0);
    CHECK(ready.side == Side::left);
    CHECK(ready.clip_s == 0.0f);
    const AnimationTime rep2 = at(15.5);
    CHECK(rep2.exercise == 0);
    CHECK(rep2.clip_s == Approx(1.5f));
    const AnimationTime switching = at(20.0);
    CHECK(switching.side == Side::right);
    CHECK(switching.clip_s == 0.0f);
    CHECK(at(24.0).side == Side::right);
    CHECK(at(24.0).clip_s == Approx(1.0f));
    const AnimationTime resting = at(40.0);
    CHECK(resting.exercise == 1);
    CHECK(resting.side == Side::right); // both legs: the side its motion is written for
    CHECK(resting.clip_s == 0.0f);
    CHECK(at(64.0).clip_s == Approx(3.0f));
    CHECK(at(100.0).exercise == -1);
}

TEST_CASE("A timed set taking turns plays every other cycle on the other side",
          "[session][animation]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::alternating, {.measure = DoseMeasure::time, .time_s = 30})};
    const Timeline timeline = plan(routine_of(library), library, {});
    const int set = 1; // after get ready
    REQUIRE(timeline.segments[set].kind == SegmentKind::work);
    CHECK_FALSE(timeline.segments[set].side.has_value());
    const AnimationTime first = animation_time(timeline, set, 10.0 + 1.0);
    CHECK(first.side == Side::left);
    CHECK(first.clip_s == Approx(1.0f));
    const AnimationTime second = animation_time(timeline, set, 10.0 + 5.0);
    CHECK(second.side == Side::right);
    CHECK(second.clip_s == Approx(1.0f));
    CHECK(animation_time(timeline, set, 10.0 + 9.0).side == Side::left);
}
