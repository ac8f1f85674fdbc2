#pragma once
// Timeline: a routine planned to the second with the user's timers. Segments follow each
// other with no gap from 0 to the total: get ready, then for each exercise its sets (each
// rep or hold a segment of its own), the switch between sides and the rests, the rest
// before the next exercise, and a last `done` segment of no length. Events are what the
// voice, beeps and captions say, each at a time computed from the plan, never from frame
// times, so nothing drifts.
//
// How a coach would run it:
//  - A rep is one cycle of the exercise's motion. The tempo (Dose::tempo_s, seconds per
//    rep) scales every moving phase; a held rep holds its `hold` phase for hold_s on top.
//  - One-side-at-a-time exercises do a set on one side, switch, then the other side, then
//    rest; alternating ones take turns rep by rep. Both start on the weaker side when the
//    user says so, which may also get one set more at the end.
//  - Reps are counted at the end of each rep. Form cues: one cue on the first rep of each
//    set (on each side) and on every third rep after it (4, 7, 10...), taking the
//    exercise's cues in turn so each is heard, at the start of the cue's phase.
//  - "Last one" at the start of a set's last rep; "halfway" once half the reps of a set of
//    8 or more are counted, and half way through a hold or timed set of 20 s or more.
//  - Beeps at 3, 2 and 1 s before the end of every hold, timed set, rest and countdown.
//  - A distance, or reps at the person's own pace, is one segment that waits for "done"
//    (the player holds at its end until then), or ends at its cap when the dose has one.
//    Its planned length is the cap, else an estimate: kWalk_s_per_m per metre (50 m of
//    heel walking is about a minute), or the reps at the motion's tempo.

#include "core/anim/body_angles.h"
#include "core/content/library.h"
#include "core/session/timer_settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace legwork {

inline constexpr double kWalk_s_per_m = 1.2;
inline constexpr int kCountdownBeeps = 3;
inline constexpr int kHalfwayMinReps = 8;
inline constexpr double kHalfwayMinHold_s = 20.0;
inline constexpr int kCueEveryReps = 3;

enum class SegmentKind : std::uint8_t {
    getReady,             // before the first exercise
    work,                 // a rep or hold, or a whole timed, distance or own-pace set
    switchSides,          // between the two sides of a one-sided set
    rest,                 // between sets
    restBetweenExercises, // before the next exercise
    done,                 // the end: no length
};
inline constexpr int kSegmentKindCount = 6;
// JSON name ("switch-sides").
std::string_view segment_kind_name(SegmentKind kind);

enum class EventKind : std::uint8_t {
    exerciseAnnounced, // the exercise coming, with its dose
    switchSides,
    extraSet,   // one more set for the weaker side
    repCounted, // its text is the number
    lastRep,
    halfway,
    cue,       // a form cue, at its phase
    countdown, // a beep: its text is 3, 2 or 1
    routineComplete,
};
inline constexpr int kEventKindCount = 9;
// JSON name ("rep", "cue", "countdown").
std::string_view event_kind_name(EventKind kind);
// Of events at the same instant and segment, the lower is said first (a voice that is
// still busy drops the rest): announcements, then the count, then the cue.
int speech_order(EventKind kind);

// One routine item as it will be done.
struct PlannedExercise {
    const Exercise* exercise = nullptr; // into the Library given to plan()
    Dose dose;                          // with the routine's and the user's changes
    ExerciseSides sides = ExerciseSides::both;
    Side first_side = Side::left; // one-sided: the side that starts each set
    std::vector<float> phase_s;   // one rep's phases, for ClipOptions::phase_s
    double rep_s = 0.0;           // one rep: the sum of phase_s
    std::string note_prompt;      // self-tests: what to note for each side afterwards
};

struct Segment {
    SegmentKind kind = SegmentKind::work;
    int exercise = -1; // into Timeline::exercises: worked, or coming after a rest; -1 when done
    std::optional<Side> side; // the working side of a one-sided rep or set, the side coming
                              // after switchSides; nothing when both legs or turns
    int set = 0;              // 1-based for work, switchSides and rest (the set coming); else 0
    int rep = 0;              // 1-based per side for reps and holds; 0 for a whole set or a rest
    double start_s = 0.0;
    double end_s = 0.0;
    bool waits_for_done = false; // ends when the person says done, or at end_s when capped
};

struct Event {
    double t_s = 0.0;
    EventKind kind = EventKind::cue;
    int segment = 0; // the segment it belongs to (starts, ends or falls in)
    std::string text;
};

struct Timeline {
    std::string routine_id;
    std::string routine_name;
    std::vector<PlannedExercise> exercises; // one per routine item, in order
    std::vector<Segment> segments;          // contiguous from 0, the last one `done`
    std::vector<Event> events;              // by time, then segment, then speech order

    double total_s() const { return segments.back().end_s; }
    // The dose of the exercise a segment belongs to (not for `done`).
    const Dose& dose(const Segment& segment) const { return exercises[segment.exercise].dose; }
};

// The routine's timeline with the user's timers. Every item must name an exercise of
// `library` (load_library() and check_routine() drop those that do not); the timeline
// points into `library`, which must outlive it. Distances are announced in `units`.
Timeline plan(const Routine& routine, const Library& library, const TimerSettings& settings,
              Units units = Units::metric);

// Adds `extra_s` to a rest-like segment (get ready, switch sides, rest), moving its countdown
// and everything after it later by as much.
void lengthen_rest(Timeline& timeline, int segment, double extra_s);

// Whether a segment is a pause between work the user may lengthen.
bool is_rest(SegmentKind kind);

// Whether two segments are reps of one set on one side (or taking turns): what skipping and
// going back treat as a whole. A segment that is not a rep is a whole of its own.
bool same_set(const Timeline& timeline, const Segment& a, const Segment& b);

} // namespace legwork
