#pragma once
// Outfit of the built-in mannequin: a short-sleeved T-shirt (the trunk, and the upper arms
// down to their middle), shorts (the pelvis down to mid-thigh) and shoes (the feet up to
// just below the ankle). Each zone is the side of a few simple seams: the shirt's hem,
// crew neck and sleeve ends; the shorts' waist (the shirt's hem) and leg ends; the shoes'
// collars. Seams are planes or cylinders in the bind pose, so they draw straight on the
// body.

#include "core/avatar/mannequin_skin.h"
#include "core/avatar/skinned_mesh.h"

namespace legwork {

enum class Seam : std::uint8_t { hem, collar, sleeve, shortsLeg, shoeCollar };
inline constexpr int kSeamCount = 5;

struct OutfitDepth {
    // How far inside each zone (x top, y shorts, z shoes) the point lies, in metres:
    // positive where the zone covers it, negative outside, zero on the seam. Linear in the
    // position near each seam, so that interpolating it across a triangle finds the seam
    // exactly.
    glm::vec3 depth{0.0f};
    std::array<Seam, kOutfitZoneCount> seam{}; // the seam each depth is measured from
};

OutfitDepth outfit_depth(const MannequinShape& shape, const glm::vec3& p,
                         const BodyGroupWeights& groups);

} // namespace legwork
