#include "core/session/animation_time.h"

#include "core/session/timeline.h"

#include <cmath>

namespace legwork {

AnimationTime animation_time(const Timeline& timeline, int segment, double t_s) {
    const std::vector<Segment>& segments = timeline.segments;
    int work = segment;
    while (work < static_cast<int>(segments.size()) && segments[work].kind != SegmentKind::work)
        ++work;
    if (work == static_cast<int>(segments.size())) return {};
    const Segment& s = segments[work];
    const PlannedExercise& planned = timeline.exercises[s.exercise];
    AnimationTime out{.exercise = s.exercise,
                      .side = s.side.value_or(planned.sides == ExerciseSides::both
                                                  ? planned.exercise->motion.side
                                                  : planned.first_side)};
    if (work != segment) return out; // resting before it: its start pose
    const double local_s = t_s - s.start_s;
    if (!s.side && planned.sides == ExerciseSides::alternating) {
        // A whole set taking turns: every cycle on the other side.
        const double cycle = std::floor(local_s / planned.rep_s);
        if (static_cast<long long>(cycle) % 2 == 1) out.side = other(planned.first_side);
        out.clip_s = static_cast<float>(local_s - cycle * planned.rep_s);
        return out;
    }
    out.clip_s = static_cast<float>(local_s);
    return out;
}

} // namespace legwork
