#include "core/scene/prop_piece.h"

#include <algorithm>
#include <cmath>

namespace legwork {

WorldBox world_box(const PropPiece& piece) {
    WorldBox box;
    for_each_corner(piece, [&](glm::vec3 p) { box.add(p); });
    return box;
}

float signed_distance_m(const PropPiece& piece, glm::vec3 point) {
    // Into the piece's frame; the transform is rigid, so its inverse is the transpose.
    const glm::mat3 rotation(piece.transform);
    const glm::vec3 p = glm::transpose(rotation) * (point - glm::vec3(piece.transform[3]));
    const glm::vec3 half = 0.5f * piece.size_m;
    switch (piece.shape) {
    case PropShape::box: {
        const float r = std::min(piece.corner_radius_m, std::min(half.x, std::min(half.y, half.z)));
        const glm::vec3 q = glm::abs(p) - (half - glm::vec3(r));
        return glm::length(glm::max(q, glm::vec3(0.0f))) +
               std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) - r;
    }
    case PropShape::cylinder: {
        // Round in cross-section: the x extent is the diameter.
        const glm::vec2 d{glm::length(glm::vec2(p.x, p.z)) - half.x, std::abs(p.y) - half.y};
        return std::min(std::max(d.x, d.y), 0.0f) + glm::length(glm::max(d, glm::vec2(0.0f)));
    }
    case PropShape::ellipsoid: {
        // Scaled distance, corrected by the gradient's length (Inigo Quilez's estimate).
        const float k0 = glm::length(p / half);
        const float k1 = glm::length(p / (half * half));
        if (k1 < 1e-9f) return -std::min(half.x, std::min(half.y, half.z));
        return k0 * (k0 - 1.0f) / k1;
    }
    }
    return 0.0f;
}

} // namespace legwork
