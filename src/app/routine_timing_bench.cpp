// `legwork bench --routine-timing`: how closely a routine played on the real clock keeps to
// its plan. Two runs of the routine nearest 20 minutes, with the default timers: its first N
// seconds at real speed (every event's lateness against one 60 Hz frame, and the error of the
// stop), then the whole routine faster (the error of its end, in real and plan time).
#include "app/command_library.h"
#include "app/headless_commands.h"
#include "app/json_text.h"
#include "core/session/real_time_play.h"
#include "core/stats/percentile.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace legwork {
namespace {

constexpr double kFrame_ms = 1000.0 / 60.0;
constexpr double kClaim_s = 20.0 * 60.0; // the routine length the timing is claimed for

struct TimedRun {
    std::vector<double> late_ms; // per event, real milliseconds after its planned time
    double end_error_ms = 0.0;   // real milliseconds the run ended after its planned end
    double planned_end_s = 0.0;
};

TimedRun timed_run(const Timeline& timeline, double speed, double stop_at_s) {
    RoutineRun run(timeline, {});
    TimedRun timed;
    timed.late_ms.reserve(timeline.events.size());
    timed.planned_end_s = std::min(stop_at_s, timeline.total_s());
    const RealTimeOutcome outcome =
        play_in_real_time(run, {.speed = speed, .stop_at_s = stop_at_s}, [&](const Event& event, double at_s) {
            timed.late_ms.push_back((at_s - event.t_s) / speed * 1000.0);
        });
    timed.end_error_ms = (outcome.ended_s - timed.planned_end_s) / speed * 1000.0;
    return timed;
}

} // namespace

int run_routine_timing_bench(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("bench");
    if (!library) return 1;
    if (library->routines.empty()) {
        std::fprintf(stderr, "legwork bench: no routines in the content folder\n");
        return 1;
    }
    const TimerSettings defaults;
    std::optional<Timeline> timeline;
    for (const Routine& routine : library->routines) {
        Timeline planned = plan(routine, *library, defaults);
        if (!timeline || std::abs(planned.total_s() - kClaim_s) < std::abs(timeline->total_s() - kClaim_s))
            timeline = std::move(planned);
    }
    const double sample_s = line.seconds;
    if (!line.json)
        std::printf("legwork bench --routine-timing: %s (%.0f s planned), %d s at real speed...\n",
                    timeline->routine_id.c_str(), timeline->total_s(), line.seconds);
    std::fflush(stdout);
    TimedRun real = timed_run(*timeline, 1.0, sample_s);
    // The whole routine in about as long again.
    const double speed = std::max(1.0, std::ceil(timeline->total_s() / sample_s));
    TimedRun whole = timed_run(*timeline, speed, timeline->total_s() + 1.0);
    const std::size_t events = real.late_ms.size();
    const long within_frame = std::count_if(real.late_ms.begin(), real.late_ms.end(),
                                            [](double ms) { return ms <= kFrame_ms; });
    const double median = percentile(real.late_ms, 50.0), max = percentile(real.late_ms, 100.0);
    const double whole_max = percentile(whole.late_ms, 100.0);

    if (line.json) {
        std::printf("{\"routine\": %s, \"routine_s\": %.3f, \"sample_s\": %.3f, \"events\": %zu, "
                    "\"lateness_ms_median\": %.3f, \"lateness_ms_max\": %.3f, \"frame_ms\": %.3f, "
                    "\"events_within_frame\": %ld, \"end_error_ms\": %.3f, \"full_speed\": %.0f, "
                    "\"full_events\": %zu, \"full_lateness_ms_max\": %.3f, \"full_end_error_ms\": %.3f, "
                    "\"full_end_error_plan_ms\": %.3f}\n",
                    json_text(timeline->routine_id).c_str(), timeline->total_s(), real.planned_end_s, events,
                    median, max, kFrame_ms, within_frame, real.end_error_ms, speed, whole.late_ms.size(),
                    whole_max, whole.end_error_ms, whole.end_error_ms * speed);
        return 0;
    }
    std::printf("  at real speed, %.0f s           %zu events\n", real.planned_end_s, events);
    std::printf("  event lateness median / max  %8.3f / %.3f ms   (%ld of %zu within one %.1f ms frame)\n",
                median, max, within_frame, events, kFrame_ms);
    std::printf("  stop at %.0f s, error          %+8.3f ms\n", real.planned_end_s, real.end_error_ms);
    std::printf("  whole routine at %.0fx          %zu events, the latest %.3f ms (real time)\n", speed,
                whole.late_ms.size(), whole_max);
    std::printf("  its end, error               %+8.3f ms real, %+.1f ms of plan time\n", whole.end_error_ms,
                whole.end_error_ms * speed);
    std::printf("Plan time is read from the clock, never added up step by step, so no error builds up\n"
                "over a routine: at real speed a 20-minute routine ends as late as one event fires\n"
                "(the real-speed figures above). The faster run plays every segment of the whole\n"
                "routine to show it; its error in plan time is its real error times the speed.\n");
    return 0;
}

} // namespace legwork
