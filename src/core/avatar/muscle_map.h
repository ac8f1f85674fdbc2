#pragma once
// MuscleMap: where each MuscleRegion lies on a body, worked out from the skeleton alone,
// so it serves the built-in mannequin and imported models alike.
//
// A point belongs to a limb by its skin weights, and to a region by where it sits in that
// limb's bind frame: thigh and shank regions by the distance down the bone (a fraction of
// its length) and the angle around it (0 = front, +90 = the outer side, 180 = back, -90 =
// the inner side); hip regions by the offset from the hip joint; the core by the height
// on the trunk. Region edges are feathered over about 2 cm (scaled with body height), so
// a weight eases from 1 to 0 across the edge instead of stepping.

#include "core/anim/skeleton.h"
#include "core/avatar/muscle_region.h"

#include <glm/gtc/type_precision.hpp>
#include <span>

namespace legwork {

struct MuscleMap {
    std::array<glm::mat4, kJointCount> bind_world{}; // joint transforms in the bind pose
    std::array<glm::mat4, kJointCount> bind_inverse{};
    float scale = 1.0f;      // body_scale(): the regions' measures scale with it
    float feather_m = 0.02f; // width of the ramp at a region's edge
};

// The map for a skeleton whose joints stand at `bind_world` (kJointCount transforms, as
// world_transforms() gives them for the pose the mesh is bound in).
MuscleMap make_muscle_map(const Skeleton& skeleton, std::span<const glm::mat4> bind_world);

// How much the surface point `position` (bind pose, metres), skinned to `joints` with
// `weights`, belongs to each region, each 0..1. Arms, head and feet belong to none.
MuscleWeights muscle_weights(const MuscleMap& map, const glm::vec3& position,
                             const glm::u8vec4& joints, const glm::vec4& weights);

} // namespace legwork
