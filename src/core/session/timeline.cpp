#include "core/session/timeline.h"

#include "core/anim/motion_clip.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kSegmentKindCount> kSegmentKindNames{
    "get-ready", "work", "switch-sides", "rest", "rest-between-exercises", "done"};
constexpr std::array<std::string_view, kEventKindCount> kEventKindNames{
    "exercise", "switch-sides", "extra-set",       "rep", "last-rep", "halfway",
    "cue",      "countdown",    "routine-complete"};

// One rep's phases: the moving ones at the tempo, a held dose's `hold` phase for hold_s.
std::vector<float> rep_phases(const Motion& motion, const Dose& dose) {
    const int hold = dose.measure == DoseMeasure::hold ? motion.phase_index("hold") : -1;
    float moving_s = 0.0f;
    for (int p = 0; p < static_cast<int>(motion.phases.size()); ++p)
        if (p != hold) moving_s += motion.phases[p].duration_s;
    const float scale = dose.tempo_s > 0.0f && moving_s > 0.0f ? dose.tempo_s / moving_s : 1.0f;
    std::vector<float> phase_s;
    for (int p = 0; p < static_cast<int>(motion.phases.size()); ++p)
        phase_s.push_back(
            std::max(p == hold ? dose.hold_s : motion.phases[p].duration_s * scale, kMinPhase_s));
    return phase_s;
}

// Writes one routine's segments and events, in time order, from 0.
class Planner {
public:
    Planner(Timeline& timeline, const GeneralTimers& general, Units units)
        : tl_(timeline), general_(general), units_(units) {}

    void exercise(int index, double lead_in_s) {
        const PlannedExercise& planned = tl_.exercises[index];
        const Dose& dose = planned.dose;
        const bool one_sided = planned.sides != ExerciseSides::both;
        exercise_ = index;
        cues_given_ = 0;

        std::string text = planned.exercise->name + ": " + dose_text(dose, planned.sides, units_);
        if (one_sided && general_.weaker_side != WeakerSide::none && general_.weaker_side_first)
            text += ", " + std::string(side_name(planned.first_side)) + " side first";
        announce(EventKind::exerciseAnnounced, text + ".");
        rest_like(index == 0 ? SegmentKind::getReady : SegmentKind::restBetweenExercises, lead_in_s,
                  0, std::nullopt);

        const Side first = planned.first_side;
        for (int set = 1; set <= dose.sets; ++set) {
            if (set > 1) rest_like(SegmentKind::rest, dose.rest_s, set, std::nullopt);
            switch (planned.sides) {
            case ExerciseSides::both:
                run(set, std::nullopt, false);
                break;
            case ExerciseSides::each:
                run(set, first, false);
                announce(EventKind::switchSides,
                         "Switch to your " + std::string(side_name(other(first))) + " side.");
                rest_like(SegmentKind::switchSides, general_.switch_sides_s, set, other(first));
                run(set, other(first), false);
                break;
            case ExerciseSides::alternating:
                run(set, first, true);
                break;
            }
        }
        if (one_sided && general_.weaker_side != WeakerSide::none &&
            general_.weaker_side_extra_set) {
            const Side weaker = general_.weaker_side == WeakerSide::left ? Side::left : Side::right;
            announce(EventKind::extraSet, "One more set for your weaker side, the " +
                                              std::string(side_name(weaker)) + ".");
            rest_like(SegmentKind::rest, dose.rest_s, dose.sets + 1, std::nullopt);
            run(dose.sets + 1, weaker, false);
        }
    }

    void finish() {
        exercise_ = -1;
        announce(EventKind::routineComplete, "Routine complete. Well done!");
        add({.kind = SegmentKind::done}, 0.0);
    }

private:
    // An event at the start of the next segment.
    void announce(EventKind kind, std::string text) {
        event(now_, kind, static_cast<int>(tl_.segments.size()), std::move(text));
    }

    void event(double t_s, EventKind kind, int segment, std::string text) {
        tl_.events.push_back({t_s, kind, segment, std::move(text)});
    }

    int add(Segment segment, double length_s) {
        segment.start_s = now_;
        now_ += length_s;
        segment.end_s = now_;
        tl_.segments.push_back(segment);
        return static_cast<int>(tl_.segments.size()) - 1;
    }

    // Beeps at 3, 2 and 1 s before `end_s`, those not before `start_s`.
    void countdown(int segment, double start_s, double end_s) {
        for (int k = kCountdownBeeps; k >= 1; --k)
            if (end_s - k >= start_s)
                event(end_s - k, EventKind::countdown, segment, std::to_string(k));
    }

