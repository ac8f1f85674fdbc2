#pragma once
// JointBoxes: a skinned mesh as a box per joint, each in its joint's own bind frame and
// holding the vertices that follow that joint most. Posed, the boxes move with their
// joints and, with a little room for skin that bends between two of them, hold the whole
// skinned mesh: cheap bounds for framing a camera on a moving body.

#include "core/avatar/skinned_mesh.h"

#include <array>
#include <span>

namespace legwork {

struct JointBox {
    glm::vec3 lo{0.0f}, hi{0.0f}; // in the joint's bind frame, metres at the mesh's own size
    bool empty = true;            // no vertex follows this joint most
};
using JointBoxes = std::array<JointBox, kJointCount>;

JointBoxes joint_boxes(const SkinnedMesh& mesh);

// Calls `corner(p)` with the world position of each corner of each box, for a pose `world`
// (kJointCount joint transforms) of a skeleton `scale` times the mesh's size.
template <typename Corner>
void for_each_posed_corner(const JointBoxes& boxes, std::span<const glm::mat4> world, float scale,
                           Corner corner) {
    for (int j = 0; j < kJointCount; ++j) {
        if (boxes[j].empty) continue;
        for (int c = 0; c < 8; ++c) {
            const glm::vec3 local{c & 1 ? boxes[j].hi.x : boxes[j].lo.x,
                                  c & 2 ? boxes[j].hi.y : boxes[j].lo.y,
                                  c & 4 ? boxes[j].hi.z : boxes[j].lo.z};
            corner(glm::vec3(world[j] * glm::vec4(scale * local, 1.0f)));
        }
    }
}

} // namespace legwork
