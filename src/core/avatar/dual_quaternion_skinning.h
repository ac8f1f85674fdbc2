#pragma once
// Dual quaternion skinning (Kavan et al., "Skinning with Dual Quaternions", 2007): each
// vertex follows the normalised weighted sum of its joints' rigid transforms written as
// unit dual quaternions. Unlike blending matrices, this blends rotations about the joint,
// so a knee or elbow bent far keeps its volume instead of collapsing, and a twisted
// forearm does not pinch into a candy wrapper.
//
// Per frame: skinning_transforms() turns the posed joints into one DualQuaternion per
// joint (no allocation); the vertex shader, or skin() on the CPU for tests and tools,
// blends them per vertex. The GPU shader mirrors blend() and the two transform functions
// exactly.
//
// GPU layout of one joint: 8 floats, real.x, real.y, real.z, real.w, dual.x, dual.y,
// dual.z, dual.w (w the scalar part; glm::quat stores x, y, z, w, and the project does not
// define GLM_FORCE_QUAT_DATA_WXYZ), i.e. a mat2x4 whose column 0 is `real` and column 1
// is `dual`. Upload the span as it is.

#include "core/avatar/skinned_mesh.h"

#include <cstddef>
#include <glm/gtc/quaternion.hpp>
#include <span>

namespace legwork {

struct DualQuaternion {
    glm::quat real{1.0f, 0.0f, 0.0f, 0.0f}; // the rotation, unit length
    glm::quat dual{0.0f, 0.0f, 0.0f,
                   0.0f}; // 0.5 * translation * real (translation as a pure quaternion)
};
static_assert(sizeof(DualQuaternion) == 8 * sizeof(float), "two packed quaternions");
static_assert(offsetof(glm::quat, x) == 0 && offsetof(glm::quat, w) == 3 * sizeof(float),
              "glm::quat must store x, y, z, w");

// The rigid transform `m` (rotation and translation, no scale) as a unit dual quaternion.
DualQuaternion to_dual_quaternion(const glm::mat4& m);

// Each joint's skinning transform, world[j] * inverse_bind[j], as a dual quaternion.
// `world` comes from world_transforms() for the pose; all three spans hold kJointCount.
void skinning_transforms(std::span<const glm::mat4> world, std::span<const glm::mat4> inverse_bind,
                         std::span<DualQuaternion> out);
// The same for a pose `scale` times the size the mesh is bound at (a taller user): the
// transforms skin the mesh at its own size, to be drawn scaled by `scale`. A pose of a
// scaled skeleton is the same pose scaled, so only the joints' positions shrink back.
void skinning_transforms(std::span<const glm::mat4> world, std::span<const glm::mat4> inverse_bind,
                         float scale, std::span<DualQuaternion> out);

// One vertex's blended transform: the weighted sum of its joints' dual quaternions, each
// flipped onto the same hemisphere as the first joint's (q and -q are the same rotation),
// normalised. Weights sum to 1.
DualQuaternion blend(std::span<const DualQuaternion> joint, const glm::u8vec4& joints,
                     const glm::vec4& weights);

// A point moved by a unit dual quaternion: rotated, then translated.
glm::vec3 transform_point(const DualQuaternion& dq, const glm::vec3& p);
// A direction (a normal) turned by a unit dual quaternion's rotation.
glm::vec3 transform_direction(const DualQuaternion& dq, const glm::vec3& v);

// Skins every vertex of `mesh` with the joints' transforms `joint` (from
// skinning_transforms). `positions` and `normals` hold mesh.vertex_count() entries.
void skin(const SkinnedMesh& mesh, std::span<const DualQuaternion> joint,
          std::span<glm::vec3> positions, std::span<glm::vec3> normals);

} // namespace legwork