    // A pause between work with a countdown; none when it has no length.
    void rest_like(SegmentKind kind, double length_s, int set, std::optional<Side> side) {
        if (length_s <= 0.0) return;
        const int s =
            add({.kind = kind, .exercise = exercise_, .side = side, .set = set}, length_s);
        countdown(s, tl_.segments[s].start_s, tl_.segments[s].end_s);
    }

    // The next of the exercise's cues, in turn.
    const FormCue* next_cue() {
        const std::vector<FormCue>& cues = tl_.exercises[exercise_].exercise->cues;
        if (cues.empty()) return nullptr;
        return &cues[cues_given_++ % cues.size()];
    }

    // Seconds from a rep's start to the start of `phase`.
    double phase_offset_s(int phase) const {
        const std::vector<float>& phase_s = tl_.exercises[exercise_].phase_s;
        double offset = 0.0;
        for (int p = 0; p < phase; ++p) offset += phase_s[p];
        return offset;
    }

    void cue_at_phase(int segment, double rep_start_s) {
        if (const FormCue* cue = next_cue())
            event(rep_start_s + phase_offset_s(cue->phase), EventKind::cue, segment, cue->text);
    }

    static bool cued_rep(int rep) { return rep == 1 || (rep - 1) % kCueEveryReps == 0; }

    // One set on one side (or both legs), or taking turns from `side` when `alternating`.
    void run(int set, std::optional<Side> side, bool alternating) {
        const PlannedExercise& planned = tl_.exercises[exercise_];
        const Dose& dose = planned.dose;
        const Segment base{.kind = SegmentKind::work, .exercise = exercise_, .set = set};
        const int turns = alternating ? 2 : 1;
        switch (dose.measure) {
        case DoseMeasure::reps:
            if (dose.own_pace) {
                until_done(base, alternating ? std::nullopt : side,
                           dose.reps * turns * planned.rep_s);
                return;
            }
            [[fallthrough]];
        case DoseMeasure::hold:
            for (int i = 0; i < dose.reps * turns; ++i) {
                Segment rep = base;
                rep.side = alternating && i % 2 == 1 ? other(*side) : side;
                rep.rep = i / turns + 1;
                one_rep(rep, i % turns == 0, (i + 1) % turns == 0);
            }
            return;
        case DoseMeasure::time:
            timed(base, alternating ? std::nullopt : side, dose.time_s);
            return;
        case DoseMeasure::distance:
            until_done(base, alternating ? std::nullopt : side, dose.distance_m * kWalk_s_per_m);
            return;
        }
    }

    // A rep or hold. `opens` when it is the first of its turn (the first side's when
    // alternating), `closes` when the last.
    void one_rep(Segment rep, bool opens, bool closes) {
        const PlannedExercise& planned = tl_.exercises[exercise_];
        const Dose& dose = planned.dose;
        const double start_s = now_;
        const int s = add(rep, planned.rep_s);
        if (opens && rep.rep == dose.reps && dose.reps > 1)
            event(start_s, EventKind::lastRep, s, "Last one.");
        if (opens && cued_rep(rep.rep)) cue_at_phase(s, start_s);
        if (dose.measure == DoseMeasure::hold) {
            const double hold_start_s =
                start_s + phase_offset_s(planned.exercise->motion.phase_index("hold"));
            if (dose.hold_s >= kHalfwayMinHold_s)
                event(hold_start_s + dose.hold_s / 2.0, EventKind::halfway, s, "Halfway.");
            countdown(s, hold_start_s, hold_start_s + dose.hold_s);
        }
        event(now_, EventKind::repCounted, s, std::to_string(rep.rep));
        if (closes && dose.reps >= kHalfwayMinReps && rep.rep == dose.reps / 2)
            event(now_, EventKind::halfway, s, "Halfway.");
    }

    // A set of continuous movement for `length_s`, cycling the motion at its tempo.
    void timed(Segment set, std::optional<Side> side, double length_s) {
        set.side = side;
        const double start_s = now_;
        const int s = add(set, length_s);
        const double rep_s = tl_.exercises[exercise_].rep_s;
        for (int cycle = 0; start_s + cycle * rep_s < now_; cycle += kCueEveryReps) {
            const double cycle_start_s = start_s + cycle * rep_s;
            const FormCue* cue = next_cue();
            if (!cue) break;
            const double t_s = cycle_start_s + phase_offset_s(cue->phase);
            if (t_s < now_) event(t_s, EventKind::cue, s, cue->text);
        }
        if (length_s >= kHalfwayMinHold_s)
            event(start_s + length_s / 2.0, EventKind::halfway, s, "Halfway.");
        countdown(s, start_s, now_);
    }

