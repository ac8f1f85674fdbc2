#include "core/avatar/signed_distance.h"

namespace legwork {

float sd_ellipsoid(const glm::vec3& p, const glm::vec3& radii) {
    // k0 (k0 - 1) / k1: the scaled-sphere distance corrected by the gradient's length, so
    // values stay close to Euclidean distance near the surface however flat the ellipsoid.
    const float k0 = glm::length(p / radii);
    const float k1 = glm::length(p / (radii * radii));
    if (k1 <= 0.0f) return -glm::min(radii.x, glm::min(radii.y, radii.z));
    return k0 * (k0 - 1.0f) / k1;
}

float sd_round_cone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra,
                    float rb) {
    const glm::vec3 ba = b - a;
    const float l2 = glm::dot(ba, ba);
    const float rr = ra - rb;
    const float a2 = l2 - rr * rr;
    const float il2 = 1.0f / l2;

    const glm::vec3 pa = p - a;
    const float y = glm::dot(pa, ba);
    const float z = y - l2;
    const glm::vec3 xv = pa * l2 - ba * y;
    const float x2 = glm::dot(xv, xv);
    const float y2 = y * y * l2;
    const float z2 = z * z * l2;

    // Which of the two spheres, or the cone between them, is nearest.
    const float k = glm::sign(rr) * rr * rr * x2;
    if (glm::sign(z) * a2 * z2 > k) return glm::sqrt(x2 + z2) * il2 - rb;
    if (glm::sign(y) * a2 * y2 < k) return glm::sqrt(x2 + y2) * il2 - ra;
    return (glm::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
}

} // namespace legwork
