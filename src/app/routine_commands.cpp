// The headless routine commands: `legwork list routines` and `legwork plan ROUTINE`.
#include "app/command_library.h"
#include "app/headless_commands.h"
#include "app/json_text.h"
#include "core/session/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace legwork {
namespace {

// "1:05", "12:30": minutes and seconds, rounded to the second.
std::string clock_text(double seconds) {
    const long whole = std::lround(seconds);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", whole / 60, whole % 60);
    return text;
}

// One line of the plan in words: a whole set, a rest, a switch.
std::string block_text(const Timeline& timeline, int first, int count) {
    const Segment& s = timeline.segments[first];
    if (s.kind == SegmentKind::done) return "done";
    const PlannedExercise& planned = timeline.exercises[s.exercise];
    const std::string& name = planned.exercise->name;
    switch (s.kind) {
    case SegmentKind::getReady:
        return "get ready: " + name;
    case SegmentKind::switchSides:
        return "switch to the " + std::string(side_name(*s.side)) + " side";
    case SegmentKind::rest:
        return "rest";
    case SegmentKind::restBetweenExercises:
        return "rest, then " + name;
    default:
        break;
    }
    const bool turns = count > 1 && timeline.segments[first + 1].side != s.side;
    std::string text = name + ", set " + std::to_string(s.set);
    if (s.side && !turns) text += ", " + std::string(side_name(*s.side));
    if (s.waits_for_done) return text + ": until done";
    if (s.rep == 0) return text;
    const int reps = turns ? count / 2 : count;
    const bool holds = planned.dose.measure == DoseMeasure::hold;
    return text + ": " + std::to_string(reps) + (holds ? " holds" : " reps") +
           (turns ? " per side, taking turns" : "");
}

void print_plan_text(const Timeline& timeline) {
    std::printf("%s: %s\n", timeline.routine_name.c_str(), clock_text(timeline.total_s()).c_str());
    const auto& segments = timeline.segments;
    for (int first = 0; first < static_cast<int>(segments.size());) {
        int end = first + 1;
        while (end < static_cast<int>(segments.size()) &&
               same_set(timeline, segments[end - 1], segments[end]))
            ++end;
        std::printf("%7s  %7s  %s\n", clock_text(segments[first].start_s).c_str(),
                    clock_text(segments[end - 1].end_s - segments[first].start_s).c_str(),
                    block_text(timeline, first, end - first).c_str());
        first = end;
    }
}

void print_plan_json(const Timeline& timeline) {
    std::printf("{\n  \"routine\": %s,\n  \"name\": %s,\n  \"total_s\": %.3f,\n",
                json_text(timeline.routine_id).c_str(), json_text(timeline.routine_name).c_str(),
                timeline.total_s());
    std::printf("  \"exercises\": [\n");
    for (std::size_t i = 0; i < timeline.exercises.size(); ++i) {
        const PlannedExercise& e = timeline.exercises[i];
        std::printf("    {\"id\": %s, \"name\": %s, \"sides\": %s, \"dose\": %s, \"rep_s\": %.3f, "
                    "\"cap_s\": %.3f, \"note_prompt\": %s}%s\n",
                    json_text(e.exercise->id).c_str(), json_text(e.exercise->name).c_str(),
                    json_text(exercise_sides_name(e.sides)).c_str(),
                    json_text(dose_text(e.dose, e.sides)).c_str(), e.rep_s, e.dose.cap_s,
                    json_text(e.note_prompt).c_str(), i + 1 < timeline.exercises.size() ? "," : "");
    }
    std::printf("  ],\n  \"segments\": [\n");
    for (std::size_t i = 0; i < timeline.segments.size(); ++i) {
        const Segment& s = timeline.segments[i];
        std::printf("    {\"kind\": %s, \"exercise\": %s, \"side\": %s, \"set\": %d, \"rep\": %d, "
                    "\"start_s\": %.3f, \"end_s\": %.3f, \"waits_for_done\": %s}%s\n",
                    json_text(segment_kind_name(s.kind)).c_str(),
                    s.exercise < 0 ? "null"
                                   : json_text(timeline.exercises[s.exercise].exercise->id).c_str(),
                    s.side ? json_text(side_name(*s.side)).c_str() : "null", s.set, s.rep,
                    s.start_s, s.end_s, s.waits_for_done ? "true" : "false",
                    i + 1 < timeline.segments.size() ? "," : "");
    }
    std::printf("  ],\n  \"events\": [\n");
    for (std::size_t i = 0; i < timeline.events.size(); ++i) {
        const Event& e = timeline.events[i];
        std::printf("    {\"t_s\": %.3f, \"kind\": %s, \"text\": %s, \"segment\": %d}%s\n", e.t_s,
                    json_text(event_kind_name(e.kind)).c_str(), json_text(e.text).c_str(),
                    e.segment, i + 1 < timeline.events.size() ? "," : "");
    }
    std::printf("  ]\n}\n");
}

bool is_built_in(const Library& library, const Routine& routine) {
    const Routine* built_in = library.routine(routine.id);
    return built_in && built_in->file == routine.file;
}

} // namespace

int run_list_routines_command(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("list");
    if (!library) return 1;
    const std::vector<Routine> routines = load_user_routines(line, *library, "list").routines;
    const TimerSettings defaults;
    if (!line.json) {
        for (const Routine& r : routines)
            std::printf("%-32s %-34s %6s%s\n", r.id.c_str(), r.name.c_str(),
                        clock_text(plan(r, *library, defaults).total_s()).c_str(),
                        is_built_in(*library, r) ? "" : "  (yours)");
        return 0;
    }
    std::printf("[\n");
    for (std::size_t i = 0; i < routines.size(); ++i) {
        const Routine& r = routines[i];
        std::string exercises = "[";
        for (const RoutineItem& item : r.items)
            exercises +=
                std::string(exercises.size() > 1 ? ", " : "") + json_text(item.exercise.id);
        std::printf("  {\"id\": %s, \"name\": %s, \"summary\": %s, \"duration_s\": %.3f, "
                    "\"exercises\": %s], \"yours\": %s}%s\n",
                    json_text(r.id).c_str(), json_text(r.name).c_str(),
                    json_text(r.summary).c_str(), plan(r, *library, defaults).total_s(),
                    exercises.c_str(), is_built_in(*library, r) ? "false" : "true",
                    i + 1 < routines.size() ? "," : "");
    }
    std::printf("]\n");
    return 0;
}

int run_plan_command(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("plan");
    if (!library) return 1;
    const UserRoutines user = load_user_routines(line, *library, "plan");
    const auto routine = std::find_if(user.routines.begin(), user.routines.end(),
                                      [&](const Routine& r) { return r.id == line.routine; });
    if (routine == user.routines.end()) {
        std::fprintf(stderr, "legwork plan: no routine '%s' (see legwork list routines)\n",
                     line.routine.c_str());
        return 1;
    }
    const Timeline timeline = plan(*routine, *library, user.timers);
    if (line.json)
        print_plan_json(timeline);
    else
        print_plan_text(timeline);
    return 0;
}

} // namespace legwork
