#include "core/view/framing.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace legwork {
namespace {

// The frustum's edges along one screen axis, as limits on the eye's coordinates `across`
// that axis and `forward` along the line of sight. A point p is inside the high edge when
// (p - eye).across <= t (p - eye).forward, so each sphere needs
//   eye.across - t eye.forward >= c.across - t c.forward + r sqrt(1 + t^2) (its high bound)
//   eye.across + t eye.forward <= c.across + t c.forward - r sqrt(1 + t^2) (its low bound).
struct AxisLimits {
    float high = -std::numeric_limits<float>::max(); // the largest of the high bounds
    float low = std::numeric_limits<float>::max();   // the smallest of the low bounds
    float t = 1.0f;                                  // tangent of the half-angle to the edge

    // The eye's forward coordinate where both edges touch a sphere.
    float touching_forward() const { return 0.5f * (low - high) / t; }
    // The range of the eye's across coordinate that keeps every sphere inside, for an eye
    // at `forward` (no further forward than touching_forward()).
    float least_across(float forward) const { return high + t * forward; }
    float most_across(float forward) const { return low - t * forward; }
};

AxisLimits axis_limits(std::span<const BoundingSphere> spheres, glm::vec3 across, glm::vec3 forward,
                       float t) {
    AxisLimits limits;
    limits.t = t;
    const float n = std::sqrt(1.0f + t * t);
    for (const BoundingSphere& s : spheres) {
        const float a = glm::dot(s.centre, across), f = glm::dot(s.centre, forward);
        limits.high = std::max(limits.high, a - t * f + s.radius_m * n);
        limits.low = std::min(limits.low, a + t * f - s.radius_m * n);
    }
    return limits;
}

// How far off centre the spheres appear along one screen axis for an eye at (`eye_across`,
// `eye_forward`): the sum of the tangents to their outermost edges, 0 when centred.
float imbalance(std::span<const BoundingSphere> spheres, glm::vec3 across, glm::vec3 forward,
                float eye_across, float eye_forward) {
    float high = -std::numeric_limits<float>::max(), low = std::numeric_limits<float>::max();
    for (const BoundingSphere& s : spheres) {
        const float a = glm::dot(s.centre, across) - eye_across;
        const float f = glm::dot(s.centre, forward) - eye_forward;
        const float to_centre = std::atan2(a, f);
        const float half_width = std::asin(std::min(s.radius_m / std::sqrt(a * a + f * f), 1.0f));
        high = std::max(high, std::tan(to_centre + half_width));
        low = std::min(low, std::tan(to_centre - half_width));
    }
    return high + low;
}

// Centres the spheres along the axis that does not decide the distance. With the eye
// nearer than that axis alone would need, equal slack in the frustum's planes is not equal
// space on screen (near spheres loom larger), so search: the imbalance falls as the eye
// moves toward +across, and changes sign within the range that keeps every sphere inside.
float centred_across(std::span<const BoundingSphere> spheres, glm::vec3 across, glm::vec3 forward,
                     const AxisLimits& limits, float eye_forward) {
    float from = limits.least_across(eye_forward), to = limits.most_across(eye_forward);
    for (int step = 0; step < 32; ++step) {
        const float middle = 0.5f * (from + to);
        if (imbalance(spheres, across, forward, middle, eye_forward) > 0.0f)
            from = middle;
        else
            to = middle;
    }
    return 0.5f * (from + to);
}

} // namespace

OrbitView frame_view(ViewDirection direction, std::span<const BoundingSphere> spheres, float aspect,
                     const ScreenRegion& region, float fov_y_deg) {
    assert(!spheres.empty() && aspect > 0.0f && "frame_view needs spheres and a screen");
    OrbitView view;
    view.yaw_deg = direction.yaw_deg;
    view.pitch_deg = direction.pitch_deg;
    view.fov_y_deg = fov_y_deg;
    view.target_ndc = region.centre;
    view.target = glm::vec3(0.0f);
    view.distance_m = 1.0f;

    // The camera's axes, the same wherever the eye is for this yaw and pitch.
    const glm::vec3 forward = glm::normalize(-eye_position(view));
    const glm::vec3 right = glm::normalize(glm::cross(forward, glm::vec3(0.0f, 1.0f, 0.0f)));
    const glm::vec3 up = glm::cross(right, forward);

    const float tan_y = std::tan(glm::radians(0.5f * fov_y_deg));
    const AxisLimits horizontal =
        axis_limits(spheres, right, forward, region.half_size.x * aspect * tan_y);
    const AxisLimits vertical = axis_limits(spheres, up, forward, region.half_size.y * tan_y);

    // The axis that needs the eye further back decides the distance and is centred by
    // touching both its edges; the other is centred by search.
    const float eye_forward = std::min(horizontal.touching_forward(), vertical.touching_forward());
    const bool width_decides = horizontal.touching_forward() <= vertical.touching_forward();
    const float eye_right = width_decides
                                ? horizontal.least_across(eye_forward)
                                : centred_across(spheres, right, forward, horizontal, eye_forward);
    const float eye_up = width_decides ? centred_across(spheres, up, forward, vertical, eye_forward)
                                       : vertical.least_across(eye_forward);
    const glm::vec3 eye = right * eye_right + up * eye_up + forward * eye_forward;

    // Orbit about the spheres' middle along the line of sight.
    float nearest = std::numeric_limits<float>::max(), farthest = -nearest;
    for (const BoundingSphere& s : spheres) {
        const float f = glm::dot(s.centre - eye, forward);
        nearest = std::min(nearest, f - s.radius_m);
        farthest = std::max(farthest, f + s.radius_m);
    }
    view.distance_m = std::max(0.5f * (nearest + farthest), 0.1f);
    view.target = eye + forward * view.distance_m;
    return view;
}

} // namespace legwork
