// A routine run from start to session: the work counted is the plan time that really ran
// (a pause adds none, a skip leaves work undone, going back does it again), commands never
// swallow events, and self-test notes are drafted per side and go with the session.
#include "core/session/routine_run.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace legwork;
using namespace legwork::test;

namespace {

const WallTime kStarted{1710091800, 3600}; // 2024-03-10T18:30:00+01:00

// 2 sets of 5 squats on each side (4 s a rep), then a hold, both legs. The squat item is a
// self-test with a mistake to choose. The library outlives the timelines pointing into it.
const Library& library() {
    static const Library library = [] {
        Library l;
        l.exercises = {squat(ExerciseSides::each, {.sets = 2, .reps = 5, .rest_s = 30}),
                       hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .reps = 1, .hold_s = 5})};
        l.exercises[0].id = "squat-test";
        MotionVariant mistake;
        mistake.id = "knees-cave-in";
        mistake.title = "Knees cave in";
        l.exercises[0].motion.variants.push_back(mistake);
        l.exercises[1].id = "plank";
        return l;
    }();
    return library;
}

Timeline squats(WeakerSide weaker = WeakerSide::none) {
    Routine routine = routine_of(library());
    routine.items[0].note_prompt = "Did a knee cave in?";
    TimerSettings timers;
    timers.general.weaker_side = weaker;
    return plan(routine, library(), timers);
}

// Runs the clock from `from_s` to `to_s` a frame at a time; the events heard.
std::vector<const Event*> play(RoutineRun& run, double from_s, double to_s) {
    std::vector<const Event*> heard;
    for (double clock = from_s; clock < to_s;) {
        clock = std::min(to_s, clock + 1.0 / 60.0);
        for (const Event& e : run.update(clock)) heard.push_back(&e);
    }
    return heard;
}

double total_worked(const RoutineRun& run) {
    return std::accumulate(run.worked_s().begin(), run.worked_s().end(), 0.0);
}

int first_work(const Timeline& timeline, int exercise, int set) {
    for (std::size_t i = 0; i < timeline.segments.size(); ++i) {
        const Segment& s = timeline.segments[i];
        if (s.kind == SegmentKind::work && s.exercise == exercise && s.set == set) return static_cast<int>(i);
    }
    FAIL("no such set");
    return -1;
}

} // namespace

TEST_CASE("A routine played through counts all its work and becomes a session that counts",
          "[session][routine_run]") {
    RoutineRun run(squats(), kStarted);
    const Timeline& timeline = run.timeline();
    run.start(100.0);
    const auto heard = play(run, 100.0, 100.0 + timeline.total_s() + 1.0);
    CHECK(heard.size() == timeline.events.size());
    REQUIRE(run.ready_to_record());
    CHECK(total_worked(run) == Approx(timeline.total_s()));
    for (std::size_t i = 0; i < timeline.segments.size(); ++i)
        CHECK(run.worked_s()[i] == Approx(timeline.segments[i].end_s - timeline.segments[i].start_s).margin(1e-9));
    const WallTime end{kStarted.utc_s + static_cast<std::int64_t>(timeline.total_s()), 3600};
    const SessionRecord record = run.record(end);
    CHECK_FALSE(run.ready_to_record());
    CHECK(record.start_utc_s == kStarted.utc_s);
    CHECK(record.end_utc_s == end.utc_s);
    CHECK(record.local_date == *parse_date("2024-03-10"));
    CHECK(record.completed_work_s == record.planned_work_s);
    REQUIRE(record.results.size() == 3); // squats left and right, the plank
    CHECK(record.results[0].reps_done == 10);
    CHECK(record.results[1].reps_done == 10);
    CHECK(counts_for_streak(record));
    CHECK(record.notes.empty()); // nothing noted
}

TEST_CASE("A pause adds no work; skipping a set leaves it undone; going back does it again",
          "[session][routine_run]") {
    RoutineRun run(squats(), kStarted);
    const Timeline& timeline = run.timeline();
    run.start(0.0);
    const double first_set = timeline.segments[first_work(timeline, 0, 1)].start_s;

    SECTION("paused for a minute in the first set") {
        play(run, 0.0, first_set + 2.0);
        run.command(RunCommand::pause, first_set + 2.0);
        play(run, first_set + 2.0, first_set + 62.0);
        CHECK(total_worked(run) == Approx(first_set + 2.0));
        run.command(RunCommand::resume, first_set + 62.0);
        play(run, first_set + 62.0, timeline.total_s() + 61.0);
        REQUIRE(run.ready_to_record());
        CHECK(total_worked(run) == Approx(timeline.total_s()));
        CHECK(run.record({}).completed_work_s == run.record({}).planned_work_s);
    }
    SECTION("the first set skipped one second in") {
        play(run, 0.0, first_set + 1.0);
        run.command(RunCommand::skip, first_set + 1.0);
        CHECK(run.player().current().kind != SegmentKind::work);
        play(run, first_set + 1.0, timeline.total_s() + 60.0);
        const SessionRecord record = run.record({});
        CHECK(record.results[0].reps_done == 5); // the left side's second set only
        CHECK(record.results[1].reps_done == 10);
        CHECK(record.completed_work_s == record.planned_work_s - 19); // its first second was done
    }
    SECTION("back to the start of the set, three reps in: done again, counted once") {
        play(run, 0.0, first_set + 12.0);
        run.command(RunCommand::back, first_set + 12.0);
        CHECK(run.player().time_s() == first_set);
        CHECK(run.worked_s()[first_work(timeline, 0, 1)] == Approx(4.0));
        play(run, first_set + 12.0, timeline.total_s() + 20.0);
        const SessionRecord record = run.record({});
        CHECK(record.results[0].reps_done == 10);
        CHECK(record.completed_work_s == record.planned_work_s);
    }
}

