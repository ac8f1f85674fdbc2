// The player on a fake monotonic clock, as a headless run drives it: events fall due at their
// planned times however the frames come, and pause, skip, back, more rest, "done" and ending
// early keep the times of the events still to come right.
#include "core/session/player.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace legwork;
using namespace legwork::test;

namespace {

constexpr double kClock0_s = 86400.0 * 30; // a monotonic clock a month after boot

// 2 sets of 5 squats (4 s a rep), 30 s rest: ready 0-10, set 10-30, rest 30-60, set 60-80.
// The library outlives the timelines pointing into it.
Timeline squats() {
    static const Library library = [] {
        Library l;
        l.exercises = {squat(ExerciseSides::both, {.sets = 2, .reps = 5, .rest_s = 30})};
        return l;
    }();
    return plan(routine_of(library), library, {});
}

struct Heard {
    double clock_s; // when update() returned it
    const Event* event;
};

// Runs the clock from `from_s` to `to_s` in uneven frames (1/60 s to 0.1 s), updating.
std::vector<Heard> run(Player& player, double from_s, double to_s) {
    static constexpr double kFrames_s[] = {1.0 / 60, 1.0 / 30, 0.1, 0.013, 0.05};
    std::vector<Heard> heard;
    double clock = from_s;
    for (int frame = 0; clock < to_s; ++frame) {
        clock = std::min(to_s, clock + kFrames_s[frame % 5]);
        for (const Event& e : player.update(clock)) heard.push_back({clock, &e});
    }
    return heard;
}

// Each event was heard at the first frame at or after `offset_s` + its planned time.
void check_on_time(const std::vector<Heard>& heard, double offset_s) {
    for (const Heard& h : heard) {
        INFO("'" << h.event->text << "' planned at " << h.event->t_s << ", heard at "
                 << h.clock_s - offset_s);
        CHECK(h.clock_s - offset_s >= h.event->t_s - 1e-9);
        CHECK(h.clock_s - offset_s < h.event->t_s + 0.1 + 1e-9);
    }
}

} // namespace

TEST_CASE("Events fall due at their planned times however the frames come, each once",
          "[session][player]") {
    Player player(squats());
    CHECK(player.state() == PlayerState::ready);
    CHECK(player.update(kClock0_s - 5.0).empty()); // nothing is said before the start
    player.start(kClock0_s);
    const std::vector<Heard> heard = run(player, kClock0_s, kClock0_s + 100.0);
    REQUIRE(heard.size() == player.timeline().events.size());
    for (std::size_t i = 0; i < heard.size(); ++i)
        CHECK(heard[i].event == &player.timeline().events[i]);
    check_on_time(heard, kClock0_s);
    CHECK(player.state() == PlayerState::finished);
    CHECK_FALSE(player.ended_early());
    CHECK(player.time_s() == 80.0);
    CHECK(heard.back().event->kind == EventKind::routineComplete);
}

TEST_CASE("A pause holds the plan - the events after it come as late as the pause was long",
          "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    const auto before = run(player, kClock0_s, kClock0_s + 12.3);
    check_on_time(before, kClock0_s);
    player.pause(kClock0_s + 12.3);
    CHECK(player.state() == PlayerState::paused);
    CHECK(run(player, kClock0_s + 12.3, kClock0_s + 19.3).empty());
    CHECK(player.time_s() == Approx(12.3));
    CHECK(player.segment_left_s() == Approx(1.7)); // rep 1 is 10-14
    player.resume(kClock0_s + 19.3);
    const auto after = run(player, kClock0_s + 19.3, kClock0_s + 100.0);
    CHECK(before.size() + after.size() == player.timeline().events.size());
    check_on_time(after, kClock0_s + 7.0);
}

TEST_CASE("Skip goes to what comes next, the rest of a set as a whole", "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    run(player, kClock0_s, kClock0_s + 13.0);
    player.skip(kClock0_s + 13.0);
    CHECK(player.current().kind == SegmentKind::rest);
    CHECK(player.time_s() == 30.0);
    const auto heard = run(player, kClock0_s + 13.0, kClock0_s + 100.0);
    check_on_time(heard, kClock0_s + 13.0 - 30.0);
    for (const Heard& h : heard) CHECK(h.event->t_s >= 30.0); // reps 2-5 of set 1: skipped

    // Skipping a rest starts the set after it.
    Player rest(squats());
    rest.start(kClock0_s);
    run(rest, kClock0_s, kClock0_s + 40.0);
    rest.skip(kClock0_s + 40.0);
    CHECK(rest.current().kind == SegmentKind::work);
    CHECK(rest.current().set == 2);
    CHECK(rest.current().rep == 1);
    CHECK(rest.time_s() == 60.0);
}

