#pragma once
// Skin weights of the built-in mannequin: which joints a point of its surface follows.
//
// Two steps. First, which limb the point belongs to (body_group_weights): the groups of
// MannequinShape compete by distance, softly over about a centimetre, so the skin of the
// trunk under the armpit follows the trunk and never the arm, and the inside of one thigh
// never follows the other leg (a side never follows the other side's limbs at all).
// Second, along each limb, the point shares its weight between the bones on either side
// of each joint over a band a few centimetres wide around the joint (wider at the knee,
// elbow and hip, which bend far), so that dual quaternion skinning bends the limb
// smoothly without collapse. The buttock and the outer hip share the pelvis's weight with
// the thigh; the top of the shoulder shares the chest's with the collarbone.

#include "core/avatar/mannequin_shape.h"

#include <glm/gtc/type_precision.hpp>

namespace legwork {

using BodyGroupWeights = std::array<float, kBodyGroupCount>;

// How much the surface point `p` (bind pose, metres) belongs to each group; sums to 1.
BodyGroupWeights body_group_weights(const MannequinShape& shape, const glm::vec3& p);

struct SkinInfluence {
    glm::u8vec4 joints{0};   // index(Joint)
    glm::vec4 weights{0.0f}; // non-negative, summing to 1, heaviest first; unused slots 0
};

// The joints that the surface point `p` follows, at most four.
SkinInfluence mannequin_skin(const MannequinShape& shape, const glm::vec3& p,
                             const BodyGroupWeights& groups);

} // namespace legwork