    // A set that ends when the person says done: its cap, or `estimate_s`, is its length.
    void until_done(Segment set, std::optional<Side> side, double estimate_s) {
        const Dose& dose = tl_.exercises[exercise_].dose;
        set.side = side;
        set.waits_for_done = true;
        const double start_s = now_;
        const int s = add(set, dose.cap_s > 0.0f ? dose.cap_s : estimate_s);
        if (const FormCue* cue = next_cue()) event(start_s, EventKind::cue, s, cue->text);
        if (dose.cap_s > 0.0f) countdown(s, start_s, now_);
    }

    Timeline& tl_;
    const GeneralTimers& general_;
    Units units_; // distances in announcements
    double now_ = 0.0;
    int exercise_ = -1;
    int cues_given_ = 0;
};

} // namespace

std::string_view segment_kind_name(SegmentKind kind) {
    return kSegmentKindNames[static_cast<int>(kind)];
}

std::string_view event_kind_name(EventKind kind) {
    return kEventKindNames[static_cast<int>(kind)];
}

int speech_order(EventKind kind) {
    switch (kind) {
    case EventKind::routineComplete:
        return 0;
    case EventKind::exerciseAnnounced:
        return 1;
    case EventKind::switchSides:
        return 2;
    case EventKind::extraSet:
        return 3;
    case EventKind::repCounted:
        return 4;
    case EventKind::halfway:
        return 5;
    case EventKind::lastRep:
        return 6;
    case EventKind::cue:
        return 7;
    case EventKind::countdown:
        return 8;
    }
    return 9;
}

bool is_rest(SegmentKind kind) {
    return kind == SegmentKind::getReady || kind == SegmentKind::switchSides ||
           kind == SegmentKind::rest || kind == SegmentKind::restBetweenExercises;
}

bool same_set(const Timeline& timeline, const Segment& a, const Segment& b) {
    if (a.kind != SegmentKind::work || b.kind != SegmentKind::work) return false;
    return a.exercise == b.exercise && a.set == b.set &&
           (a.side == b.side || timeline.exercises[a.exercise].sides == ExerciseSides::alternating);
}

Timeline plan(const Routine& routine, const Library& library, const TimerSettings& settings,
              Units units) {
    const GeneralTimers& general = settings.general;
    const RoutineTimers* user = settings.routine(routine.id);
    Timeline timeline;
    timeline.routine_id = routine.id;
    timeline.routine_name = routine.name;
    for (const RoutineItem& item : routine.items) {
        const Exercise* exercise = library.exercise(item.exercise.id);
        assert(exercise && "routine items name exercises of the library (check_routine)");
        PlannedExercise planned{.exercise = exercise,
                                .dose = item_dose(*exercise, item, user),
                                .sides = item.sides.value_or(exercise->sides),
                                .note_prompt = item.note_prompt};
        if (general.weaker_side_first && general.weaker_side == WeakerSide::right)
            planned.first_side = Side::right;
        planned.phase_s = rep_phases(exercise->motion, planned.dose);
        for (float s : planned.phase_s) planned.rep_s += s;
        timeline.exercises.push_back(std::move(planned));
    }
    Planner planner(timeline, general, units);
    for (std::size_t i = 0; i < routine.items.size(); ++i)
        planner.exercise(static_cast<int>(i),
                         i == 0 ? general.get_ready_s
                                : item_rest_after_s(routine.items[i - 1], user, general));
    planner.finish();
    std::stable_sort(timeline.events.begin(), timeline.events.end(),
                     [](const Event& a, const Event& b) {
                         if (a.t_s != b.t_s) return a.t_s < b.t_s;
                         if (a.segment != b.segment) return a.segment < b.segment;
                         return speech_order(a.kind) < speech_order(b.kind);
                     });
    return timeline;
}

void lengthen_rest(Timeline& timeline, int segment, double extra_s) {
    assert(is_rest(timeline.segments[segment].kind) && "only a rest is lengthened");
    timeline.segments[segment].end_s += extra_s;
    for (std::size_t s = segment + 1; s < timeline.segments.size(); ++s) {
        timeline.segments[s].start_s += extra_s;
        timeline.segments[s].end_s += extra_s;
    }
    // A rest's own events are its announcements at its start and its countdown at its end.
    for (Event& e : timeline.events)
        if (e.segment > segment || (e.segment == segment && e.kind == EventKind::countdown))
            e.t_s += extra_s;
}

} // namespace legwork
