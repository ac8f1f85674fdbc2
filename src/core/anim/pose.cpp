#include "core/anim/pose.h"

#include <cassert>
#include <glm/gtc/matrix_transform.hpp>

namespace legwork {

Pose rest_pose(const Skeleton& skeleton) {
    Pose pose;
    pose.root_position = skeleton.rest_offset[index(Joint::hips)];
    return pose;
}

Pose bind_pose(const Skeleton& skeleton, float arm_abduction_deg) {
    Pose pose = rest_pose(skeleton);
    const float a = glm::radians(arm_abduction_deg);
    // Abduction swings the left arm toward +X (about +Z) and the right arm toward -X.
    pose.local_rotation[index(Joint::leftUpperArm)] = glm::angleAxis(a, glm::vec3(0, 0, 1));
    pose.local_rotation[index(Joint::rightUpperArm)] = glm::angleAxis(-a, glm::vec3(0, 0, 1));
    return pose;
}

void world_transforms(const Skeleton& skeleton, const Pose& pose, std::span<glm::mat4> out) {
    assert(out.size() >= kJointCount && "world_transforms needs one matrix per joint");
    for (int i = 0; i < kJointCount; ++i) {
        glm::mat4 local = glm::mat4_cast(pose.local_rotation[i]);
        const int parent = skeleton.parent[i];
        if (parent < 0) {
            local[3] = glm::vec4(pose.root_position, 1.0f);
            out[i] = local;
        } else {
            local[3] = glm::vec4(skeleton.rest_offset[i], 1.0f);
            out[i] = out[parent] * local;
        }
    }
}

glm::vec3 site_position(const Skeleton& skeleton, std::span<const glm::mat4> world, Site site) {
    const SiteDesc& desc = skeleton.sites[index(site)];
    return glm::vec3(world[index(desc.joint)] * glm::vec4(desc.offset_m, 1.0f));
}

} // namespace legwork
