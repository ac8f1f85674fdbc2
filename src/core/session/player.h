#pragma once
// Player: runs a Timeline from a monotonic clock the caller reads (the app's, or a fake one
// a headless run advances). The position in the plan is computed from the clock and the
// last command, never by adding up frame times, so events fall due at their planned times
// however the frames come. Every call takes the clock's time in seconds; update() runs
// every frame and allocates nothing.
//
// Commands: pause and resume; skip to what comes next (the rest of a set is skipped as a
// whole); back to the start of the set or rest under way, or to the one before when it
// started less than kBackToPrevious_s ago; add rest (get ready, switch sides and rests
// only); end early; "done" ends a set that waits for it. When a set that waits for "done"
// and has no cap reaches its planned end, the player holds there until "done".

#include "core/session/animation_time.h"
#include "core/session/timeline.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace legwork {

inline constexpr double kAddRest_s = 15.0;
inline constexpr double kBackToPrevious_s = 2.0;

enum class PlayerState : std::uint8_t {
    ready, // not started
    running,
    paused,
    waitingForDone, // at the end of a set that waits for "done"
    finished,       // at the `done` segment, completed or ended early
};

class Player {
public:
    explicit Player(Timeline timeline);

    const Timeline& timeline() const { return timeline_; }
    PlayerState state() const { return state_; }
    bool ended_early() const { return ended_early_; }
    // Seconds into the plan, as of the last call.
    double time_s() const { return time_s_; }
    // Index into timeline().segments, as of the last call.
    int segment() const { return segment_; }
    const Segment& current() const { return timeline_.segments[segment_]; }
    // Seconds until the current segment ends as planned (0 while waiting for "done").
    double segment_left_s() const { return current().end_s - time_s_; }
    // What the avatar plays now.
    AnimationTime animation() const { return animation_time(timeline_, segment_, time_s_); }

    // Starts the plan from 0 at `now_s`.
    void start(double now_s);
    // Moves the plan to `now_s` and returns the events that fell due since the last update,
    // in order (a view into timeline().events, valid until the next command).
    std::span<const Event> update(double now_s);
    // Moves the plan to `now_s` without taking its events: the next update() returns them.
    void advance(double now_s);

    void pause(double now_s);
    void resume(double now_s);
    void skip(double now_s);
    void back(double now_s);
    // Lengthens the rest under way by `extra_s`; false (and nothing changes) outside a rest.
    bool add_rest(double now_s, double extra_s = kAddRest_s);
    void end_early(double now_s);
    // Ends a set that waits for "done"; nothing otherwise.
    void done_pressed(double now_s);

private:
    // Moves to the start of segment `index`, its events to come.
    void seek(int index, double now_s);
    // The first and one-past-last segment of the set or rest `index` belongs to.
    int block_start(int index) const;
    int block_end(int index) const;

    Timeline timeline_;
    PlayerState state_ = PlayerState::ready;
    bool ended_early_ = false;
    double anchor_plan_s_ = 0.0;  // plan time at anchor_clock_s_
    double anchor_clock_s_ = 0.0; // clock time of the last start, resume or jump
    double time_s_ = 0.0;
    int segment_ = 0;
    std::size_t next_event_ = 0; // the first event not yet returned by update()
};

} // namespace legwork
