// Timeline arithmetic: a routine planned with the user's timers lasts exactly what its doses
// and pauses add up to, has no gaps or overlaps, both sides, every rep counted once, and the
// voice's events where a coach would put them.
#include "core/session/timeline.h"
#include "session_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

namespace {

Timeline plan_of(const Library& library, const TimerSettings& settings = {}) {
    return plan(routine_of(library), library, settings);
}

std::vector<const Segment*> work_of(const Timeline& timeline) {
    std::vector<const Segment*> work;
    for (const Segment& s : timeline.segments)
        if (s.kind == SegmentKind::work) work.push_back(&s);
    return work;
}

std::vector<const Event*> events_of(const Timeline& timeline, EventKind kind) {
    std::vector<const Event*> found;
    for (const Event& e : timeline.events)
        if (e.kind == kind) found.push_back(&e);
    return found;
}

long count_segments(const Timeline& timeline, SegmentKind kind) {
    return std::count_if(timeline.segments.begin(), timeline.segments.end(),
                         [&](const Segment& s) { return s.kind == kind; });
}

constexpr DoseMeasure reps = DoseMeasure::reps;
constexpr DoseMeasure held = DoseMeasure::hold;
constexpr DoseMeasure timed = DoseMeasure::time;
constexpr DoseMeasure distance = DoseMeasure::distance;

} // namespace

TEST_CASE("A routine lasts what its doses and pauses add up to, with no gaps or overlaps",
          "[session][timeline]") {
    struct Case {
        const char* what;
        Exercise exercise;
        double total_s;   // worked out by hand; get ready 10 s, switch sides 5 s
        int counted_reps; // sets x reps x sides
        int work_segments;
    };
    // A squat rep is 4 s; a held rep is 3.5 s of movement and the hold.
    const Case cases[] = {
        {"2 sets of 10, both legs, 20 s rest: 10 + 2 x 40 + 20",
         squat(ExerciseSides::both, {.measure = reps, .sets = 2, .reps = 10, .rest_s = 20}), 110.0,
         20, 20},
        {"2 sets of 5 per side, 30 s rest: 10 + 2 x (20 + 5 + 20) + 30",
         squat(ExerciseSides::each, {.measure = reps, .sets = 2, .reps = 5, .rest_s = 30}), 130.0,
         20, 20},
        {"6 holds of 5 s per side taking turns: 10 + 12 x 8.5",
         hold(ExerciseSides::alternating, {.measure = held, .sets = 1, .reps = 6, .hold_s = 5}),
         112.0, 12, 12},
        {"3 sets of 30 s per side, 15 s rest: 10 + 3 x (30 + 5 + 30) + 2 x 15",
         squat(ExerciseSides::each, {.measure = timed, .sets = 3, .time_s = 30, .rest_s = 15}),
         235.0, 0, 6},
        {"50 m, estimated at 1.2 s a metre: 10 + 60",
         squat(ExerciseSides::both, {.measure = distance, .distance_m = 50}), 70.0, 0, 1},
        {"50 m with a 90 s cap: 10 + 90",
         squat(ExerciseSides::both, {.measure = distance, .distance_m = 50, .cap_s = 90}), 100.0, 0,
         1},
        {"5 reps per side at your own pace: 10 + 20 + 5 + 20",
         squat(ExerciseSides::each, {.measure = reps, .reps = 5, .own_pace = true}), 55.0, 0, 2},
        {"10 reps at a 6 s tempo: 10 + 60",
         squat(ExerciseSides::both, {.measure = reps, .reps = 10, .tempo_s = 6}), 70.0, 10, 10},
        {"3 holds of 20 s, moving at a 7 s tempo: 10 + 3 x 27",
         hold(ExerciseSides::both, {.measure = held, .reps = 3, .hold_s = 20, .tempo_s = 7}), 91.0,
         3, 3},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.what) {
            Library library;
            library.exercises = {c.exercise};
            const Timeline timeline = plan_of(library);
            check_timeline_rules(timeline);
            CHECK(timeline.total_s() == Approx(c.total_s));
            CHECK(events_of(timeline, EventKind::repCounted).size() == std::size_t(c.counted_reps));
            CHECK(work_of(timeline).size() == std::size_t(c.work_segments));
        }
    }
}

