#pragma once
// MotionSampler: the demonstration at any instant, as a pose in the world.
//
// For a time in the cycle it samples the clip's angles, places the body so its anchoring
// contacts (knees, back, hips, or else the feet and hands) stay where they touched down,
// turns a standing body about its feet so its centre of mass stays over them, lowers it
// when its own legs are too short for a planted foot, and solves two-bone IK so every
// planted foot and hand stays exactly put, whatever the body's proportions. Construction finds where
// each contact touches down; sample() allocates nothing.

#include "core/anim/motion_clip.h"

#include <span>
#include <vector>

namespace legwork {

class MotionSampler {
public:
    MotionSampler(const Skeleton& skeleton, MotionClip clip);

    const MotionClip& clip() const { return clip_; }
    const Skeleton& skeleton() const { return skeleton_; }

    // The pose at `t_s` (wrapping around the cycle). `world` receives kJointCount
    // joint transforms.
    void sample(float t_s, Pose& pose, std::span<glm::mat4> world) const;

    // Where a contact rests while it holds.
    struct Target {
        bool known = false;
        glm::vec3 point{0.0f};  // a foot's ball (at its standing height above the surface), or the site
        float yaw = 0.0f;       // a foot's heading, radians about +Y
        float surface_m = 0.0f; // height of the top of the surface it rests on
    };
    struct Hold {
        float start_s; // when the contact touches down, seconds into the cycle
        Target target;
    };
    // Each time contact `c` (an index into clip().contacts()) touches down in a cycle, in
    // time order; a contact that never lifts has one hold, from t = 0.
    std::span<const Hold> holds(int c) const { return holds_[c]; }

private:
    // The contact's hold that applies at `t_s` (while lifted, the nearer of the holds
    // around it), and its target if already known.
    int hold_index(int contact, float t_s) const;
    const Target* target_at(int contact, float t_s) const;
    void solve(float t_s, Pose& pose, std::span<glm::mat4> world) const;
    Target touch_down(int contact, std::span<const glm::mat4> world) const;

    Skeleton skeleton_;
    MotionClip clip_;
    glm::quat base_;
    std::vector<std::vector<Hold>> holds_; // per contact, by start time
    glm::vec3 start_offset_{0.0f};         // the whole body's placement at t = 0
};

} // namespace legwork
