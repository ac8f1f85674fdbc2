#include "core/session/real_time_play.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <thread>

namespace legwork {

RealTimeOutcome play_in_real_time(RoutineRun& run, const RealTimePlay& play,
                                  const std::function<void(const Event&, double at_s)>& fired) {
    assert(play.speed > 0.0 && play.tick_s > 0.0 && "a positive speed and tick");
    using Clock = std::chrono::steady_clock;
    const Clock::time_point t0 = Clock::now();
    const auto clock_s = [&](Clock::time_point t) {
        return std::chrono::duration<double>(t - t0).count() * play.speed;
    };
    const std::vector<Event>& events = run.timeline().events;
    // The routine clock minus the plan time: it grows only by how late "done" is said.
    double behind_s = 0.0;
    std::size_t next_event = 0;
    run.start(0.0);
    for (;;) {
        const double now_s = clock_s(Clock::now());
        if (now_s >= play.stop_at_s + behind_s) run.command(RunCommand::endEarly, now_s);
        for (const Event& event : run.update(now_s)) {
            fired(event, now_s - behind_s);
            next_event = static_cast<std::size_t>(&event - events.data()) + 1;
        }
        const Player& player = run.player();
        if (player.state() == PlayerState::finished) return {.ended_s = now_s - behind_s};
        if (player.state() == PlayerState::waitingForDone) {
            run.command(RunCommand::done, now_s);
            behind_s = now_s - run.player().time_s();
            continue;
        }
        // Wake for the next event, the end of a set that waits for "done", or the stop.
        double wake_s = std::min(play.stop_at_s, run.timeline().total_s());
        if (next_event < events.size()) wake_s = std::min(wake_s, events[next_event].t_s);
        if (player.current().waits_for_done) wake_s = std::min(wake_s, player.current().end_s);
        const auto wake = t0 + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double>((wake_s + behind_s) / play.speed));
        const auto tick = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(play.tick_s));
        std::this_thread::sleep_until(std::min(wake, tick));
    }
}

} // namespace legwork