TEST_CASE("A command does not swallow the events that fell due before it", "[session][routine_run]") {
    RoutineRun run(squats(), kStarted);
    run.start(0.0);
    (void)run.update(0.0);
    const double first_set = run.timeline().segments[first_work(run.timeline(), 0, 1)].start_s;
    // No frame between the start and a pause in the first rep: its announcement is still to come.
    run.command(RunCommand::pause, first_set + 1.0);
    const auto heard = run.update(first_set + 1.0);
    REQUIRE_FALSE(heard.empty());
    CHECK(std::any_of(heard.begin(), heard.end(),
                      [](const Event& e) { return e.kind == EventKind::countdown; }));
    CHECK(total_worked(run) == Approx(first_set + 1.0));
}

TEST_CASE("Self-test notes are drafted per side, in the order worked, and saved with the session",
          "[session][routine_run][notes]") {
    RoutineRun run(squats(WeakerSide::right), kStarted);
    REQUIRE(run.drafts().size() == 2); // the squat test's two sides; the plank has no prompt
    CHECK(run.drafts()[0].side == SessionSide::right); // the weaker side goes first
    CHECK(run.drafts()[1].side == SessionSide::left);
    CHECK(run.drafts_of(0).size() == 2);
    CHECK(run.drafts_of(1).empty());
    REQUIRE(run.drafts()[0].choices == std::vector<std::string>{"Looked good", "Knees cave in"});

    run.toggle_choice(0, 1);
    run.set_typed(0, "  worse at the bottom ");
    run.toggle_choice(1, 0);
    run.toggle_choice(1, 1);
    run.toggle_choice(1, 1); // ticked, then unticked
    const std::vector<SelfTestNote> notes = run.notes();
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].exercise_id == "squat-test");
    CHECK(notes[0].side == SessionSide::right);
    CHECK(notes[0].text == "Knees cave in. worse at the bottom");
    CHECK(notes[1].text == "Looked good");

    run.start(0.0);
    run.command(RunCommand::endEarly, 5.0);
    const SessionRecord record = run.record({});
    REQUIRE(record.notes.size() == 2);
    CHECK(record.notes[1].side == SessionSide::left);
    run.set_typed(1, std::string(kMaxNoteTyped + 50, 'x'));
    CHECK(run.drafts()[1].typed.size() == kMaxNoteTyped);
    run.set_typed(1, "");
    run.toggle_choice(1, 0);
    CHECK(run.notes().size() == 1); // a side with nothing noted has no note
}

TEST_CASE("A note's words: the ticked choices, then what was typed", "[session][routine_run][notes]") {
    SelfTestDraft draft;
    draft.choices = {"Looked good", "Knees cave in", "Heels lift"};
    CHECK(note_text(draft).empty());
    draft.typed = "  \n";
    CHECK(note_text(draft).empty());
    draft.chosen = 0b110;
    CHECK(note_text(draft) == "Knees cave in, Heels lift");
    draft.typed = "left more than right";
    CHECK(note_text(draft) == "Knees cave in, Heels lift. left more than right");
    draft.chosen = 0;
    CHECK(note_text(draft) == "left more than right");
}

TEST_CASE("A self-test's notes open in its switch and rests and in the rest after it, never during work",
          "[session][routine_run][notes]") {
    RoutineRun run(squats(), kStarted);
    const Timeline& timeline = run.timeline();
    run.start(0.0);
    bool opened_after = false;
    // Walk the plan segment by segment: the player's position is what decides.
    for (std::size_t i = 0; i + 1 < timeline.segments.size(); ++i) {
        const Segment& segment = timeline.segments[i];
        play(run, run.player().time_s(), 0.5 * (segment.start_s + segment.end_s));
        REQUIRE(run.player().segment() == static_cast<int>(i));
        INFO("segment " << i << ", exercise " << segment.exercise);
        const int noting = run.noting_exercise();
        switch (segment.kind) {
        case SegmentKind::switchSides:
        case SegmentKind::rest:
            CHECK(noting == (segment.exercise == 0 ? 0 : -1)); // the plank has no prompt
            break;
        case SegmentKind::restBetweenExercises:
            CHECK(noting == 0); // before the plank: the squat test just done
            opened_after = true;
            break;
        default:
            CHECK(noting == -1);
        }
        play(run, run.player().time_s(), segment.end_s + 1e-3);
    }
    CHECK(opened_after);
}
