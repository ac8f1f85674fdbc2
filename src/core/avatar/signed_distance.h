#pragma once
// Signed distance functions: the building blocks of the procedural mannequin. Every
// function returns metres, negative inside, positive outside, zero on the surface.
//
// The ellipsoid is an approximation (exact on its surface, a lower bound near it), which
// is all a polygonizer needs: the sign, and values close to true distance near the
// surface. The others are exact. Formulas after Inigo Quilez's distance-function notes.

#include <glm/glm.hpp>

namespace legwork {

// An ellipsoid centred at the origin with semi-axes `radii` along x, y, z (metres).
float sd_ellipsoid(const glm::vec3& p, const glm::vec3& radii);

// A round cone: the convex hull of a sphere of radius `ra` at `a` and one of radius `rb`
// at `b` (a capsule whose ends differ). Requires |a - b| > |ra - rb|.
float sd_round_cone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb);

// Polynomial smooth minimum: equals min(a, b) when they differ by `k` or more and rounds
// the crease between the two surfaces over a width of about `k` (metres). k <= 0 is min.
inline float smooth_min(float a, float b, float k) {
    if (k <= 0.0f) return glm::min(a, b);
    const float h = glm::max(k - glm::abs(a - b), 0.0f) / k;
    return glm::min(a, b) - h * h * k * 0.25f;
}

// The smooth maximum that pairs with smooth_min: intersection with a rounded crease.
inline float smooth_max(float a, float b, float k) {
    return -smooth_min(-a, -b, k);
}

} // namespace legwork
