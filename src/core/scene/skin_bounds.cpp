#include "core/scene/skin_bounds.h"

#include <algorithm>
#include <array>

namespace legwork {

SkinBounds::SkinBounds(const SkinnedMesh& mesh) : skinned_(mesh.vertex_count()) {
    // Each joint's vertices: those of every triangle with a corner that follows it most.
    std::array<std::vector<std::uint32_t>, kJointCount> boxes;
    for (std::size_t t = 0; t < mesh.triangle_count(); ++t) {
        const std::uint32_t* corner = &mesh.indices[3 * t];
        for (int c = 0; c < 3; ++c) {
            std::vector<std::uint32_t>& box = boxes[mesh.heaviest_joint(corner[c])];
            box.insert(box.end(), corner, corner + 3);
        }
    }
    for (std::vector<std::uint32_t>& box : boxes) {
        if (box.empty()) continue;
        std::sort(box.begin(), box.end());
        box.erase(std::unique(box.begin(), box.end()), box.end());
        members_.insert(members_.end(), box.begin(), box.end());
        box_ends_.push_back(static_cast<std::uint32_t>(members_.size()));
    }
}

void SkinBounds::append(const SkinnedMesh& mesh, std::span<const DualQuaternion> joints,
                        float scale, std::vector<WorldBox>& out) {
    for (std::size_t v = 0; v < skinned_.size(); ++v)
        skinned_[v] = transform_point(blend(joints, mesh.joints[v], mesh.weights[v]), mesh.positions[v]);
    std::uint32_t begin = 0;
    for (const std::uint32_t end : box_ends_) {
        WorldBox& box = out.emplace_back();
        for (std::uint32_t m = begin; m < end; ++m) box.add(scale * skinned_[members_[m]]);
        begin = end;
    }
}

} // namespace legwork
