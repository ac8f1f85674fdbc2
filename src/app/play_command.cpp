// `legwork play ROUTINE --headless`: a routine played without a window, as the player screen
// plays it, into the save file.
#include "app/command_library.h"
#include "app/headless_commands.h"
#include "app/json_text.h"
#include "core/platform/user_data_dir.h"
#include "core/progress/save_file.h"
#include "core/session/real_time_play.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace legwork {
namespace {

// "18:32.004": minutes and seconds to the millisecond.
std::string duration_text(double seconds) {
    const long ms = std::lround(seconds * 1000.0);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld.%03ld", ms / 60000, ms / 1000 % 60, ms % 1000);
    return text;
}

// One event as a JSON line: when it was planned and when it fired, what it is, and the
// exercise and side of its segment where it has them.
void write_event(std::FILE* file, const Timeline& timeline, const Event& event, double at_s) {
    const Segment& segment = timeline.segments[event.segment];
    const std::string exercise =
        segment.exercise >= 0 ? json_text(timeline.exercises[segment.exercise].exercise->id) : "null";
    const std::string side = segment.side ? json_text(side_name(*segment.side)) : "null";
    std::fprintf(file,
                 "{\"t_s\": %.3f, \"fired_s\": %.6f, \"kind\": %s, \"text\": %s, \"segment\": %d, "
                 "\"exercise\": %s, \"side\": %s}\n",
                 event.t_s, at_s, json_text(event_kind_name(event.kind)).c_str(),
                 json_text(event.text).c_str(), event.segment, exercise.c_str(), side.c_str());
}

} // namespace

int run_play_command(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("play");
    if (!library) return 1;
    const UserRoutines user = load_user_routines(line, *library, "play");
    const auto routine = std::find_if(user.routines.begin(), user.routines.end(),
                                      [&](const Routine& r) { return r.id == line.routine; });
    if (routine == user.routines.end()) {
        std::fprintf(stderr, "legwork play: no routine '%s' (legwork list routines shows the ids)\n",
                     line.routine.c_str());
        return 1;
    }
    // The events file is opened first: a name that cannot be written stops nothing halfway.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> events(nullptr, &std::fclose);
    if (!line.events.empty()) {
        events.reset(std::fopen(line.events.c_str(), "w"));
        if (!events) {
            std::perror(("legwork play: cannot write " + line.events).c_str());
            return 1;
        }
    }
    // With --now the session starts then and its wall clock runs with the played time.
    const WallClock wall(line.now);
    const WallTime started = wall.now();
    RoutineRun run(plan(*routine, *library, user.timers), started);
    const Timeline& timeline = run.timeline();
    std::printf("Playing %s (%s): %s planned, at %gx real time\n", timeline.routine_name.c_str(),
                timeline.routine_id.c_str(), duration_text(timeline.total_s()).c_str(), line.speed);
    std::fflush(stdout);
    double latest_s = 0.0;
    int fired = 0;
    const RealTimeOutcome outcome =
        play_in_real_time(run, {.speed = line.speed}, [&](const Event& event, double at_s) {
            if (events) write_event(events.get(), timeline, event, at_s);
            latest_s = std::max(latest_s, at_s - event.t_s);
            ++fired;
        });
    if (events && std::fclose(events.release()) != 0) {
        std::perror(("legwork play: cannot write " + line.events).c_str());
        return 1;
    }
    const WallTime ended = line.now ? WallTime{started.utc_s + std::llround(outcome.ended_s), started.utc_offset_s}
                                    : wall.now();
    const SessionRecord record = run.record(ended);
    // At X times real time, a millisecond late in real time is X ms of plan time.
    std::printf("Played %s of %s (%+.1f ms); %d events, the latest %.1f ms after its time "
                "(%.2f ms of real time)\n",
                duration_text(outcome.ended_s).c_str(), duration_text(timeline.total_s()).c_str(),
                (outcome.ended_s - timeline.total_s()) * 1000.0, fired, latest_s * 1000.0,
                latest_s * 1000.0 / line.speed);

    const std::filesystem::path dir = user_data_dir(line.data_dir);
    if (dir.empty()) {
        std::fprintf(stderr, "legwork play: not saved: no place for your data: set HOME, XDG_DATA_HOME "
                             "or LEGWORK_DATA_DIR, or pass --data-dir DIR\n");
        return 1;
    }
    SaveFile save(dir, wall);
    if (!save.notice().empty()) std::fprintf(stderr, "legwork play: %s\n", save.notice().c_str());
    const SaveStatus status = save.record(record);
    if (!status.saved) {
        std::fprintf(stderr, "legwork play: not saved: %s\n", status.message.c_str());
        return 1;
    }
    if (!status.message.empty()) std::fprintf(stderr, "legwork play: %s\n", status.message.c_str());
    std::printf("Saved as session %lld in %s%s\n", static_cast<long long>(status.session_id),
                (dir / kSaveFileName).string().c_str(),
                counts_for_streak(record) ? "; it counts for your streak" : " as a partial session");
    return 0;
}

} // namespace legwork
