#include "core/avatar/dual_quaternion_skinning.h"

#include <cassert>

namespace legwork {

DualQuaternion to_dual_quaternion(const glm::mat4& m) {
    DualQuaternion dq;
    dq.real = glm::normalize(glm::quat_cast(glm::mat3(m)));
    const glm::quat t{0.0f, m[3].x, m[3].y, m[3].z};
    dq.dual = 0.5f * (t * dq.real);
    return dq;
}

void skinning_transforms(std::span<const glm::mat4> world, std::span<const glm::mat4> inverse_bind,
                         std::span<DualQuaternion> out) {
    assert(world.size() >= kJointCount && inverse_bind.size() >= kJointCount &&
           out.size() >= kJointCount && "one transform per joint");
    for (int j = 0; j < kJointCount; ++j) out[j] = to_dual_quaternion(world[j] * inverse_bind[j]);
}

void skinning_transforms(std::span<const glm::mat4> world, std::span<const glm::mat4> inverse_bind,
                         float scale, std::span<DualQuaternion> out) {
    assert(world.size() >= kJointCount && inverse_bind.size() >= kJointCount &&
           out.size() >= kJointCount && scale > 0.0f && "one transform per joint");
    for (int j = 0; j < kJointCount; ++j) {
        glm::mat4 at_mesh_size = world[j];
        at_mesh_size[3] = glm::vec4(glm::vec3(world[j][3]) / scale, 1.0f);
        out[j] = to_dual_quaternion(at_mesh_size * inverse_bind[j]);
    }
}

DualQuaternion blend(std::span<const DualQuaternion> joint, const glm::u8vec4& joints,
                     const glm::vec4& weights) {
    const glm::quat& first = joint[joints[0]].real;
    glm::quat real{0.0f, 0.0f, 0.0f, 0.0f}, dual{0.0f, 0.0f, 0.0f, 0.0f};
    for (int k = 0; k < 4; ++k) {
        const DualQuaternion& dq = joint[joints[k]];
        const float w = glm::dot(dq.real, first) < 0.0f ? -weights[k] : weights[k];
        real = real + w * dq.real;
        dual = dual + w * dq.dual;
    }
    const float length = glm::length(real);
    return {real / length, dual / length};
}

glm::vec3 transform_point(const DualQuaternion& dq, const glm::vec3& p) {
    const glm::vec3 r{dq.real.x, dq.real.y, dq.real.z}, d{dq.dual.x, dq.dual.y, dq.dual.z};
    const float rw = dq.real.w, dw = dq.dual.w;
    const glm::vec3 rotated = p + 2.0f * glm::cross(r, glm::cross(r, p) + rw * p);
    return rotated + 2.0f * (rw * d - dw * r + glm::cross(r, d));
}

glm::vec3 transform_direction(const DualQuaternion& dq, const glm::vec3& v) {
    const glm::vec3 r{dq.real.x, dq.real.y, dq.real.z};
    return v + 2.0f * glm::cross(r, glm::cross(r, v) + dq.real.w * v);
}

void skin(const SkinnedMesh& mesh, std::span<const DualQuaternion> joint,
          std::span<glm::vec3> positions, std::span<glm::vec3> normals) {
    assert(positions.size() >= mesh.vertex_count() && normals.size() >= mesh.vertex_count());
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const DualQuaternion dq = blend(joint, mesh.joints[v], mesh.weights[v]);
        positions[v] = transform_point(dq, mesh.positions[v]);
        normals[v] = transform_direction(dq, mesh.normals[v]);
    }
}

} // namespace legwork