TEST_CASE("Back restarts the set under way, or goes to the one before in its first 2 s",
          "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    run(player, kClock0_s, kClock0_s + 21.0);
    player.back(kClock0_s + 21.0);
    CHECK(player.time_s() == 10.0); // set 1 again, from its first rep
    CHECK(player.current().rep == 1);
    const auto again = run(player, kClock0_s + 21.0, kClock0_s + 22.0);
    REQUIRE_FALSE(again.empty());
    CHECK(again.front().event->t_s == 10.0); // its first cue, said again

    run(player, kClock0_s + 22.0, kClock0_s + 42.5); // 1.5 s into the rest
    CHECK(player.current().kind == SegmentKind::rest);
    player.back(kClock0_s + 42.5);
    CHECK(player.time_s() == 10.0);
    const auto replay = run(player, kClock0_s + 42.5, kClock0_s + 200.0);
    check_on_time(replay, kClock0_s + 42.5 - 10.0);
    CHECK(player.state() == PlayerState::finished);
}

TEST_CASE("More rest lengthens the rest under way and gives its countdown at the new end",
          "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    const auto before = run(player, kClock0_s, kClock0_s + 58.5); // beeps at 57 and 58 heard
    CHECK(before.back().event->text == "2");
    CHECK(player.add_rest(kClock0_s + 58.5));
    CHECK(player.timeline().total_s() == 95.0);
    CHECK(player.segment_left_s() == Approx(16.5));
    const auto after = run(player, kClock0_s + 58.5, kClock0_s + 200.0);
    check_on_time(after, kClock0_s);
    REQUIRE(after.size() >= 3);
    CHECK(after[0].event->text == "3");
    CHECK(after[0].event->t_s == 72.0);
    CHECK(after[1].event->t_s == 73.0);
    CHECK(after[2].event->t_s == 74.0);
    CHECK(player.time_s() == 95.0);

    // Not while working.
    Player working(squats());
    working.start(kClock0_s);
    run(working, kClock0_s, kClock0_s + 12.0);
    CHECK_FALSE(working.add_rest(kClock0_s + 12.0));
    CHECK(working.timeline().total_s() == 80.0);
}

TEST_CASE("A set that waits for done holds at its end until done - with a cap it moves on",
          "[session][player]") {
    Library library;
    library.exercises = {
        squat(ExerciseSides::both, {.measure = DoseMeasure::distance, .distance_m = 50}),
        hold(ExerciseSides::both, {.measure = DoseMeasure::hold, .reps = 1, .hold_s = 5})};
    // Ready 0-10, walk 10-70, rest 70-100, hold 100-108.5.
    Player player(plan(routine_of(library), library, {}));
    player.start(kClock0_s);
    run(player, kClock0_s, kClock0_s + 90.0);
    CHECK(player.state() == PlayerState::waitingForDone);
    CHECK(player.time_s() == 70.0);
    CHECK(player.current().waits_for_done);
    CHECK(player.segment_left_s() == 0.0);
    // The next exercise is not announced while the walk goes on.
    for (const Event& e : player.update(kClock0_s + 95.0)) FAIL("heard " << e.text);
    player.done_pressed(kClock0_s + 95.0);
    CHECK(player.state() == PlayerState::running);
    const auto heard = run(player, kClock0_s + 95.0, kClock0_s + 200.0);
    REQUIRE_FALSE(heard.empty());
    CHECK(heard.front().event->kind == EventKind::exerciseAnnounced);
    check_on_time(heard, kClock0_s + 25.0);

    // Done before the planned end ends the set there.
    Player early(plan(routine_of(library), library, {}));
    early.start(kClock0_s);
    run(early, kClock0_s, kClock0_s + 40.0);
    early.done_pressed(kClock0_s + 40.0);
    CHECK(early.time_s() == 70.0);
    CHECK(early.current().kind == SegmentKind::restBetweenExercises);

    // With a cap, the end of the plan ends it.
    library.exercises[0].dose.cap_s = 45.0f;
    Player capped(plan(routine_of(library), library, {}));
    capped.start(kClock0_s);
    check_on_time(run(capped, kClock0_s, kClock0_s + 200.0), kClock0_s);
    CHECK(capped.state() == PlayerState::finished);
}

TEST_CASE("Ending early finishes at once and says nothing more", "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    run(player, kClock0_s, kClock0_s + 25.0);
    player.end_early(kClock0_s + 25.0);
    CHECK(player.state() == PlayerState::finished);
    CHECK(player.ended_early());
    CHECK(player.current().kind == SegmentKind::done);
    CHECK(run(player, kClock0_s + 25.0, kClock0_s + 200.0).empty());
}

TEST_CASE("Each frame's events are a view into the plan's own, and the avatar follows the plan",
          "[session][player]") {
    Player player(squats());
    player.start(kClock0_s);
    const std::vector<Event>& events = player.timeline().events;
    for (double t = 0.0; t < 90.0; t += 0.25) {
        const std::span<const Event> due = player.update(kClock0_s + t);
        if (!due.empty()) {
            CHECK(due.data() >= events.data());
            CHECK(due.data() + due.size() <= events.data() + events.size());
        }
        const AnimationTime now = player.animation();
        const AnimationTime expected =
            animation_time(player.timeline(), player.segment(), player.time_s());
        CHECK(now.exercise == expected.exercise);
        CHECK(now.clip_s == expected.clip_s);
    }
}
