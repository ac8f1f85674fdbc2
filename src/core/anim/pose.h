#pragma once
// Pose: where the body is at one instant, as the root's world position and each joint's
// rotation relative to its parent (the root's relative to the world). Rotations are
// relative to the rest pose, whose frames are all aligned with the world (skeleton.h), so
// the identity rotation everywhere is the anatomical standing position.

#include "core/anim/skeleton.h"

#include <array>
#include <glm/gtc/quaternion.hpp>
#include <span>

namespace legwork {

struct Pose {
    glm::vec3 root_position{0.0f};                     // world position of the hips joint, metres
    std::array<glm::quat, kJointCount> local_rotation; // identity = rest
    Pose() { local_rotation.fill(glm::quat(1.0f, 0.0f, 0.0f, 0.0f)); }
};

// The rest pose of `skeleton`: standing on the floor, every rotation the identity.
Pose rest_pose(const Skeleton& skeleton);

// The pose the avatar's mesh is modelled and bound in: the rest pose with the arms raised
// `arm_abduction_deg` out to the sides, so arms and trunk are modelled apart.
inline constexpr float kBindArmAbductionDeg = 20.0f;
Pose bind_pose(const Skeleton& skeleton, float arm_abduction_deg = kBindArmAbductionDeg);

// Model-space (world) transform of every joint: rotation and position, no scale.
// `out` must hold kJointCount matrices.
void world_transforms(const Skeleton& skeleton, const Pose& pose, std::span<glm::mat4> out);

// World position of a site, given the world transforms from world_transforms().
glm::vec3 site_position(const Skeleton& skeleton, std::span<const glm::mat4> world, Site site);

} // namespace legwork