TEST_CASE("Exercises follow each other with the rest the routine, then the user, asks for",
          "[session][timeline]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.measure = reps, .reps = 5}),
                         hold(ExerciseSides::each, {.measure = held, .reps = 2, .hold_s = 5})};
    Routine routine = routine_of(library);
    // 10 get ready + 20 squats + rest + (17 + 5 + 17) holds
    CHECK(plan(routine, library, {}).total_s() == Approx(99.0));
    routine.items[0].rest_after_s = 45.0f;
    CHECK(plan(routine, library, {}).total_s() == Approx(114.0));

    TimerSettings mine;
    mine.general = {.get_ready_s = 3, .switch_sides_s = 0, .rest_between_exercises_s = 12};
    const Timeline general = plan(routine, library, mine);
    check_timeline_rules(general);
    CHECK(general.total_s() == Approx(3 + 20 + 45 + 34)); // the routine's rest still wins
    CHECK(count_segments(general, SegmentKind::switchSides) == 0);
    CHECK(events_of(general, EventKind::switchSides).size() == 1); // said all the same

    mine.routines = {{.routine = "test", .rest_between_exercises_s = 12}};
    CHECK(plan(routine, library, mine).total_s() == Approx(3 + 20 + 12 + 34));
    mine.routines[0].exercises = {{.exercise = "squat", .rest_after_s = 0}};
    const Timeline no_rest = plan(routine, library, mine);
    check_timeline_rules(no_rest);
    CHECK(no_rest.total_s() == Approx(3 + 20 + 34));
    CHECK(count_segments(no_rest, SegmentKind::restBetweenExercises) == 0);
}

TEST_CASE("The user's sets, reps, tempo, holds and rests change the plan", "[session][timeline]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.measure = reps, .reps = 5}),
                         hold(ExerciseSides::both, {.measure = held, .reps = 2, .hold_s = 5})};
    TimerSettings mine;
    mine.routines = {{.routine = "test",
                      .every_exercise = {.sets = 2, .hold_s = 10, .rest_s = 20},
                      .exercises = {{.exercise = "squat", .dose = {.reps = 8, .tempo_s = 2}}}}};
    const Timeline timeline = plan_of(library, mine);
    check_timeline_rules(timeline);
    const PlannedExercise& squats = timeline.exercises[0];
    CHECK(squats.dose.sets == 2);
    CHECK(squats.dose.reps == 8);
    CHECK(squats.rep_s == Approx(2.0));
    CHECK(squats.phase_s == std::vector<float>{1.0f, 0.25f, 0.5f, 0.25f});
    const PlannedExercise& holds = timeline.exercises[1];
    CHECK(holds.dose.hold_s == 10.0f);
    CHECK(holds.rep_s == Approx(13.5));
    // 10 + 2 x 16 + 20 + 30 + 2 x 27 + 20
    CHECK(timeline.total_s() == Approx(166.0));
}

TEST_CASE("One-sided exercises work both sides - the weaker side can go first and get a set more",
          "[session][timeline]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::each, {.measure = reps, .sets = 2, .reps = 5}),
        hold(ExerciseSides::alternating, {.measure = held, .reps = 3, .hold_s = 5})};
    const auto sides = [](const Timeline& timeline, int exercise) {
        std::string out;
        for (const Segment* s : work_of(timeline))
            if (s->exercise == exercise) out += s->side == Side::left ? 'L' : 'R';
        return out;
    };
    const Timeline plain = plan_of(library);
    check_timeline_rules(plain);
    CHECK(sides(plain, 0) == "LLLLLRRRRRLLLLLRRRRR");
    CHECK(sides(plain, 1) == "LRLRLR");
    CHECK(count_segments(plain, SegmentKind::switchSides) == 2);

    TimerSettings mine;
    mine.general.weaker_side = WeakerSide::right;
    const Timeline right_first = plan_of(library, mine);
    CHECK(sides(right_first, 0) == "RRRRRLLLLLRRRRRLLLLL");
    CHECK(sides(right_first, 1) == "RLRLRL");
    CHECK_THAT(right_first.events.front().text, Catch::Contains("right side first"));

    mine.general.weaker_side_first = false;
    mine.general.weaker_side_extra_set = true;
    const Timeline extra = plan_of(library, mine);
    check_timeline_rules(extra);
    CHECK(sides(extra, 0) == "LLLLLRRRRRLLLLLRRRRRRRRRR");
    CHECK(sides(extra, 1) == "LRLRLRRRR");
    CHECK(extra.total_s() == Approx(plain.total_s() + (30 + 20) + (30 + 3 * 8.5)));
    const auto announced = events_of(extra, EventKind::extraSet);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0]->text == "One more set for your weaker side, the right.");
    CHECK(extra.segments[announced[0]->segment].kind == SegmentKind::rest);
}

