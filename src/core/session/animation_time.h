#pragma once
// AnimationTime: what the avatar plays at a moment of a timeline, derived from the plan's
// time alone so the avatar, the rep counter and the voice stay in step. The exercise's
// MotionClip is built with ClipOptions{.side = side, .phase_s = its PlannedExercise's
// phase_s}: one clip cycle is then exactly one planned rep, and clip_s is the time into it.
// In a rest the avatar waits in the start pose of the work that comes next, on its side.

#include "core/anim/body_angles.h"

namespace legwork {

struct Timeline;

struct AnimationTime {
    int exercise = -1;      // into Timeline::exercises; -1 when the routine is done
    Side side = Side::left; // the clip's side (a both-legs exercise: the motion's own side)
    float clip_s = 0.0f;    // seconds into the clip; may pass its length (clips wrap)
};

// At `t_s` seconds into the plan, in segment `segment`. No allocation.
AnimationTime animation_time(const Timeline& timeline, int segment, double t_s);

} // namespace legwork
