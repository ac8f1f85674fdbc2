#include "core/avatar/joint_boxes.h"

namespace legwork {

JointBoxes joint_boxes(const SkinnedMesh& mesh) {
    JointBoxes boxes;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const int j = mesh.heaviest_joint(v);
        const glm::vec3 local =
            glm::vec3(mesh.inverse_bind[j] * glm::vec4(mesh.positions[v], 1.0f));
        JointBox& box = boxes[j];
        box.lo = box.empty ? local : glm::min(box.lo, local);
        box.hi = box.empty ? local : glm::max(box.hi, local);
        box.empty = false;
    }
    return boxes;
}

} // namespace legwork
