#include "core/session/session_result.h"

#include <algorithm>
#include <cmath>

namespace legwork {
namespace {

constexpr double kRepDoneFraction = 0.8;

SessionSide session_side(const PlannedExercise& planned, const Segment& segment) {
    if (planned.sides == ExerciseSides::both || !segment.side) return SessionSide::both;
    return *segment.side == Side::left ? SessionSide::left : SessionSide::right;
}

} // namespace

SessionRecord session_result(const Timeline& timeline, std::span<const double> worked_s) {
    SessionRecord record;
    record.routine_id = timeline.routine_id;
    record.routine_name = timeline.routine_name;
    double planned = 0.0, completed = 0.0;
    for (std::size_t i = 0; i < timeline.segments.size(); ++i) {
        const Segment& segment = timeline.segments[i];
        if (segment.kind != SegmentKind::work) continue;
        const PlannedExercise& planned_exercise = timeline.exercises[segment.exercise];
        const double length = segment.end_s - segment.start_s;
        const double worked = std::clamp(i < worked_s.size() ? worked_s[i] : 0.0, 0.0, length);
        planned += length;
        completed += worked;
        const std::string& id = planned_exercise.exercise->id;
        const SessionSide side = session_side(planned_exercise, segment);
        auto result = std::find_if(
            record.results.begin(), record.results.end(),
            [&](const ExerciseResult& r) { return r.exercise_id == id && r.side == side; });
        if (result == record.results.end()) {
            record.results.push_back({.exercise_id = id, .side = side, .skipped = true});
            result = record.results.end() - 1;
        }
        const Dose& dose = planned_exercise.dose;
        const bool rep_like = segment.rep > 0 && dose.measure == DoseMeasure::reps;
        if (rep_like && worked >= kRepDoneFraction * length) result->reps_done += 1;
        if (dose.measure == DoseMeasure::hold && segment.rep > 0 &&
            worked >= kRepDoneFraction * length)
            result->reps_done += 1;
        if (dose.measure != DoseMeasure::reps)
            result->seconds_done += static_cast<int>(std::lround(worked));
        if (worked > 0.0) result->skipped = false;
    }
    record.planned_work_s = static_cast<int>(std::lround(planned));
    record.completed_work_s = static_cast<int>(std::lround(completed));
    return record;
}

} // namespace legwork
