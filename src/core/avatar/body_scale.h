#pragma once
// The height the built-in body's measures are written for. A body of another height is
// the same body scaled uniformly: every length, offset and radius by body_scale(). A mesh
// is bound on a skeleton of some height (the built-in avatar's on one kReferenceHeight_m
// tall, an imported model's on its own); posed on a skeleton of another height, it is
// drawn scaled by body_scale(skeleton, that height).

#include "core/anim/skeleton.h"

namespace legwork {

inline constexpr float kReferenceHeight_m = 1.75f;

inline float body_scale(const Skeleton& skeleton, float bound_height_m = kReferenceHeight_m) {
    return skeleton.height_m / bound_height_m;
}

} // namespace legwork