TEST_CASE("Reps are counted at their end - the last rep, halfway and switching sides are said",
          "[session][timeline]") {
    Library library;
    library.exercises = {squat(ExerciseSides::each, {.measure = reps, .reps = 8})};
    const Timeline timeline = plan_of(library);
    check_timeline_rules(timeline);
    const auto work = work_of(timeline);
    REQUIRE(work.size() == 16);

    const auto last = events_of(timeline, EventKind::lastRep);
    REQUIRE(last.size() == 2);
    CHECK(last[0]->t_s == work[7]->start_s);
    CHECK(last[1]->t_s == work[15]->start_s);
    const auto halfway = events_of(timeline, EventKind::halfway);
    REQUIRE(halfway.size() == 2);
    CHECK(halfway[0]->t_s == work[3]->end_s);
    CHECK(halfway[1]->t_s == work[11]->end_s);
    // At the same instant the count comes first, then "halfway", then the next rep's cue.
    const auto at = std::find_if(timeline.events.begin(), timeline.events.end(),
                                 [&](const Event& e) { return e.t_s == work[3]->end_s; });
    REQUIRE(std::distance(at, timeline.events.end()) >= 2);
    CHECK(at[0].kind == EventKind::repCounted);
    CHECK(at[0].text == "4");
    CHECK(at[1].kind == EventKind::halfway);

    const auto switches = events_of(timeline, EventKind::switchSides);
    REQUIRE(switches.size() == 1);
    CHECK(switches[0]->text == "Switch to your right side.");
    CHECK(timeline.segments[switches[0]->segment].kind == SegmentKind::switchSides);
    CHECK(timeline.segments[switches[0]->segment].side == Side::right);

    const auto announced = events_of(timeline, EventKind::exerciseAnnounced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0]->t_s == 0.0);
    CHECK(announced[0]->text == "The squat: 8 reps per side.");
    const auto complete = events_of(timeline, EventKind::routineComplete);
    REQUIRE(complete.size() == 1);
    CHECK(complete[0]->t_s == timeline.total_s());

    // A set of 7 has no halfway; a hold of 20 s or a timed set of 30 s do.
    library.exercises = {squat(ExerciseSides::both, {.measure = reps, .reps = 7}),
                         hold(ExerciseSides::both, {.measure = held, .reps = 1, .hold_s = 20}),
                         squat(ExerciseSides::both, {.measure = timed, .time_s = 30})};
    library.exercises[2].id = "march";
    const Timeline others = plan_of(library);
    const auto halves = events_of(others, EventKind::halfway);
    REQUIRE(halves.size() == 2);
    const Segment& held_rep = others.segments[halves[0]->segment];
    CHECK(halves[0]->t_s == Approx(held_rep.start_s + 2.0 + 10.0)); // lift, reach, half the hold
    const Segment& march = others.segments[halves[1]->segment];
    CHECK(halves[1]->t_s == Approx(march.start_s + 15.0));
}

TEST_CASE("Countdown beeps at 3, 2 and 1 s before the end of every hold, timed set and rest",
          "[session][timeline]") {
    Library library;
    library.exercises = {hold(ExerciseSides::each,
                              {.measure = held, .sets = 2, .reps = 2, .hold_s = 5, .rest_s = 20}),
                         squat(ExerciseSides::both, {.measure = timed, .time_s = 30})};
    const Timeline timeline = plan_of(library);
    check_timeline_rules(timeline);
    const auto beeps_in = [&](int segment) {
        std::vector<std::pair<double, std::string>> out;
        for (const Event& e : timeline.events)
            if (e.segment == segment && e.kind == EventKind::countdown)
                out.push_back({e.t_s, e.text});
        return out;
    };
    int holds = 0;
    for (int s = 0; s < static_cast<int>(timeline.segments.size()); ++s) {
        const Segment& segment = timeline.segments[s];
        INFO("segment " << s << " " << segment_kind_name(segment.kind));
        double end_s = segment.end_s;
        if (segment.kind == SegmentKind::work && segment.rep > 0) {
            end_s = segment.start_s + 2.0 + 5.0; // lift and reach, then the hold
            ++holds;
        }
        if (segment.kind == SegmentKind::done) continue;
        CHECK(beeps_in(s) == std::vector<std::pair<double, std::string>>{
                                 {end_s - 3, "3"}, {end_s - 2, "2"}, {end_s - 1, "1"}});
    }
    CHECK(holds == 8);
}

