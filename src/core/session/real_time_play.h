#pragma once
// Playing a routine with no window: the steady clock, scaled by a speed, drives the
// RoutineRun, and the thread sleeps until the next event is due, a frame at most, so events
// fire as late as they would in the app's frame loop and never drift. No one is there to
// say "done": a set that waits for it is done at its planned end. `legwork play` and the
// routine-timing benchmark run routines this way.

#include "core/session/routine_run.h"

#include <functional>
#include <limits>

namespace legwork {

struct RealTimePlay {
    double speed = 1.0;         // plan seconds per real second
    double tick_s = 1.0 / 60.0; // the longest sleep between looks at the clock, real seconds
    // Ends the run early at this plan time (a benchmark's sample of a long routine).
    double stop_at_s = std::numeric_limits<double>::infinity();
};

// How a routine played: when it ended on the routine clock (plan seconds since its start,
// counted in real time times the speed), against the plan.
struct RealTimeOutcome {
    double ended_s = 0.0; // the routine clock when the run was seen finished
};

// Starts `run` and plays it to its end as `play` says, calling `fired(event, at_s)` for every
// event as it falls due, in order, where `at_s` is the plan time it fired at (its t_s plus
// how late it was). Blocks until the end.
RealTimeOutcome play_in_real_time(RoutineRun& run, const RealTimePlay& play,
                                  const std::function<void(const Event&, double at_s)>& fired);

} // namespace legwork
