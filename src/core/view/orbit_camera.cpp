#include "core/view/orbit_camera.h"

#include <cmath>
#include <glm/gtc/matrix_transform.hpp>

namespace legwork {
namespace {

float wrap_deg(float angle_deg) {
    float wrapped = std::fmod(angle_deg + 180.0f, 360.0f);
    if (wrapped <= 0.0f) wrapped += 360.0f;
    return wrapped - 180.0f;
}

} // namespace

glm::vec3 eye_position(const OrbitView& view) {
    const float yaw = glm::radians(view.yaw_deg);
    const float pitch = glm::radians(view.pitch_deg);
    const glm::vec3 offset{std::sin(yaw) * std::cos(pitch), std::sin(pitch),
                           std::cos(yaw) * std::cos(pitch)};
    return view.target + offset * view.distance_m;
}

glm::mat4 view_matrix(const OrbitView& view) {
    return glm::lookAt(eye_position(view), view.target, glm::vec3{0.0f, 1.0f, 0.0f});
}

glm::mat4 projection_matrix(const OrbitView& view, float aspect, float near_m, float far_m) {
    const glm::mat4 shift = glm::translate(glm::mat4(1.0f), glm::vec3(view.target_ndc, 0.0f));
    return shift * glm::perspective(glm::radians(view.fov_y_deg), aspect, near_m, far_m);
}

OrbitView orbit(OrbitView view, float yaw_delta_deg, float pitch_delta_deg,
                const OrbitLimits& limits) {
    view.yaw_deg = wrap_deg(view.yaw_deg + yaw_delta_deg);
    view.pitch_deg =
        glm::clamp(view.pitch_deg + pitch_delta_deg, limits.min_pitch_deg, limits.max_pitch_deg);
    return view;
}

OrbitView zoom(OrbitView view, float wheel_steps, const OrbitLimits& limits) {
    view.distance_m = glm::clamp(view.distance_m * std::pow(0.88f, wheel_steps),
                                 limits.min_distance_m, limits.max_distance_m);
    return view;
}

bool approach(OrbitView& current, const OrbitView& goal, float dt_s, float half_life_s) {
    const float keep = half_life_s > 0.0f ? std::exp2(-dt_s / half_life_s) : 0.0f;
    const auto ease = [keep](float from, float to) { return to + (from - to) * keep; };

    const float yaw_gap = wrap_deg(goal.yaw_deg - current.yaw_deg);
    current.yaw_deg = wrap_deg(goal.yaw_deg - yaw_gap * keep);
    current.pitch_deg = ease(current.pitch_deg, goal.pitch_deg);
    current.distance_m = ease(current.distance_m, goal.distance_m);
    current.fov_y_deg = ease(current.fov_y_deg, goal.fov_y_deg);
    current.target = goal.target + (current.target - goal.target) * keep;
    current.target_ndc = goal.target_ndc + (current.target_ndc - goal.target_ndc) * keep;

    // Below these the motion is under a tenth of a pixel on a 4K screen: stop animating.
    const bool settled = std::abs(wrap_deg(goal.yaw_deg - current.yaw_deg)) < 0.01f &&
                         std::abs(goal.pitch_deg - current.pitch_deg) < 0.01f &&
                         std::abs(goal.distance_m - current.distance_m) < 0.0005f &&
                         std::abs(goal.fov_y_deg - current.fov_y_deg) < 0.01f &&
                         glm::length(goal.target - current.target) < 0.0005f &&
                         glm::length(goal.target_ndc - current.target_ndc) < 0.0002f;
    if (settled) current = goal;
    return !settled;
}

} // namespace legwork