TEST_CASE("Form cues come on the first rep of each set and every third rep, in turn, at their "
          "phase",
          "[session][timeline]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.measure = reps, .sets = 2, .reps = 10})};
    const Timeline timeline = plan_of(library);
    const auto work = work_of(timeline);
    const auto cues = events_of(timeline, EventKind::cue);
    REQUIRE(cues.size() == 8); // reps 1, 4, 7 and 10 of each set
    const int cued[] = {0, 3, 6, 9, 10, 13, 16, 19};
    for (int i = 0; i < 8; ++i) {
        INFO("cue " << i);
        const bool lower = i % 2 == 0; // cues in turn: lower (at 0 s), rise (after 2.5 s)
        CHECK(cues[i]->text == (lower ? "Knees out." : "Drive up."));
        CHECK(cues[i]->t_s == Approx(work[cued[i]]->start_s + (lower ? 0.0 : 2.5)));
    }

    // Taking turns, only the first side's rep of a cued pair has a cue.
    library.exercises = {
        hold(ExerciseSides::alternating, {.measure = held, .reps = 4, .hold_s = 5})};
    const Timeline turns = plan_of(library);
    const auto turn_cues = events_of(turns, EventKind::cue);
    REQUIRE(turn_cues.size() == 2);
    CHECK(turns.segments[turn_cues[0]->segment].rep == 1);
    CHECK(turns.segments[turn_cues[0]->segment].side == Side::left);
    CHECK(turns.segments[turn_cues[1]->segment].rep == 4);
    CHECK(turn_cues[1]->text == "Stay level.");
    // At the start of the hold phase, which lasts the dose's 5 s.
    CHECK(turn_cues[1]->t_s == Approx(turns.segments[turn_cues[1]->segment].start_s + 2.0));
}

TEST_CASE("A distance or own-pace set waits for done - its cap, if any, ends it with a countdown",
          "[session][timeline]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::both, {.measure = distance, .distance_m = 50}),
        squat(ExerciseSides::both, {.measure = reps, .reps = 5, .own_pace = true, .cap_s = 40})};
    library.exercises[1].id = "own-pace";
    const Timeline timeline = plan_of(library);
    check_timeline_rules(timeline);
    const auto work = work_of(timeline);
    REQUIRE(work.size() == 2);
    CHECK(work[0]->waits_for_done);
    CHECK(work[0]->end_s - work[0]->start_s == Approx(50 * kWalk_s_per_m));
    CHECK(work[1]->waits_for_done);
    CHECK(work[1]->end_s - work[1]->start_s == Approx(40.0));
    CHECK(events_of(timeline, EventKind::countdown).size() == 3 + 3 + 3); // ready, rest, cap
    CHECK(events_of(timeline, EventKind::cue).size() == 2);               // one as each set starts
}

TEST_CASE("A distance is announced in the units the user chose", "[session][timeline][units]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.measure = distance, .distance_m = 50})};
    const auto announced = [&](Units units) {
        const Timeline timeline = plan(routine_of(library), library, {}, units);
        const auto events = events_of(timeline, EventKind::exerciseAnnounced);
        REQUIRE(events.size() == 1);
        return events.front()->text;
    };
    CHECK_THAT(announced(Units::metric), Catch::EndsWith(": 50 m."));
    CHECK_THAT(announced(Units::imperial), Catch::EndsWith(": 55 yd."));
}

TEST_CASE("Lengthening a rest moves its countdown and everything after it", "[session][timeline]") {
    Library library;
    library.exercises = {squat(ExerciseSides::both, {.measure = reps, .sets = 2, .reps = 2})};
    Timeline timeline = plan_of(library);
    const Timeline before = timeline;
    const int rest = static_cast<int>(
        std::find_if(timeline.segments.begin(), timeline.segments.end(),
                     [](const Segment& s) { return s.kind == SegmentKind::rest; }) -
        timeline.segments.begin());
    lengthen_rest(timeline, rest, 15.0);
    check_timeline_rules(timeline);
    CHECK(timeline.total_s() == before.total_s() + 15.0);
    CHECK(timeline.segments[rest].start_s == before.segments[rest].start_s);
    CHECK(timeline.segments[rest].end_s == before.segments[rest].end_s + 15.0);
    for (std::size_t i = 0; i < timeline.events.size(); ++i) {
        const Event& e = timeline.events[i];
        const bool moves =
            e.segment > rest || (e.segment == rest && e.kind == EventKind::countdown);
        CHECK(e.t_s == before.events[i].t_s + (moves ? 15.0 : 0.0));
    }
}
