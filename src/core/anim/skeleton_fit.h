#pragma once
// Skeleton fit: the canonical skeleton with a model's own proportions, from where the
// model's joints stand in the pose its mesh is bound in (a T-pose, an A-pose, the
// anatomical position: any pose with straight limbs).
//
// The joints are given in the canonical world already (metres, +Y up, the body facing +Z
// with its left toward +X, soles on y = 0, the hips over the origin). The trunk, neck,
// head, hips and shoulders keep the model's offsets; the limbs are straightened into the
// rest pose (legs straight down, arms hanging, feet pointing forward), each bone keeping
// its length; and the bind pose turns them back to where the model holds them. A limb
// turns from hanging by the shortest rotation, each bone from its parent's direction, so
// a T- or A-posed arm keeps the roll it has hanging (a palm facing the thigh faces down
// in a T-pose). Joints a model may lack are placed between their neighbours (chest,
// upperChest, neck), or by the canonical proportions (shoulders, toes).

#include "core/anim/skeleton.h"

#include <array>
#include <optional>

namespace legwork {

using JointPositions = std::array<std::optional<glm::vec3>, kJointCount>;

// Whether a model must have `joint` to be fitted; the others are placed when missing.
bool required_joint(Joint joint);

struct SkeletonFit {
    Skeleton skeleton; // sites by the canonical proportions for `height_m`
    // Each joint's world transform in the bind pose: where the model has it, turned from
    // the rest pose's world-aligned frame. The inverse of each is the joint's inverse bind.
    std::array<glm::mat4, kJointCount> bind_world{};
};

// Fits the skeleton to joints at `bind_m` (every required joint present) of a body
// `height_m` tall (0.5 to 2.5 m).
SkeletonFit fit_skeleton(const JointPositions& bind_m, float height_m);

} // namespace legwork
