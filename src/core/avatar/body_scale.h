#pragma once
// The height the built-in body's measures are written for. A body of another height is
// the same body scaled uniformly: every length, offset and radius by body_scale().

#include "core/anim/skeleton.h"

namespace legwork {

inline constexpr float kReferenceHeight_m = 1.75f;

inline float body_scale(const Skeleton& skeleton) {
    return skeleton.height_m / kReferenceHeight_m;
}

} // namespace legwork
