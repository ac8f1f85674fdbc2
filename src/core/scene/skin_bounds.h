#pragma once
// SkinBounds: where a skinned mesh is in a frame, as one world box per joint. A joint's
// box holds every triangle that touches a vertex following that joint most, so each
// triangle lies wholly within one box. The vertices are skinned on the CPU as the GPU
// skins them (dual quaternions), so the boxes hold the drawn skin however far it bulges
// past its joints: what a frame redraws follows them, and a user's model with skin
// weights of its own is held as tightly as the built-in avatar.

#include "core/avatar/dual_quaternion_skinning.h"
#include "core/view/framing.h"

#include <cstdint>
#include <span>
#include <vector>

namespace legwork {

class SkinBounds {
public:
    SkinBounds() = default;
    explicit SkinBounds(const SkinnedMesh& mesh);

    // Appends the boxes of `mesh` (the one given at construction) posed by `joints`
    // (from skinning_transforms()) and drawn `scale` times its own size. Allocates nothing
    // once `out` has room.
    void append(const SkinnedMesh& mesh, std::span<const DualQuaternion> joints, float scale,
                std::vector<WorldBox>& out);

private:
    std::vector<std::uint32_t> members_;    // vertex indices, box by box
    std::vector<std::uint32_t> box_ends_;   // where each box's vertices end in members_
    std::vector<glm::vec3> skinned_;        // this frame's vertex positions, mesh's size
};

} // namespace legwork
