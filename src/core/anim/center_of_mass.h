#pragma once
// The body's centre of mass from its joint positions, with segment masses and centres
// from Dempster's cadaver data as tabulated by Winter (Biomechanics and Motor Control of
// Human Movement, table 4.1).

#include "core/anim/skeleton.h"

#include <span>

namespace legwork {

// `world` holds the joints' world transforms (see world_transforms()).
glm::vec3 center_of_mass(const Skeleton& skeleton, std::span<const glm::mat4> world);

} // namespace legwork
